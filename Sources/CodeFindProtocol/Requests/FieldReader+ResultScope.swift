/// Reading the params that `lookup` and `suggest` share: how many results, and from which systems.
extension FieldReader {
  /// The most results a request accepts as its `limit`.
  static let limitRange = 1...1000

  /// `limit`: the most results (1…1000).
  /// - Parameter fallback: The limit when the params have none.
  /// - Throws: `-32602` when it is not an integer in range.
  func resultLimit(default fallback: Int) throws(ResponseError) -> Int {
    try integer("limit", default: fallback, in: Self.limitRange)
  }

  /// `systems`: the ids of the code systems to search; empty when the params have none.
  /// - Throws: `-32602` when it is not an array of strings.
  func systemIDs() throws(ResponseError) -> [String] {
    try optionalStrings("systems") ?? []
  }
}
