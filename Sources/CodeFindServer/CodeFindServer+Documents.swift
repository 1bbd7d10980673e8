import CodeFindProtocol

extension CodeFindServer {
  /// `textDocument/didOpen`: keeps the document's text.
  func open(_ notification: DidOpenTextDocumentNotification) {
    documents[notification.uri] = TextDocument(text: notification.text, version: notification.version, encoding: encoding)
  }

  /// `textDocument/didChange`: applies the changes, whole or incremental.
  func change(_ notification: DidChangeTextDocumentNotification) {
    guard var document = documents[notification.uri] else {
      ServerLog.write("ignored textDocument/didChange of \(notification.uri), which is not open")
      return
    }
    document.apply(notification.changes, version: notification.version)
    documents[notification.uri] = document
  }

  /// `textDocument/didClose`: forgets the document.
  func close(_ notification: DidCloseTextDocumentNotification) {
    documents[notification.uri] = nil
  }
}
