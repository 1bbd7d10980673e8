/// `textDocument/completion`: codes completing the words or code before the cursor.
public struct CompletionRequest: RequestType, Hashable {
  public static let method = "textDocument/completion"
  public typealias Response = CompletionList

  /// The document and the cursor.
  public var location: TextDocumentPositionParams

  /// Creates the request.
  public init(location: TextDocumentPositionParams) { self.location = location }

  public init(params: JSONValue?) throws(ResponseError) { location = try TextDocumentPositionParams(params: params) }
}

/// The result of `textDocument/completion`.
public struct CompletionList: JSONRepresentable, Hashable {
  /// Whether the list was cut at the server's limit: the editor asks again as the user types on.
  public var isIncomplete: Bool
  /// The items, in the server's order (see ``CompletionItem/sortText``).
  public var items: [CompletionItem]

  /// Creates a list.
  public init(isIncomplete: Bool, items: [CompletionItem]) {
    self.isIncomplete = isIncomplete
    self.items = items
  }

  public var json: JSONValue { ["isIncomplete": .bool(isIncomplete), "items": .array(items.map(\.json))] }
}
