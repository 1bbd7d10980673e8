import Testing

@testable import CodeFind

/// The lookups of one record, shared between the queries that analyze into the same tokens: each
/// query still gets exactly what its own lookup finds.
@Suite("Suggest record lookups")
struct SuggestRecordLookupsTests {
  let search = CodeSearch(index: ShippedIndex.reader)
  let options = LookupOptions(limit: CodeChooser.candidateCount, systems: [.icd10cm])

  /// What a lookup of complete words finds, without the memo.
  private func lookUp(_ words: String) -> [Int] {
    search.lookup(words + " ", options: options).items.map(\.ordinal)
  }

  @Test("a query gets its own lookup's codes whichever alike query came first")
  func sameAsOwnLookup() {
    // Alike but for case and punctuation (one lookup each group), for capitals (`ALL` may be an
    // abbreviation, `all` is not) or for word order.
    let queries = [
      "Hypertension", "hypertension", "HYPERTENSION", "ALL", "all", "heart failure, acute", "heart failure acute",
      "acute heart failure", "CHF", "chf",
    ]
    var lookups = RecordLookups(search: search, options: options)
    for query in queries + queries.reversed() {
      #expect(lookups.ordinals(of: query) == lookUp(query), "\(query)")
    }
  }
}
