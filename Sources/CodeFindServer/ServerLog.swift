import Foundation

/// The server's log: one line per event on standard error (never standard output, which carries
/// the protocol).
enum ServerLog {
  /// Writes `codefind serve: <message>` to standard error.
  static func write(_ message: String) {
    FileHandle.standardError.write(Data("codefind serve: \(message)\n".utf8))
  }
}
