/// `textDocument/didChange`: the document's text changed, whole or in spans.
public struct DidChangeTextDocumentNotification: NotificationType, Hashable {
  public static let method = "textDocument/didChange"

  /// The document.
  public var uri: String
  /// Its new version.
  public var version: Int
  /// The changes, applied in order.
  public var changes: [TextDocumentContentChange]

  /// Creates the notification.
  public init(uri: String, version: Int, changes: [TextDocumentContentChange]) {
    self.uri = uri
    self.version = version
    self.changes = changes
  }

  public init(params: JSONValue?) throws(ResponseError) {
    let fields = try FieldReader(params: params)
    let document = try fields.object("textDocument")
    uri = try document.string("uri")
    version = try document.integer("version", default: 0, in: Int.min...Int.max)
    var changes: [TextDocumentContentChange] = []
    for change in try fields.objects("contentChanges") { changes.append(try TextDocumentContentChange(change)) }
    self.changes = changes
  }
}
