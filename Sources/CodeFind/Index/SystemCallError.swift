#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A failed system call: which call, on which path, and the `errno` it set.
///
/// Like swift-system's `Errno`, it keeps the raw C value and describes it in words (`strerror`).
struct SystemCallError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The C function that failed (`"open"`, `"mmap"`).
  var call: String
  /// The path the call was about.
  var path: String
  /// The `errno` value the call set.
  var code: CInt

  /// Captures the current `errno` for a failed call.
  /// - Parameters:
  ///   - call: The C function that failed.
  ///   - path: The path it was about.
  init(_ call: String, path: String) {
    self.init(call, path: path, code: errno)
  }

  /// Creates an error from an explicit `errno` value.
  /// - Parameters:
  ///   - call: The C function that failed.
  ///   - path: The path it was about.
  ///   - code: The `errno` value.
  init(_ call: String, path: String, code: CInt) {
    self.call = call
    self.path = path
    self.code = code
  }

  /// The error in words, for example "No such file or directory (open)".
  var description: String {
    let text = strerror(code).map { String(cString: $0) } ?? "error \(code)"
    return "\(text) (\(call))"
  }
}
