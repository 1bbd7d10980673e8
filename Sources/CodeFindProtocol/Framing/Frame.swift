/// What a ``FrameReader`` found next on its input.
public enum Frame: Sendable, Hashable {
  /// The bytes of one message (not yet parsed).
  case message([UInt8])
  /// A message larger than the reader's limit, skipped without being kept in memory.
  case tooLarge(byteCount: Int, limit: Int)
  /// Content-Length framing that could not be read (a header block without a valid
  /// `Content-Length`); the reader skipped to the next header.
  case badHeader(String)
}
