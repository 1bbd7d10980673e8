#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A whole file mapped read-only into memory, unmapped when the last reference goes away.
///
/// ```swift
/// let file = try MappedFile(path: "/var/cache/codefind/index.cfx")
/// let magic = file.withUnsafeBytes { Array($0.prefix(8)) }
/// ```
///
/// The mapping is shared with every other process that maps the same file, so many `codefind`
/// processes share one copy of the index in the page cache. The file must not be truncated while
/// it is mapped (reading a page past the new end raises `SIGBUS`); CodeFind's index writer never
/// truncates in place, it renames a new file over the old one, which leaves existing mappings intact.
///
/// An empty file is not mapped at all (`mmap` refuses a zero length): its bytes are empty.
///
/// - Important: The pointer handed to ``withUnsafeBytes(_:)`` is valid only inside the closure.
final class MappedFile: ByteStorage, @unchecked Sendable {
  // @unchecked: the mapping is read-only and never changes after `init`; `deinit` runs only once no
  // reference, and so no reader, is left.

  /// How the kernel should expect the mapped bytes to be read (`madvise` advice).
  enum Advice: Sendable, CaseIterable {
    /// No particular pattern (`MADV_NORMAL`).
    case normal
    /// Scattered reads: read ahead little (`MADV_RANDOM`).
    case random
    /// Front-to-back reads: read ahead aggressively (`MADV_SEQUENTIAL`).
    case sequential
    /// The bytes are needed soon: start reading them in now (`MADV_WILLNEED`).
    case willNeed

    var rawValue: CInt {
      switch self {
      case .normal: MADV_NORMAL
      case .random: MADV_RANDOM
      case .sequential: MADV_SEQUENTIAL
      case .willNeed: MADV_WILLNEED
      }
    }
  }

  /// The path the file was opened from.
  let path: String
  /// The number of mapped bytes: the file's size when it was opened.
  let count: Int
  private let base: UnsafeRawPointer?

  /// Maps a whole file read-only.
  ///
  /// Calls `open`, `fstat`, `mmap` (`PROT_READ`, `MAP_SHARED`) and `close`: the descriptor is closed
  /// as soon as the file is mapped.
  /// - Parameter path: The file's path.
  /// - Throws: ``SystemCallError`` naming the call that failed; `ENODEV` from `fstat` for a path
  ///   that is not a regular file.
  /// - Complexity: O(1); pages are read on first access.
  init(path: String) throws(SystemCallError) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw SystemCallError("open", path: path) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw SystemCallError("fstat", path: path) }
    guard (status.st_mode & S_IFMT) == S_IFREG else { throw SystemCallError("fstat", path: path, code: ENODEV) }
    let size = Int(status.st_size)
    self.path = path
    self.count = size
    guard size > 0 else {
      base = nil
      return
    }
    guard let address = mmap(nil, size, PROT_READ, MAP_SHARED, descriptor, 0), address != MAP_FAILED else {
      throw SystemCallError("mmap", path: path)
    }
    base = UnsafeRawPointer(address)
  }

  deinit {
    if let base { munmap(UnsafeMutableRawPointer(mutating: base), count) }
  }

  var stableBytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

  func withUnsafeBytes<Result, Failure: Error>(
    _ body: (UnsafeRawBufferPointer) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    try body(UnsafeRawBufferPointer(start: base, count: count))
  }

  /// Tells the kernel how the whole mapping will be read.
  ///
  /// Calls `madvise`. Advice never changes the bytes; it only changes when the kernel reads them in.
  /// - Parameter advice: The expected access pattern.
  /// - Throws: ``SystemCallError`` if `madvise` fails.
  /// - Complexity: O(1); `.willNeed` starts asynchronous read-ahead.
  func advise(_ advice: Advice) throws(SystemCallError) {
    guard let base else { return }
    guard madvise(UnsafeMutableRawPointer(mutating: base), count, advice.rawValue) == 0 else {
      throw SystemCallError("madvise", path: path)
    }
  }
}
