/// A document and a position in it: the params of `textDocument/completion` and
/// `textDocument/hover` (LSP's `TextDocumentPositionParams`).
public struct TextDocumentPositionParams: Sendable, Hashable {
  /// The document.
  public var uri: String
  /// The cursor.
  public var position: Position

  /// Creates the params.
  public init(uri: String, position: Position) {
    self.uri = uri
    self.position = position
  }

  /// Reads `textDocument.uri` and `position`.
  /// - Throws: `-32602` naming the field that is missing or of the wrong type.
  public init(params: JSONValue?) throws(ResponseError) {
    let fields = try FieldReader(params: params)
    uri = try fields.documentURI()
    position = try Position(try fields.object("position"))
  }
}
