import Testing

@testable import CodeFind

/// The bounds that let a lookup skip candidates (``CandidateEvaluator/floor(excluding:_:)`` and the
/// optimistic ranks): they must never drop a code that ranks among the best.
@Suite("Candidate bounds on the shipped data")
struct CandidateBoundTests {
  static let index = ShippedIndex.reader
  static let search = CodeSearch(index: index)

  private func floor(_ query: String) -> MatchFloor {
    let tokens = Analyzer().analyze(query)
    let plan = QueryPlanner(index: Self.index, lexicon: Self.search.lexicon)
      .plan(tokens, isTyping: !(query.last?.isWhitespace ?? true))
    var evaluator = CandidateEvaluator()
    evaluator.prepare(plan: plan)
    return evaluator.floor(excluding: -1, [])
  }

  @Test func aWordOfTheDictionaryMatchesExactly() {
    let floor = floor("fracture femur ")
    #expect(floor.typos == 0 && floor.loose == 0)
  }

  @Test func aWordBeingTypedMatchesAtBestAsACompletion() {
    // "appendec" is no term: its best match is a completion (loose), not a typo.
    let floor = floor("appendec")
    #expect(floor.typos == 0 && floor.loose == 1)
  }

  @Test func aStopWordNeedNotMatch() {
    #expect(floor("fracture of femur ").loose == 0)
  }

  @Test func aMisspelledWordMatchesAtBestWithATypo() {
    let floor = floor("pnuemonia ")
    #expect(floor.typos == 1 && floor.loose == 0)
  }

  /// A bound that were too tight would drop codes depending on how many results are kept: the best
  /// ten of a lookup must be the first ten of a longer one.
  @Test(arguments: [
    "fx left femur", "fx l distal radius init", "broken wrist", "total knee replacement left", "htn w/ ckd",
    "diab typ 2 neuro", "lap appy", "pnuemonia", "s/p tkr lt", "EGD with biopsy",
    // Titles with neutral words ("unspecified", "NOS"), which the title detail of a posting leaves out.
    "fever", "dementia", "fever unspecified", "anemia nos", "depression",
  ])
  func theBestTenDoNotDependOnTheLimit(_ query: String) {
    let ten = Self.search.lookup(query, options: LookupOptions(limit: 10)).items.map(\.code)
    let sixty = Self.search.lookup(query, options: LookupOptions(limit: 60)).items.map(\.code)
    #expect(ten.count == 10)
    #expect(ten == Array(sixty.prefix(10)))
  }
}
