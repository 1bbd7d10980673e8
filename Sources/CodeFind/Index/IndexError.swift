/// Why an index file cannot be used: each message says what is wrong and what to do.
public enum IndexError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file cannot be opened, read or mapped.
  case unreadable(path: String, reason: String)
  /// The file is empty.
  case empty(path: String)
  /// The file does not start with the index magic: it is not a CodeFind index.
  case wrongMagic(path: String)
  /// The file was written by a newer CodeFind, in a format this one cannot read.
  case newerVersion(path: String, version: UInt32, supported: UInt32)
  /// The file was written by an older CodeFind, in a format this one no longer reads.
  case olderVersion(path: String, version: UInt32, supported: UInt32)
  /// The file is shorter than its header says.
  case truncated(path: String, size: Int, needed: Int)
  /// The header is damaged (its checksum or a field does not hold).
  case corruptHeader(path: String, reason: String)
  /// A section's range lies outside the file, or a required section is missing.
  case badSection(path: String, section: String, reason: String)
  /// A section's checksum does not match its bytes.
  case checksumMismatch(path: String, section: String)
  /// The index cannot be written.
  case unwritable(path: String, reason: String)

  public var description: String {
    let rebuild = "rebuild it with `codefind index build`"
    switch self {
    case .unreadable(let path, let reason):
      return "cannot read the index file \(path): \(reason). Check the path and its permissions, or \(rebuild)."
    case .empty(let path):
      return "the index file \(path) is empty: \(rebuild)."
    case .wrongMagic(let path):
      return "\(path) is not a CodeFind index file (wrong magic bytes): point --index at an index, or \(rebuild)."
    case .newerVersion(let path, let version, let supported):
      return "the index file \(path) has format version \(version), newer than this codefind reads (\(supported)): upgrade codefind, or \(rebuild)."
    case .olderVersion(let path, let version, let supported):
      return "the index file \(path) was written by an older codefind (format version \(version); this one reads \(supported)): \(rebuild)."
    case .truncated(let path, let size, let needed):
      return "the index file \(path) is truncated (\(size) bytes, its header needs \(needed)): \(rebuild)."
    case .corruptHeader(let path, let reason):
      return "the index file \(path) has a damaged header (\(reason)): \(rebuild)."
    case .badSection(let path, let section, let reason):
      return "the index file \(path) is damaged: section \"\(section)\" \(reason); \(rebuild)."
    case .checksumMismatch(let path, let section):
      return "the index file \(path) is damaged: section \"\(section)\" fails its checksum; \(rebuild)."
    case .unwritable(let path, let reason):
      return "cannot write the index file \(path): \(reason). Choose another place with --index or CODEFIND_INDEX, or free some space."
    }
  }
}
