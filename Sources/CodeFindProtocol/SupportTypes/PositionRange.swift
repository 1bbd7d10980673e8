/// A span of a text document, `start` inclusive, `end` exclusive (LSP's `Range`).
public struct PositionRange: Sendable, Hashable, JSONRepresentable {
  /// Where the span starts.
  public var start: Position
  /// Where it ends (exclusive).
  public var end: Position

  /// Creates a span.
  public init(start: Position, end: Position) {
    self.start = start
    self.end = end
  }

  /// Reads a span (`{"start": {…}, "end": {…}}`).
  /// - Throws: `-32602` naming the bad field.
  public init(_ fields: FieldReader) throws(ResponseError) {
    start = try Position(try fields.object("start"))
    end = try Position(try fields.object("end"))
  }

  public var json: JSONValue { ["start": start.json, "end": end.json] }
}
