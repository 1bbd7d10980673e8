import CodeFind
import CodeFindProtocol

extension CodeFindServer {
  /// `suggest`: ``CodeSuggester/suggest(_:options:isCancelled:)`` on the request's text, limit and systems.
  ///
  /// As protocol.md says, only `present` items are returned unless `includeNegated` (then every
  /// item, with its assertion); the library chooses them before the limit applies.
  /// - Throws: `-32602` for a system the index does not have; `-32800` when the client cancels the
  ///   request while it runs.
  func suggest(_ request: SuggestRequest) throws(ResponseError) -> SuggestResponse {
    let options = SuggestOptions(
      limit: request.limit, systems: try systemIDs(request.systems), items: request.includeNegated ? .all : .present)
    let result = suggester.suggest(request.text, options: options, isCancelled: isCancelled)
    if isCancelled() { throw .cancelled }
    return SuggestResponse(
      items: result.items.map { item in
        SuggestResponse.Item(
          code: item.code, system: item.system.rawValue, title: item.title, score: item.score,
          assertion: item.assertion.rawValue,
          evidence: item.evidence.map {
            SuggestResponse.Evidence(start: $0.utf16Range.lowerBound, end: $0.utf16Range.upperBound, text: $0.text)
          })
      }, elapsedMicros: result.elapsedMicros)
  }
}
