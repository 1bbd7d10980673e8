#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes an index file: lays out every section in memory, then replaces the target file
/// atomically (a temporary file in the same folder, `fsync`, `rename`, `fsync` of the folder), so
/// that a crash or a kill mid-write leaves the previous index whole and readers that have it
/// mapped keep their bytes. The layout is documented in `FORMAT.md`.
public struct IndexWriter: Sendable {
  /// Creates a writer.
  public init() {}

  /// Writes `contents` as an index file at `path`, replacing any file there atomically.
  /// - Parameters:
  ///   - contents: What to index.
  ///   - path: The index file's path; its folder is created if missing.
  /// - Throws: ``IndexError/unwritable(path:reason:)`` when the folder cannot be created or the file
  ///   cannot be written, synced or renamed; the previous file, if any, is then left as it was.
  /// - Complexity: O(*n*) in the size of the contents.
  public func write(_ contents: IndexContents, to path: String) throws(IndexError) {
    try AtomicFile.replace(path, with: bytes(for: contents))
  }

  /// Lays out `contents` as the bytes of an index file, without writing them anywhere.
  /// - Parameter contents: What to index.
  /// - Returns: The file's bytes.
  public func bytes(for contents: IndexContents) -> [UInt8] {
    var layout = IndexLayout(contents)
    return layout.bytes()
  }
}

/// Writing a whole file so that readers see either the old or the new file, never a mix.
enum AtomicFile {
  /// Replaces the file at `path` with `bytes` through a temporary file and a rename.
  ///
  /// `SIGXFSZ` is ignored from then on in the process: a file-size limit (`ulimit -f`) then makes
  /// the write fail with `EFBIG`, reported and cleaned up like a full disk, instead of killing the
  /// process and leaving the temporary file behind. The signal has no other source.
  static func replace(_ path: String, with bytes: [UInt8]) throws(IndexError) {
    signal(SIGXFSZ, SIG_IGN)
    let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
    try makeFolder(folder.isEmpty ? "/" : folder, for: path)
    let temporary = "\(path).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw failure(path, "create", temporary) }
    var written = 0
    let complete: Bool = bytes.withUnsafeBytes { raw in
      while written < raw.count {
        let result = Glibc.write(descriptor, raw.baseAddress.map { $0 + written }, raw.count - written)
        if result < 0 {
          if errno == EINTR { continue }
          return false
        }
        written += result
      }
      return true
    }
    guard complete, fsync(descriptor) == 0 else {
      let error = failure(path, "write", temporary)
      close(descriptor)
      unlink(temporary)
      throw error
    }
    close(descriptor)
    guard rename(temporary, path) == 0 else {
      let error = failure(path, "rename", temporary)
      unlink(temporary)
      throw error
    }
    let folderDescriptor = open(folder.isEmpty ? "/" : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if folderDescriptor >= 0 {
      fsync(folderDescriptor)
      close(folderDescriptor)
    }
  }

  private static func makeFolder(_ folder: String, for path: String) throws(IndexError) {
    var prefix = folder.hasPrefix("/") ? "" : "."
    for part in folder.split(separator: "/") {
      prefix += "/" + part
      if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
        throw failure(path, "create the folder", prefix)
      }
    }
  }

  private static func failure(_ path: String, _ action: String, _ target: String) -> IndexError {
    let reason = strerror(errno).map { String(cString: $0) } ?? "error \(errno)"
    return .unwritable(path: path, reason: "cannot \(action) \(target): \(reason)")
  }
}
