/// `textDocument/hover`: the title, billable status and notes of the code under the cursor.
public struct HoverRequest: RequestType, Hashable {
  public static let method = "textDocument/hover"
  public typealias Response = Hover?

  /// The document and the cursor.
  public var location: TextDocumentPositionParams

  /// Creates the request.
  public init(location: TextDocumentPositionParams) { self.location = location }

  public init(params: JSONValue?) throws(ResponseError) { location = try TextDocumentPositionParams(params: params) }
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
