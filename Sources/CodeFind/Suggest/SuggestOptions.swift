/// What a suggestion returns: how many codes, from which systems, and whether the conditions a
/// record denies or doubts are listed too.
public struct SuggestOptions: Sendable, Hashable {
  /// The most items to return (1…1000).
  public var limit: Int
  /// The systems to suggest codes from; empty means ICD-10-CM (diagnoses), the system of conditions.
  public var systems: Set<CodeSystem.ID>
  /// Whether to return the items a coder would not report too: negated, possible, and history or
  /// family mentions that lead to no history code, each with its ``Assertion``.
  public var includeNegated: Bool

  /// Creates suggestion options.
  /// - Parameters:
  ///   - limit: The most items, clamped to 1…1000.
  ///   - systems: The systems; empty for ICD-10-CM.
  ///   - includeNegated: Whether to return every assertion, not only what a coder would report.
  public init(limit: Int = 20, systems: Set<CodeSystem.ID> = [], includeNegated: Bool = false) {
    self.limit = min(max(limit, 1), 1000)
    self.systems = systems
    self.includeNegated = includeNegated
  }
}
