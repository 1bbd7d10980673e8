/// Which text of a code a term was found in. Ranking prefers a code's own title.
public enum IndexField: UInt8, Sendable, Hashable, CaseIterable, Comparable {
  /// The code's official title.
  case title = 0
  /// One of the code's inclusion terms.
  case inclusionTerm = 1
  /// An "includes" note of the code.
  case includes = 2
  /// An alphabetic-index entry that leads to the code or to one of its ancestors.
  case indexTerm = 3

  public static func < (lhs: IndexField, rhs: IndexField) -> Bool { lhs.rawValue < rhs.rawValue }
}
