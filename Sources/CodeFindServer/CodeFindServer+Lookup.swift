import CodeFind
import CodeFindProtocol

extension CodeFindServer {
  /// `lookup`: ``CodeSearch/lookup(_:options:)`` with the request's limit, systems and filter.
  /// - Throws: `-32602` for a system the index does not have.
  func lookup(_ request: LookupRequest) throws(ResponseError) -> LookupResponse {
    let result = search.lookup(
      request.query, options: LookupOptions(
        limit: request.limit, systems: try systemIDs(request.systems), billableOnly: request.billableOnly))
    return LookupResponse(
      items: result.items.map {
        LookupResponse.Item(code: $0.code, system: $0.system.rawValue, title: $0.title, billable: $0.isBillable, score: $0.score)
      }, elapsedMicros: result.elapsedMicros)
  }

  /// The systems a request names, resolved by ``IndexReader/systemIDs(named:)``.
  /// - Throws: `-32602` naming the first system the index does not have, and the ones it has.
  func systemIDs(_ names: [String]) throws(ResponseError) -> Set<CodeSystem.ID> {
    do throws(UnknownSystemError) {
      return try index.systemIDs(named: names)
    } catch {
      throw .invalidParams(
        "params.systems[\(error.position)] is \"\(error.name)\", which is not in the index; use one of \(error.knownList)")
    }
  }
}
