/// What a lookup returns: how many results, from which systems, billable codes only or not.
public struct LookupOptions: Sendable, Hashable {
  /// The most results to return (1…1000).
  public var limit: Int
  /// The systems to search; empty means all.
  public var systems: Set<CodeSystem.ID>
  /// Whether to return billable codes only.
  public var billableOnly: Bool
  /// Whether to attach an ``LookupExplanation`` to every result.
  public var explain: Bool
  /// Whether to fill in ``LookupResult/Item/highlights`` (the matched words of each title).
  public var highlight: Bool

  /// Creates lookup options.
  /// - Parameters:
  ///   - limit: The most results, clamped to 1…1000.
  ///   - systems: The systems to search; empty for all.
  ///   - billableOnly: Whether to return billable codes only.
  ///   - explain: Whether to explain each result's rank.
  ///   - highlight: Whether to find the matched words of each title.
  public init(
    limit: Int = 10, systems: Set<CodeSystem.ID> = [], billableOnly: Bool = false, explain: Bool = false,
    highlight: Bool = false
  ) {
    self.limit = min(max(limit, 1), 1000)
    self.systems = systems
    self.billableOnly = billableOnly
    self.explain = explain
    self.highlight = highlight
  }
}
