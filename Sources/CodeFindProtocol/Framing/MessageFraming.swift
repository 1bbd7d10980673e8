/// How messages are delimited on the byte stream (protocol.md, "Transport").
public enum MessageFraming: Sendable, Hashable {
  /// One JSON value per line, `\n`-terminated (a `\r` before it is ignored).
  case lineDelimited
  /// `Content-Length: N\r\n\r\n` then N bytes of JSON, as the Language Server Protocol frames messages.
  case contentLength

  /// The header that starts every message in LSP framing, as the first bytes of input reveal it.
  static let contentLengthHeader = Array("content-length:".utf8)

  /// The framing the first bytes of input announce: Content-Length framing when they start with
  /// `Content-Length:` (in any case), line-delimited otherwise.
  /// - Parameter prefix: The first bytes of input (at least 15, unless the input is shorter).
  public static func detect(from prefix: some Collection<UInt8>) -> MessageFraming {
    let head = prefix.prefix(contentLengthHeader.count).map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
    return head == contentLengthHeader ? .contentLength : .lineDelimited
  }

  /// Whether bytes could be the start of a `Content-Length:` header (in any case), so that more
  /// input is needed to tell the framing.
  static func couldStartHeader(_ bytes: some Collection<UInt8>) -> Bool {
    zip(bytes, contentLengthHeader).allSatisfy { ((0x41...0x5A).contains($0) ? $0 | 0x20 : $0) == $1 }
  }

  /// One message framed for the wire.
  /// - Parameter body: The message's JSON text (with no newline in it).
  /// - Returns: The bytes to write.
  public func frame(_ body: [UInt8]) -> [UInt8] {
    switch self {
    case .lineDelimited: body + [0x0A]
    case .contentLength: Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }
  }
}
