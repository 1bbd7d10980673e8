/// What a suggestion returns: how many codes, from which systems, and which items (what a coder
/// would report, only the present conditions, or every assertion).
public struct SuggestOptions: Sendable, Hashable {
  /// Which items a suggestion returns. The choice is made before ``SuggestOptions/limit`` applies,
  /// so a result holds `limit` items whenever the record has that many of the chosen kind.
  public enum Items: Sendable, Hashable {
    /// What a coder would report (``SuggestionResult/Item/isReportable``): the present conditions,
    /// and family and past conditions as their history codes. The default of `codefind suggest`.
    case reportable
    /// Only the items whose assertion is ``Assertion/present``: the default of the server's
    /// `suggest` method (protocol.md).
    case present
    /// Every item, each with its ``Assertion``: negated, possible, and history or family mentions
    /// that lead to no history code too (`codefind suggest --all`, `includeNegated`).
    case all

    /// Whether an item is one of these.
    func admits(_ item: SuggestionResult.Item) -> Bool {
      switch self {
      case .reportable: item.isReportable
      case .present: item.assertion == .present
      case .all: true
      }
    }
  }

  /// The most items to return (1…1000).
  public var limit: Int
  /// The systems to suggest codes from; empty means ICD-10-CM (diagnoses), the system of conditions.
  public var systems: Set<CodeSystem.ID>
  /// Which items to return.
  public var items: Items

  /// Creates suggestion options.
  /// - Parameters:
  ///   - limit: The most items, clamped to 1…1000.
  ///   - systems: The systems; empty for ICD-10-CM.
  ///   - items: Which items: what a coder would report (the default), only present conditions, or all.
  public init(limit: Int = 20, systems: Set<CodeSystem.ID> = [], items: Items = .reportable) {
    self.limit = min(max(limit, 1), 1000)
    self.systems = systems
    self.items = items
  }
}
