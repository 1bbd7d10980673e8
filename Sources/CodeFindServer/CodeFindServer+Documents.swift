import CodeFindProtocol

extension CodeFindServer {
  /// `textDocument/didOpen`: keeps the document's text and publishes its diagnostics.
  func open(_ notification: DidOpenTextDocumentNotification) {
    documents[notification.uri] = TextDocument(text: notification.text, version: notification.version, encoding: encoding)
    publishDiagnostics(for: notification.uri)
  }

  /// `textDocument/didChange`: applies the changes, whole or incremental, and publishes the
  /// document's diagnostics anew.
  func change(_ notification: DidChangeTextDocumentNotification) {
    guard var document = documents[notification.uri] else {
      ServerLog.write("ignored textDocument/didChange of \(notification.uri), which is not open")
      return
    }
    document.apply(notification.changes, version: notification.version)
    documents[notification.uri] = document
    publishDiagnostics(for: notification.uri)
  }

  /// `textDocument/didClose`: forgets the document and clears its diagnostics.
  func close(_ notification: DidCloseTextDocumentNotification) {
    documents[notification.uri] = nil
    publishDiagnostics(for: notification.uri)
  }
}
