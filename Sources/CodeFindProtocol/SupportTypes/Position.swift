/// A place in a text document: a zero-based line and a character offset within the line, counted
/// in the negotiated ``PositionEncoding``.
public struct Position: Sendable, Hashable, JSONRepresentable {
  /// The zero-based line.
  public var line: Int
  /// The offset in the line, in code units of the negotiated encoding.
  public var character: Int

  /// Creates a position.
  public init(line: Int, character: Int) {
    self.line = line
    self.character = character
  }

  /// Reads a position (`{"line": 0, "character": 4}`).
  /// - Throws: `-32602` naming the bad field.
  public init(_ fields: FieldReader) throws(ResponseError) {
    line = try fields.integer("line", in: 0...Int(Int32.max))
    character = try fields.integer("character", in: 0...Int(Int32.max))
  }

  public var json: JSONValue { ["line": .integer(line), "character": .integer(character)] }
}
