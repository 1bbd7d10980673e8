/// The codes that can match some required concepts of a query, listed from their postings: lets a
/// lookup skip, without reading its terms, a candidate that lacks a concept.
///
/// A query such as `displaced fracture of shaft of right femur initial encounter` finds 3,700
/// candidates through its rarest word (`femur`), of which 15 have every word; reading each
/// candidate's terms costs far more than listing the codes of `displaced` and `shaft` once. A
/// concept's list is the codes of the rarest slot of each of its alternatives: a code that matches
/// the concept matches one alternative whole, so it has a term of that slot, and is listed. A code
/// not listed cannot match the concept; a listed one may still not.
struct ConceptPresence {
  /// A listed concept: its query words and the codes that may match it.
  private struct Listing {
    var concept: Int
    var words: Int
    var codes: OrdinalSet
  }

  private var listings: [Listing] = []

  /// Lists the codes of every required concept but `driver` that is cheap enough to list against
  /// the `driverCandidates` it may save reading: at most ``costFactor`` times as many codes, and
  /// only when the driver has at least ``minimumCandidates``. Concepts listed by an earlier call are
  /// kept.
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
    for (conceptIndex, concept) in plan.concepts.enumerated()
    where conceptIndex != driver && !concept.isOptional && !concept.alternatives.isEmpty
      && !listings.contains(where: { $0.concept == conceptIndex })
    {
      // The rarest slot of each alternative: the codes listed, and the postings read.
      let rarest = concept.alternatives.indices.compactMap { alternative -> (slot: Int, codes: Int)? in
        let estimates = slotEstimates[conceptIndex][alternative]
        return estimates.indices.min { estimates[$0] < estimates[$1] }.map { ($0, estimates[$0]) }
      }
      guard rarest.reduce(0, { $0 + $1.codes }) <= driverCandidates * Self.costFactor else { continue }
      var terms: [Int] = []
      for (alternative, (slot, _)) in zip(concept.alternatives, rarest) {
        alternative.slots[slot].forEachTerm { terms.append($0) }
      }
      // One closure level: a set captured by nested closures is checked for exclusive access at
      // every insertion, which costs more than the insertion.
      var codes = OrdinalSet(count: index.codeCount)
      for term in terms {
        index.forEachPosting(of: term) { posting in
          _ = codes.insert(posting.ordinal)
          return true
        }
      }
      listings.append(Listing(concept: conceptIndex, words: concept.wordCount, codes: codes))
    }
  }

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
