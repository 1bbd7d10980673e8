/// The terms a query accepts, as sorted, disjoint term intervals, each with the slots its terms
/// match: what a candidate's forward terms (which come in term order) are merged with.
///
/// A query accepts a few exact and typo terms and a few prefix ranges; a code has tens of terms, few
/// of them the query's. A bit per dictionary term (the dictionary has about 13,000) tells whether a
/// code's term is the query's with one test; the interval of the few that are is then found by
/// walking the intervals from the previous one (both come in term order).
struct QueryTermMap {
  /// One slot a term interval matches, and how.
  struct SlotMatch {
    var slot: Int
    var match: TermSet.Match
  }

  /// A run of consecutive terms that match the same slots in the same way.
  struct Interval {
    /// The terms.
    var terms: Range<Int>
    /// Its slots are `matches[matchStart..<matchEnd]`.
    var matchStart: Int
    var matchEnd: Int
    /// Bit *c* for each concept *c* (the first 64) that some slot of the interval belongs to.
    var concepts: UInt64
    /// Bit *s* for each slot *s* (the first 64) of the interval.
    var slots: UInt64
  }

  /// The intervals, in term order.
  private(set) var intervals: [Interval] = []
  /// The slot matches of every interval, interval after interval.
  private(set) var matches: [SlotMatch] = []
  /// The terms that lie in an interval (up to the end of the last one).
  private(set) var terms = TermBitSet()

  /// A piece of the map while it is built: a term range, the slot it matches and how.
  private typealias Piece = (terms: Range<Int>, slot: Int, concept: Int, match: TermSet.Match)
  /// The pieces, their boundaries, and the indexes of the pieces covering the current interval,
  /// while ``rebuild(_:)`` runs (kept for the next rebuild).
  private var pieces: [Piece] = []
  private var boundaries: [Int] = []
  private var active: [Int] = []

  /// An empty map.
  init() {}

  /// Makes the map of a plan's slots (numbered in plan order: concept after concept, alternative
  /// after alternative), reusing the storage of the previous map.
  /// - Complexity: O(*p* log *p*) in the exact and typo terms and prefix ranges of the slots.
  mutating func rebuild(_ plan: QueryPlan) {
    intervals.removeAll(keepingCapacity: true)
    matches.removeAll(keepingCapacity: true)
    defer { markTerms() }
    var pieces = self.pieces, boundaries = self.boundaries, active = self.active
    self.pieces = []
    self.boundaries = []
    self.active = []
    defer {
      self.pieces = pieces
      self.boundaries = boundaries
      self.active = active
    }
    pieces.removeAll(keepingCapacity: true)
    var slot = 0
    for (concept, conceptPlan) in plan.concepts.enumerated() {
      for alternative in conceptPlan.alternatives {
        for set in alternative.slots {
          if let exact = set.exactTerm { pieces.append((exact..<(exact + 1), slot, concept, .exact)) }
          for (term, match) in set.terms { pieces.append((term..<(term + 1), slot, concept, match)) }
          if !set.prefixRange.isEmpty { pieces.append((set.prefixRange, slot, concept, .prefix)) }
          slot += 1
        }
      }
    }
    guard !pieces.isEmpty else { return }
    pieces.sort { $0.terms.lowerBound < $1.terms.lowerBound }
    boundaries.removeAll(reservingCapacity: pieces.count * 2)
    for piece in pieces {
      boundaries.append(piece.terms.lowerBound)
      boundaries.append(piece.terms.upperBound)
    }
    boundaries.sort()
    active.removeAll(reservingCapacity: pieces.count)
    intervals.reserveCapacity(boundaries.count)
    matches.reserveCapacity(boundaries.count)
    var next = 0
    var previous: Int?
    for boundary in boundaries where boundary != previous {
      defer { previous = boundary }
      if let start = previous, !active.isEmpty {
        append(start..<boundary, pieces: pieces, active: active)
      }
      active.removeAll { pieces[$0].terms.upperBound <= boundary }
      while next < pieces.count, pieces[next].terms.lowerBound == boundary {
        active.append(next)
        next += 1
      }
    }
  }

  /// Sets the bits of the terms of every interval.
  private mutating func markTerms() {
    terms.removeAll(upperBound: intervals.last?.terms.upperBound ?? 0)
    for interval in intervals { terms.insert(interval.terms) }
  }

  /// Appends the interval `terms`, covered by the pieces whose indexes are `active`.
  private mutating func append(_ terms: Range<Int>, pieces: [Piece], active: [Int]) {
    let matchStart = matches.count
    var concepts: UInt64 = 0, slots: UInt64 = 0
    for pieceIndex in active {
      let piece = pieces[pieceIndex]
      // One entry per slot, with the closest match (exact before prefix before typo).
      if let existing = matches[matchStart...].firstIndex(where: { $0.slot == piece.slot }) {
        matches[existing].match = min(matches[existing].match, piece.match)
      } else {
        matches.append(SlotMatch(slot: piece.slot, match: piece.match))
      }
      if piece.concept < 64 { concepts |= 1 << UInt64(piece.concept) }
      if piece.slot < 64 { slots |= 1 << UInt64(piece.slot) }
    }
    intervals.append(
      Interval(terms: terms, matchStart: matchStart, matchEnd: matches.count, concepts: concepts, slots: slots))
  }
}
