/// `textDocument/hover`: the title, billable status and notes of the code under the cursor.
public struct HoverRequest: RequestType, Hashable {
  public static let method = "textDocument/hover"
  public typealias Response = Hover?

  /// The document.
  public var uri: String
  /// The cursor.
  public var position: Position

  /// Creates the request.
  public init(uri: String, position: Position) {
    self.uri = uri
    self.position = position
  }

  public init(params: JSONValue?) throws(ResponseError) {
    let fields = try FieldReader(params: params)
    uri = try fields.documentURI()
    position = try Position(try fields.object("position"))
  }
}

/// The result of `textDocument/hover` (or `null` when no code is under the cursor).
public struct Hover: JSONRepresentable, Hashable {
  /// What to show.
  public var contents: MarkupContent
  /// The span of the code hovered.
  public var range: PositionRange

  /// Creates a hover.
  public init(contents: MarkupContent, range: PositionRange) {
    self.contents = contents
    self.range = range
  }

  public var json: JSONValue { ["contents": contents.json, "range": range.json] }
}
