/// The codes a lookup's options admit (its systems, billable only), decided from a code's ordinal
/// and billable flag (a postings group has both) with an array read instead of hashing the system's
/// name for every posting.
struct CodeFilter {
  /// The ordinals of each searched system; `nil` when every system is searched.
  private let searchedOrdinals: [Range<Int>]?
  private let billableOnly: Bool

  /// The filter of `options` over the systems of `index`.
  /// - Complexity: O(*s*) in the number of systems of the index.
  init(_ options: LookupOptions, index: IndexReader) {
    searchedOrdinals =
      options.systems.isEmpty ? nil : index.systems.filter { options.systems.contains($0.system.id) }.map(\.ordinals)
    billableOnly = options.billableOnly
  }

  /// Whether the code at `ordinal` may be a result.
  /// - Complexity: O(*s*) in the number of searched systems.
  @inline(__always)
  func admits(_ ordinal: Int, isBillable: Bool) -> Bool {
    if billableOnly && !isBillable { return false }
    guard let searchedOrdinals else { return true }
    return searchedOrdinals.contains { $0.contains(ordinal) }
  }
}
