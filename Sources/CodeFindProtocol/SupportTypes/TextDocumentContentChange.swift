/// One change of a `textDocument/didChange`: the whole new text (full sync), or a span and its
/// replacement (incremental sync).
public struct TextDocumentContentChange: Sendable, Hashable {
  /// The span replaced, or `nil` when `text` is the whole document.
  public var range: PositionRange?
  /// The new text of the span or document.
  public var text: String

  /// Creates a change.
  public init(range: PositionRange?, text: String) {
    self.range = range
    self.text = text
  }

  /// Reads a change (`{"range"?: {…}, "text": "…"}`).
  /// - Throws: `-32602` naming the bad field.
  public init(_ fields: FieldReader) throws(ResponseError) {
    range = try fields.optionalObject("range").map { (reader: FieldReader) throws(ResponseError) in try PositionRange(reader) }
    text = try fields.string("text")
  }
}
