/// A set of term numbers, a bit per term up to the highest: what a lookup accepts of a candidate's
/// terms, tested with one array read while the candidate's forward terms are decoded.
struct TermBitSet: ForwardTermFilter, Sendable {
  /// Bit *t* % 64 of word *t* / 64: term *t* is in the set.
  private var words: [UInt64] = []
  /// One past the highest term the set can hold: no term from it on is in the set.
  private(set) var upperBound = 0

  /// An empty set that can hold the terms below `upperBound`.
  init(upperBound: Int) {
    removeAll(upperBound: upperBound)
  }

  /// Empties the set and makes it hold the terms below `upperBound`, keeping its storage.
  /// - Complexity: O(*n* / 64) for an upper bound of *n*.
  mutating func removeAll(upperBound: Int) {
    self.upperBound = max(upperBound, 0)
    words.removeAll(keepingCapacity: true)
    words.append(contentsOf: repeatElement(0, count: (self.upperBound + 63) / 64))
  }

  /// An empty set.
  init() {}

  /// Adds the terms of a range (those below ``upperBound``).
  /// - Complexity: O(*n* / 64) for a range of *n* terms.
  mutating func insert(_ terms: Range<Int>) {
    var term = max(terms.lowerBound, 0)
    let end = min(terms.upperBound, upperBound)
    while term < end {
      let bit = term & 63
      let run = min(64 - bit, end - term)
      let mask: UInt64 = run == 64 ? ~0 : ((1 << UInt64(run)) - 1) << UInt64(bit)
      words[term >> 6] |= mask
      term += run
    }
  }

  /// Whether `term` is in the set.
  /// - Complexity: O(1).
  @inline(__always)
  func contains(_ term: Int) -> Bool {
    let word = term >> 6
    return term >= 0 && word < words.count && words[word] & (1 << UInt64(term & 63)) != 0
  }
}
