import Testing

@testable import CodeFind

/// The stored bitmaps of frequent terms (section 15 of `FORMAT.md`) and the candidates a lookup
/// skips with them (``ConceptPresence``), on the shipped data.
@Suite("Term bitmaps on the shipped data")
struct TermBitmapTests {
  static let index = ShippedIndex.reader

  @Test func everyFrequentTermHasABitmapOfExactlyItsCodes() {
    var bitmaps = 0
    for term in 0..<Self.index.termCount {
      let frequency = Self.index.documentFrequency(term)
      guard let bitmap = Self.index.termBitmap(term) else {
        #expect(frequency < IndexFormat.bitmapMinimumFrequency, "term \(term) has \(frequency) codes and no bitmap")
        continue
      }
      bitmaps += 1
      #expect(frequency >= IndexFormat.bitmapMinimumFrequency)
      var postings = Set<Int>()
      Self.index.forEachPosting(of: term) { ordinal, _ in postings.insert(ordinal) }
      let set = Set((0..<Self.index.codeCount).filter { Self.index.bitmap(bitmap, contains: $0) })
      #expect(set == postings, "the bitmap of \(Self.index.termText(term) ?? "?") differs from its postings")
    }
    // The shipped code sets have 26 such terms (right, left, fracture, initial …).
    #expect(bitmaps > 20)
    #expect(Self.index.term("right").flatMap(Self.index.termBitmap) != nil)
  }

  @Test func aRareTermHasNoBitmap() throws {
    let appendicitis = try #require(Self.index.term("appendicitis"))
    #expect(Self.index.documentFrequency(appendicitis) < IndexFormat.bitmapMinimumFrequency)
    #expect(Self.index.termBitmap(appendicitis) == nil)
  }

  /// Queries whose rarest concept has thousands of codes, most lacking another word: the lookup
  /// skips those by the listings, and must find what it finds without them.
  @Test(arguments: [
    "displaced fracture of shaft of right femur initial encounter", "arthroscopic partial meniscectomy left knee",
    "lt hip fx init", "fx rt ankle subs", "fx l distal radius init", "ORIF right femur shaft", "total hip replacement right",
    "TKA right", "EGD with biopsy", "second degree burn of right hand initial", "s/p l mastectomy",
    "percutaneous liver biopsy",
  ])
  func skippingCodesThatLackAConceptChangesNoResult(_ query: String) {
    let search = CodeSearch(index: Self.index)
    var exhaustive = search
    exhaustive.skipsAbsentConcepts = false
    for limit in [10, 40] {
      let options = LookupOptions(limit: limit)
      let skipping = search.lookup(query, options: options).items.map(\.code)
      #expect(skipping.count == limit)
      #expect(skipping == exhaustive.lookup(query, options: options).items.map(\.code))
    }
  }
}
