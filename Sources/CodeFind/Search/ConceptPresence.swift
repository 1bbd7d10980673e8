/// The codes that can match some required concepts of a query, listed from their postings: lets a
/// lookup skip, without reading its terms, a candidate that lacks a concept.
///
/// A query such as `displaced fracture of shaft of right femur initial encounter` finds 3,700
/// candidates through its rarest word (`femur`), of which 15 have every word; reading each
/// candidate's terms costs far more than listing the codes of `displaced` and `shaft` once. A
/// concept's list is the codes of the rarest slot of each of its alternatives: a code that matches
/// the concept matches one alternative whole, so it has a term of that slot, and is listed. A code
/// not listed cannot match the concept; a listed one may still not.
///
/// The same holds within the concept being walked: a candidate found through one slot of an
/// alternative (`hip` of `replacement of hip joint`, for `total hip replacement right`) matches the
/// concept through that alternative only if it also has the alternative's other slots; when it
/// lacks them, it matches through another alternative (whose walk finds it) or not at all.
struct ConceptPresence {
  /// A listed concept: its query words and the codes that may match it.
  private struct Listing {
    var concept: Int
    var words: Int
    var codes: OrdinalSet
  }

  private var listings: [Listing] = []
  /// The codes that have every other slot cheap enough to list of a walked alternative, by
  /// ``alternativeKey(_:_:)``: `nil` when none was.
  private var alternativeListings: [Int: OrdinalSet?] = [:]

  /// Lists the codes of the required concepts but `driver` that are cheap enough to list against
  /// the `driverCandidates` they may save reading: the rarest first, while their codes add up to
  /// at most ``costFactor`` times as many, and only when the driver has at least
  /// ``minimumCandidates``. Concepts listed by an earlier call are kept.
  /// - Parameters:
  ///   - plan: The query's plan.
  ///   - driver: The concept whose codes are about to be collected.
  ///   - driverCandidates: The estimated codes of `driver`.
  ///   - slotEstimates: The estimated codes of each slot, by concept, alternative and slot.
  ///   - index: The index searched.
  /// - Complexity: O(*p*) in the postings of the concepts listed.
  mutating func prepare(
    _ plan: QueryPlan, driver: Int, driverCandidates: Int, slotEstimates: [[[Int]]], index: IndexReader
  ) {
    guard driverCandidates >= Self.minimumCandidates else { return }
    // The concepts not listed yet, each with the rarest slot of each of its alternatives: the codes
    // listed, and the postings read.
    var unlisted: [(concept: Int, slots: [Int], codes: Int)] = []
    for (conceptIndex, concept) in plan.concepts.enumerated()
    where conceptIndex != driver && !concept.isOptional && !concept.alternatives.isEmpty
      && !listings.contains(where: { $0.concept == conceptIndex })
    {
      let rarest = concept.alternatives.indices.compactMap { alternative -> (slot: Int, codes: Int)? in
        let estimates = slotEstimates[conceptIndex][alternative]
        return estimates.indices.min { estimates[$0] < estimates[$1] }.map { ($0, estimates[$0]) }
      }
      unlisted.append((conceptIndex, rarest.map(\.slot), rarest.reduce(0) { $0 + $1.codes }))
    }
    // The rarest first, while the postings read stay within the budget.
    var budget = driverCandidates * Self.costFactor
    for (conceptIndex, slots, codes) in unlisted.sorted(by: { $0.codes < $1.codes }) {
      guard codes <= budget else { break }
      budget -= codes
      let concept = plan.concepts[conceptIndex]
      var terms: [Int] = []
      for (alternative, slot) in zip(concept.alternatives, slots) {
        alternative.slots[slot].forEachTerm { terms.append($0) }
      }
      listings.append(Listing(concept: conceptIndex, words: concept.wordCount, codes: Self.codes(of: terms, index: index)))
    }
  }

  /// The listings of ``excluding(_:)`` plus, for the candidates of one alternative of the driver
  /// found through its slot `walked`, the alternative's other slots that are cheap enough to list
  /// against those candidates (the rarest first, within the same budget as concepts; listed once
  /// per lookup).
  /// - Parameters:
  ///   - concepts: The concepts whose listings do not apply (the driver, and those considered).
  ///   - plan: The query's plan.
  ///   - driver: The concept walked.
  ///   - alternative: The alternative of `driver` walked.
  ///   - walked: The slot of `alternative` whose terms find the candidates.
  ///   - estimates: The estimated codes of each slot of `alternative`.
  ///   - index: The index searched.
  mutating func walking(
    excluding concepts: [Int], _ plan: QueryPlan, driver: Int, alternative: Int, walked: Int, estimates: [Int],
    index: IndexReader
  ) -> ConceptPresence {
    var presence = excluding(concepts)
    let slots = plan.concepts[driver].alternatives[alternative].slots
    guard slots.count > 1, estimates[walked] >= Self.minimumCandidates else { return presence }
    let key = Self.alternativeKey(driver, alternative)
    if alternativeListings[key] == nil {
      // Rarest first: each further slot keeps only the codes listed so far.
      var budget = estimates[walked] * Self.costFactor
      var codes: OrdinalSet?
      for slot in slots.indices.filter({ $0 != walked }).sorted(by: { estimates[$0] < estimates[$1] }) {
        guard estimates[slot] <= budget else { break }
        budget -= estimates[slot]
        var terms: [Int] = []
        slots[slot].forEachTerm { terms.append($0) }
        codes = Self.codes(of: terms, index: index, within: codes)
      }
      alternativeListings[key] = .some(codes)
    }
    if case .some(.some(let codes)) = alternativeListings[key] {
      presence.listings.append(Listing(concept: driver, words: plan.concepts[driver].wordCount, codes: codes))
    }
    return presence
  }

  /// The codes some terms occur in; with `within`, only those in it.
  private static func codes(of terms: [Int], index: IndexReader, within: OrdinalSet? = nil) -> OrdinalSet {
    // One closure level: a set captured by nested closures is checked for exclusive access at
    // every insertion, which costs more than the insertion.
    var codes = OrdinalSet(count: index.codeCount)
    for term in terms {
      index.forEachPosting(of: term) { posting in
        if within?.contains(posting.ordinal) ?? true { _ = codes.insert(posting.ordinal) }
        return true
      }
    }
    return codes
  }

  /// The key of an alternative in ``alternativeListings``.
  private static func alternativeKey(_ concept: Int, _ alternative: Int) -> Int { concept << 16 | alternative }

  /// Whether no concept is listed.
  var isEmpty: Bool { listings.isEmpty }

  /// The listings but those of `concepts` (the driver, and the concepts whose codes were all
  /// considered: a code not seen yet lacks them anyway).
  func excluding(_ concepts: [Int]) -> ConceptPresence {
    var presence = ConceptPresence()
    presence.listings = listings.filter { !concepts.contains($0.concept) }
    return presence
  }

  /// The query words of the listed concepts a code cannot match.
  /// - Complexity: O(*c*) in the listed concepts (a bit test each).
  @inline(__always)
  func missingWords(_ ordinal: Int) -> Int {
    var missing = 0
    for listing in listings where !listing.codes.contains(ordinal) { missing += listing.words }
    return missing
  }

  /// The fewest candidates a concept must have for listing the others to pay: below it, reading
  /// the candidates' terms costs less than listing.
  static let minimumCandidates = 1_000

  /// How many codes may be listed per candidate of the driver: listing a code costs a few
  /// nanoseconds, reading a candidate's terms about 150.
  static let costFactor = 3
}
