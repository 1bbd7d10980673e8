/// `textDocument/didOpen`: the editor opened a document; the server keeps its text.
public struct DidOpenTextDocumentNotification: NotificationType, Hashable {
  public static let method = "textDocument/didOpen"

  /// The document.
  public var uri: String
  /// Its version.
  public var version: Int
  /// Its text.
  public var text: String

  /// Creates the notification.
  public init(uri: String, version: Int, text: String) {
    self.uri = uri
    self.version = version
    self.text = text
  }

  public init(params: JSONValue?) throws(ResponseError) {
    let document = try FieldReader(params: params).object("textDocument")
    uri = try document.string("uri")
    version = try document.integer("version", default: 0, in: Int.min...Int.max)
    text = try document.string("text")
  }
}
