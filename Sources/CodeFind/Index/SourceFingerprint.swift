#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension IndexSource {
  /// Records a file as a source: its size, modification time and checksum.
  /// - Parameter path: The file's path.
  /// - Throws: ``IndexError/unreadable(path:reason:)`` when the file cannot be read.
  /// - Complexity: O(*n*) in the file's size (the checksum reads it all).
  public static func fingerprint(of path: String) throws(IndexError) -> IndexSource {
    guard let status = Self.status(of: path) else {
      throw .unreadable(path: path, reason: String(cString: strerror(errno)))
    }
    let file: MappedFile
    do {
      file = try MappedFile(path: path)
    } catch {
      throw .unreadable(path: path, reason: error.description)
    }
    try? file.advise(.sequential)
    let checksum = file.withUnsafeBytes { CRC32C.checksum($0) }
    return IndexSource(path: path, size: status.size, modificationTime: status.time, checksum: checksum)
  }

  /// Whether the file at ``path`` still has the recorded size and modification time (a cheap test
  /// that reads no bytes of it).
  public var isUnchanged: Bool {
    guard let status = Self.status(of: path) else { return false }
    return status.size == size && status.time == modificationTime
  }

  private static func status(of path: String) -> (size: UInt64, time: Int64)? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    let time = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    return (UInt64(info.st_size), time)
  }
}
