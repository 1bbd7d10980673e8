/// `textDocument/completion`: codes completing the words or code before the cursor.
public struct CompletionRequest: RequestType, Hashable {
  public static let method = "textDocument/completion"
  public typealias Response = CompletionList

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
