#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes framed messages to a file descriptor, whole, in the order given.
public struct FrameWriter: Sendable {
  /// The descriptor written (a duplicate of the real standard output for `codefind serve`).
  public let fileDescriptor: Int32
  /// The framing of every message written.
  public let framing: MessageFraming

  /// Creates a writer.
  /// - Parameters:
  ///   - fileDescriptor: Where to write.
  ///   - framing: How to frame each message.
  public init(fileDescriptor: Int32, framing: MessageFraming) {
    self.fileDescriptor = fileDescriptor
    self.framing = framing
  }

  /// Writes one message.
  /// - Parameter message: The message.
  /// - Returns: `false` when the descriptor can no longer be written (the reader has gone).
  @discardableResult
  public func send(_ message: JSONValue) -> Bool {
    writeAll(framing.frame(message.serialized))
  }

  /// `write(2)` until every byte is written, retrying on `EINTR`.
  private func writeAll(_ bytes: [UInt8]) -> Bool {
    var written = 0
    while written < bytes.count {
      let count = bytes[written...].withContiguousStorageIfAvailable { write(fileDescriptor, $0.baseAddress, $0.count) } ?? -1
      if count > 0 {
        written += count
      } else if count < 0 && errno == EINTR {
        continue
      } else {
        return false
      }
    }
    return true
  }
}
