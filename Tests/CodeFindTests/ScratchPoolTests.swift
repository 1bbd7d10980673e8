import Testing

@testable import CodeFind

/// The buffers a lookup keeps for the next one (``ScratchPool``): nothing of one lookup may show in
/// another, whether they run one after the other or at once.
@Suite("Scratch pool of lookups")
struct ScratchPoolTests {
  /// Queries whose lookups differ in size: one word, many words, partial matches, typos, a stop
  /// word, filters, and one that finds nothing.
  static let queries = [
    "displaced fracture of shaft of right femur initial encounter", "fever", "diab typ 2 neuro",
    "pnuemonia", "fx left femur", "water on the knee", "zzzzqqq", "total knee replacement left",
    "htn w/ ckd", "hypertension", "lap appy", "chest pain", "EGD with biopsy", "anemia nos",
  ]

  @Test("a pool hands back what was put back, and keeps at most its capacity")
  func takeAndPutBack() {
    let pool = ScratchPool<[Int]>(capacity: 2)
    #expect(pool.take() == nil)
    pool.putBack([1])
    pool.putBack([2])
    pool.putBack([3])
    let taken = [pool.take(), pool.take(), pool.take()]
    #expect(taken.compactMap { $0 }.count == 2)
    #expect(taken.last == .some(nil))
  }

  @Test("a search that reused its buffers answers like a new search, query after query")
  func reuseChangesNoResult() {
    let reused = CodeSearch(index: ShippedIndex.reader)
    for options in [LookupOptions(limit: 10), LookupOptions(limit: 3, systems: [.icd10cm], billableOnly: true)] {
      // Twice over, so that every query runs on buffers a larger or a different lookup filled.
      for query in Self.queries + Self.queries.reversed() {
        let fresh = CodeSearch(index: ShippedIndex.reader).lookup(query, options: options).items
        #expect(reused.lookup(query, options: options).items == fresh, "\(query)")
      }
    }
  }

  @Test("lookups from many tasks at once answer like one at a time")
  func concurrentLookups() async {
    let search = CodeSearch(index: ShippedIndex.reader)
    let expected = Self.queries.map { search.lookup($0).items }
    let allEqual = await withTaskGroup(of: Bool.self) { group in
      for task in 0..<8 {
        group.addTask {
          (0..<20).allSatisfy { round in
            let index = (task + round) % Self.queries.count
            return search.lookup(Self.queries[index]).items == expected[index]
          }
        }
      }
      return await group.allSatisfy { $0 }
    }
    #expect(allEqual)
  }
}
