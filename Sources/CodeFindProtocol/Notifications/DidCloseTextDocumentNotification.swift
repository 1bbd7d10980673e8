/// `textDocument/didClose`: the editor closed a document; the server forgets it and clears its
/// diagnostics.
public struct DidCloseTextDocumentNotification: NotificationType, Hashable {
  public static let method = "textDocument/didClose"

  /// The document.
  public var uri: String

  /// Creates the notification.
  public init(uri: String) { self.uri = uri }

  public init(params: JSONValue?) throws(ResponseError) {
    uri = try FieldReader(params: params).documentURI()
  }
}
