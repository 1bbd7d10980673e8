/// Reading the params that `lookup` and `suggest` share: the text, how many results, and from which systems.
extension FieldReader {
  /// A required string field of at most `maximumBytes` UTF-8 bytes (a query, a record).
  /// - Parameters:
  ///   - key: The field.
  ///   - maximumBytes: The longest text accepted.
  ///   - advice: What to do instead, appended to the error (`send the record in parts`), if anything.
  /// - Throws: `-32602` when missing, not a string, or longer than `maximumBytes`.
  func text(_ key: String, maximumBytes: Int, advice: String? = nil) throws(ResponseError) -> String {
    let text = try string(key)
    guard text.utf8.count <= maximumBytes else {
      throw .invalidParams(
        "\(path).\(key) is \(text.utf8.count) bytes long; the limit is \(maximumBytes)" + (advice.map { ": \($0)" } ?? ""))
    }
    return text
  }

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
