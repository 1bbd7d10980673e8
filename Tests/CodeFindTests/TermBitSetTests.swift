import Testing

@testable import CodeFind

@Suite("Term bit set")
struct TermBitSetTests {
  @Test("ranges across word boundaries, clipped to the upper bound, and nothing else")
  func ranges() {
    var set = TermBitSet(upperBound: 200)
    let ranges = [3..<4, 60..<70, 128..<192, 195..<260, -5..<1]
    for range in ranges { set.insert(range) }
    for term in -2..<300 {
      let expected = term < 200 && ranges.contains { $0.contains(term) } && term >= 0
      #expect(set.contains(term) == expected, "term \(term)")
    }
    #expect(set.upperBound == 200)
    #expect(!TermBitSet().contains(0))
  }

  @Test("the filtered walk of a code's forward terms passes exactly the set's terms, up to its bound")
  func filteredWalk() throws {
    let reader = try IndexReader(bytes: SyntheticIndex.bytes)
    for ordinal in 0..<reader.codeCount {
      var all: [Int] = []
      reader.forEachForwardTerm(of: ordinal) { term, _, _ in
        all.append(term)
        return true
      }
      guard all.count >= 2 else { continue }
      // Every other term, with the bound just after the last but one.
      var set = TermBitSet(upperBound: all[all.count - 2] + 1)
      for term in all.enumerated().filter({ $0.offset % 2 == 0 }).map(\.element) { set.insert(term..<(term + 1)) }
      var passed: [Int] = []
      reader.forEachForwardTerm(of: ordinal, among: set) { term, _, _ in
        passed.append(term)
        return true
      }
      #expect(passed == all.dropLast().enumerated().filter { $0.offset % 2 == 0 }.map(\.element), "ordinal \(ordinal)")
    }
  }
}
