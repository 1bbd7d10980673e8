/// One query of a benchmark: the text sent to the lookup exactly as written, and the kind it was
/// filed under (for latency by kind).
public struct BenchQuery: Sendable, Hashable {
  /// What is looked up, unchanged: a trailing space (last word complete) is kept.
  public var text: String
  /// The kind, such as `code`, `typo` or `misspelling`; `query` when the source has no kinds.
  public var kind: String

  /// Creates a query.
  /// - Parameters:
  ///   - text: The text to look up.
  ///   - kind: The kind it is reported under.
  public init(_ text: String, kind: String) {
    self.text = text
    self.kind = kind
  }
}
