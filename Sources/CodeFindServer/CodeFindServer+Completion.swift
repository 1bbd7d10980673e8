import CodeFind
import CodeFindProtocol

extension CodeFindServer {
  /// The most completions sent at once; when a lookup fills them, the list is marked incomplete so
  /// that the editor asks again as the user types on.
  static let completionLimit = 50

  /// `textDocument/completion`: the codes that the words or code before the cursor look up, in
  /// lookup order, each replacing the typed text with the code.
  /// - Throws: `-32602` for a document that is not open.
  func complete(_ request: CompletionRequest) throws(ResponseError) -> CompletionList {
    let (document, cursor) = try openDocument(at: request.location)
    guard
      let query = CompletionQuery(in: document.text, line: document.line(around: cursor), cursor: cursor)
    else { return CompletionList(isIncomplete: false, items: []) }
    let result = search.lookup(String(query.text), options: LookupOptions(limit: Self.completionLimit))
    let range = document.range(of: query.span)
    let items = result.items.enumerated().map { rank, item in
      CompletionItem(
        label: item.code, detail: item.isBillable ? item.title : item.title + " (not billable)",
        documentation: MarkupContent(markdown: "**\(item.code)** \(item.title)"), filterText: String(query.text),
        sortText: Self.sortText(rank), textEdit: TextEdit(range: range, newText: item.code))
    }
    return CompletionList(isIncomplete: result.items.count == Self.completionLimit, items: items)
  }

  /// A rank as a zero-padded sort key (`0000`, `0001` …), so that editors keep the server's order.
  static func sortText(_ rank: Int) -> String {
    let digits = String(rank)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  /// The open document a request points into, and the index of its position there.
  /// - Throws: `-32602` when the client has not opened the document.
  func openDocument(at location: TextDocumentPositionParams) throws(ResponseError) -> (TextDocument, String.Index) {
    guard let document = documents[location.uri] else {
      throw .invalidParams("params.textDocument.uri \(location.uri) is not open: send textDocument/didOpen first")
    }
    return (document, document.index(at: location.position))
  }
}
