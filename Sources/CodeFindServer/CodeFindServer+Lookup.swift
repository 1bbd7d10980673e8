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

  /// The systems a request names, each checked against the index.
  /// - Throws: `-32602` naming the first system the index does not have, and the ones it has.
  func systemIDs(_ names: [String]) throws(ResponseError) -> Set<CodeSystem.ID> {
    let known = Set(index.systems.map(\.system.id))
    var systems: Set<CodeSystem.ID> = []
    for (position, name) in names.enumerated() {
      let id = CodeSystem.ID(name)
      guard known.contains(id) else {
        throw .invalidParams(
          "params.systems[\(position)] is \"\(name)\", which is not in the index; use one of "
            + known.map(\.rawValue).sorted().joined(separator: ", "))
      }
      systems.insert(id)
    }
    return systems
  }
}
