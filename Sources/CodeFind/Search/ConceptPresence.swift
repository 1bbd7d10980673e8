/// The codes that can match some required concepts of a query, from the stored bitmaps of their
/// frequent terms and the postings of the others: lets a lookup skip, without reading its terms, a
/// candidate that lacks a concept.
///
/// A query such as `displaced fracture of shaft of right femur initial encounter` finds 3,700
/// candidates through its rarest word (`femur`), of which 15 have every word; reading each
/// candidate's terms costs far more than testing a bit of `right`, `fracture` and `initial` and
/// listing the codes of `displaced` and `shaft` once. A
/// concept's list is the codes of the rarest slot of each of its alternatives: a code that matches
/// the concept matches one alternative whole, so it has a term of that slot, and is listed. A code
/// not listed cannot match the concept; a listed one may still not.
///
/// The same holds within the concept being walked: a candidate found through one slot of an
/// alternative (`hip` of `replacement of hip joint`, for `total hip replacement right`) matches the
/// concept through that alternative only if it also has the alternative's other slots; when it
/// lacks them, it matches through another alternative (whose walk finds it) or not at all.
struct ConceptPresence {
  /// The codes that have one of some terms: a bit test for each term with a stored bitmap, and a
  /// set listed from the postings of the others.
  private struct Codes {
    var bitmaps: [TermBitmap] = []
    var listed: OrdinalSet?

    @inline(__always)
    func contains(_ ordinal: Int, index: IndexReader) -> Bool {
      if let listed, listed.contains(ordinal) { return true }
      for bitmap in bitmaps where index.bitmap(bitmap, contains: ordinal) { return true }
      return false
    }
  }

  /// The terms of some slots, split into those with a stored bitmap and the others, and the postings
  /// listing the others reads.
  private struct Terms {
    var bitmaps: [TermBitmap] = []
    var listed: [Int] = []
    var cost = 0

    init(_ slots: [TermSet], index: IndexReader) {
      for slot in slots {
        slot.forEachTerm { term in
          if let bitmap = index.termBitmap(term) {
            bitmaps.append(bitmap)
          } else {
            listed.append(term)
            cost += index.documentFrequency(term)
          }
        }
      }
      // Each bitmap is a test per candidate: a prefix with hundreds of frequent completions is
      // not worth testing.
      if bitmaps.count > ConceptPresence.mostBitmaps { cost = Int.max }
    }

    /// The codes, listed from the postings.
    func codes(index: IndexReader) -> Codes {
      guard !listed.isEmpty else { return Codes(bitmaps: bitmaps) }
      // One closure level: a set captured by nested closures is checked for exclusive access at
      // every insertion, which costs more than the insertion.
      var codes = OrdinalSet(count: index.codeCount)
      for term in listed {
        index.forEachPosting(of: term) { posting in
          _ = codes.insert(posting.ordinal)
          return true
        }
      }
      return Codes(bitmaps: bitmaps, listed: codes)
    }
  }

  /// A listed concept: its query words, and the codes that may match it: those in every one of
  /// `codes`.
  private struct Listing {
    var concept: Int
    var words: Int
    var codes: [Codes]
  }

  private var listings: [Listing] = []
  /// The listings of walked alternatives' other slots, by ``alternativeKey(_:_:)``: `nil` when none
  /// was cheap enough.
  private var alternativeListings: [Int: Listing?] = [:]

  /// Lists the codes of the required concepts but `driver` that are cheap enough to list against
  /// the `driverCandidates` they may save reading: the cheapest first, while the postings read add
  /// up to at most ``costFactor`` times as many (stored bitmaps cost nothing), and only when the
  /// driver has at least ``minimumCandidates``. Concepts listed by an earlier call are kept.
  /// - Parameters:
  ///   - plan: The query's plan.
  ///   - driver: The concept whose codes are about to be collected.
  ///   - driverCandidates: The estimated codes of `driver`.
  ///   - slotEstimates: The estimated codes of each slot.
  ///   - index: The index searched.
  /// - Complexity: O(*p*) in the postings of the concepts listed.
  mutating func prepare(
    _ plan: QueryPlan, driver: Int, driverCandidates: Int, slotEstimates: SlotEstimates, index: IndexReader
  ) {
    guard driverCandidates >= Self.minimumCandidates else { return }
    // The concepts not listed yet, each with the terms of the rarest slot of each alternative.
    var unlisted: [(concept: Int, terms: Terms)] = []
    for (conceptIndex, concept) in plan.concepts.enumerated()
    where conceptIndex != driver && !concept.isOptional && !concept.alternatives.isEmpty
      && !listings.contains(where: { $0.concept == conceptIndex })
    {
      let rarest = concept.alternatives.indices.compactMap { alternative -> TermSet? in
        slotEstimates.rarestSlot(concept: conceptIndex, alternative: alternative).map { concept.alternatives[alternative].slots[$0] }
      }
      unlisted.append((conceptIndex, Terms(rarest, index: index)))
    }
    var budget = driverCandidates * Self.costFactor
    for (conceptIndex, terms) in unlisted.sorted(by: { $0.terms.cost < $1.terms.cost }) {
      guard terms.cost <= budget else { break }
      budget -= terms.cost
      listings.append(
        Listing(concept: conceptIndex, words: plan.concepts[conceptIndex].wordCount, codes: [terms.codes(index: index)]))
    }
  }

  /// `presence` (the listings that apply to the driver's codes) plus, for the candidates of one
  /// alternative of the driver
  /// found through its slot `walked`, the alternative's other slots that are cheap enough to list
  /// against those candidates (the cheapest first, within the same budget as concepts; listed
  /// once per lookup).
  /// - Parameters:
  ///   - presence: The listings that apply (``excluding(_:_:)`` of the driver and those considered).
  ///   - plan: The query's plan.
  ///   - driver: The concept walked.
  ///   - alternative: The alternative of `driver` walked.
  ///   - walked: The slot of `alternative` whose terms find the candidates.
  ///   - walkedCandidates: The estimated codes of the slot `walked`.
  ///   - index: The index searched.
  mutating func walking(
    _ presence: ConceptPresence, _ plan: QueryPlan, driver: Int, alternative: Int, walked: Int, walkedCandidates: Int,
    index: IndexReader
  ) -> ConceptPresence {
    var presence = presence
    let slots = plan.concepts[driver].alternatives[alternative].slots
    guard slots.count > 1, walkedCandidates >= Self.minimumCandidates else { return presence }
    let key = Self.alternativeKey(driver, alternative)
    if alternativeListings[key] == nil {
      var budget = walkedCandidates * Self.costFactor
      var codes: [Codes] = []
      let others = slots.indices.filter { $0 != walked }.map { Terms([slots[$0]], index: index) }
      for terms in others.sorted(by: { $0.cost < $1.cost }) {
        guard terms.cost <= budget else { break }
        budget -= terms.cost
        codes.append(terms.codes(index: index))
      }
      alternativeListings[key] = .some(
        codes.isEmpty ? nil : Listing(concept: driver, words: plan.concepts[driver].wordCount, codes: codes))
    }
    if case .some(.some(let listing)) = alternativeListings[key] { presence.listings.append(listing) }
    return presence
  }

  /// The key of an alternative in ``alternativeListings``.
  private static func alternativeKey(_ concept: Int, _ alternative: Int) -> Int { concept << 16 | alternative }

  /// Whether no concept is listed.
  var isEmpty: Bool { listings.isEmpty }

  /// The listings but those of `driver` and of the concepts in `considered` (whose codes were all
  /// considered: a code not seen yet lacks them anyway).
  func excluding(_ driver: Int, _ considered: [Int]) -> ConceptPresence {
    var presence = ConceptPresence()
    presence.listings = listings.filter { $0.concept != driver && !considered.contains($0.concept) }
    return presence
  }

  /// The query words of the listed concepts a code cannot match.
  /// - Complexity: O(*t*) in the bitmaps and sets of the listings (a bit test each).
  @inline(__always)
  func missingWords(_ ordinal: Int, index: IndexReader) -> Int {
    var missing = 0
    for listing in listings {
      for codes in listing.codes where !codes.contains(ordinal, index: index) {
        missing += listing.words
        break
      }
    }
    return missing
  }

  /// The fewest candidates a concept must have for listing the others to pay: below it, reading
  /// the candidates' terms costs less than listing.
  static let minimumCandidates = 1_000

  /// How many postings may be read to list codes, per candidate of the driver: listing a code
  /// costs a few nanoseconds, reading a candidate's terms about 150.
  static let costFactor = 3

  /// The most stored bitmaps one listing of a slot may test per candidate.
  static let mostBitmaps = 16
}
