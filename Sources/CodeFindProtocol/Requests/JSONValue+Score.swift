/// How `lookup` and `suggest` send a relevance score.
extension JSONValue {
  /// A score rounded to three decimals, which is all a client can compare meaningfully.
  static func score(_ value: Double) -> JSONValue { .double((value * 1000).rounded() / 1000) }
}
