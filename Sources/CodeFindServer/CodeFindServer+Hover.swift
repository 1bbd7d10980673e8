import CodeFind
import CodeFindProtocol

extension CodeFindServer {
  /// `textDocument/hover`: the details of the code under the cursor, or `null` when there is none
  /// (or it is no code in the index).
  /// - Throws: `-32602` for a document that is not open.
  func hover(_ request: HoverRequest) throws(ResponseError) -> Hover? {
    let (document, cursor) = try openDocument(at: request.location)
    guard
      let mention = CodeMention.code(
        at: cursor, line: document.line(around: cursor), in: document.text, analyzer: analyzer),
      let details = CodeDetails.lookup(String(mention.written), in: index).first
    else { return nil }
    return Hover(contents: MarkupContent(markdown: HoverText(details).markdown), range: document.range(of: mention.span))
  }
}
