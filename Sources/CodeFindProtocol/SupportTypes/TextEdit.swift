/// A replacement of a span of a document by new text.
public struct TextEdit: Sendable, Hashable, JSONRepresentable {
  /// The span replaced.
  public var range: PositionRange
  /// The text put in its place.
  public var newText: String

  /// Creates an edit.
  public init(range: PositionRange, newText: String) {
    self.range = range
    self.newText = newText
  }

  public var json: JSONValue { ["range": range.json, "newText": .string(newText)] }
}
