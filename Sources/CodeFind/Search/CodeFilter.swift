/// The codes a lookup's options admit (its systems, billable only), decided from a code's summary
/// with an array read instead of hashing the system's name for every posting.
struct CodeFilter {
  /// Whether each system of the index is searched, by its position in `IndexReader.systems`;
  /// `nil` when every system is.
  private let systemSearched: [Bool]?
  private let billableOnly: Bool

  /// The filter of `options` over the systems of `index`.
  /// - Complexity: O(*s*) in the number of systems of the index.
  init(_ options: LookupOptions, index: IndexReader) {
    systemSearched = options.systems.isEmpty ? nil : index.systems.map { options.systems.contains($0.system.id) }
    billableOnly = options.billableOnly
  }

  /// Whether the code summed up by `summary` may be a result.
  /// - Complexity: O(1).
  func admits(_ summary: CodeSummary) -> Bool {
    if billableOnly && !summary.isBillable { return false }
    guard let systemSearched else { return true }
    return systemSearched.indices.contains(summary.systemIndex) && systemSearched[summary.systemIndex]
  }
}
