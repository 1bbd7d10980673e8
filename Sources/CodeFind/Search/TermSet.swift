/// The dictionary terms one query word (or one word of an equivalent phrase) accepts, each with
/// how loosely it matches.
struct TermSet: Sendable {
  /// How a term matches the word.
  enum Match: Sendable, Hashable, Comparable {
    /// The word itself.
    case exact
    /// A term the word begins (the word is being typed, or is an abbreviated word).
    case prefix
    /// A term within this edit distance (of the word or, when typing, of a prefix).
    case typo(Int)

    /// The loss of this kind of match, for ranking.
    var typos: Int {
      if case .typo(let distance) = self { return distance }
      return 0
    }
  }

  /// Terms matched one by one, with how.
  var terms: [Int: Match] = [:]
  /// A run of consecutive terms matched as prefix completions.
  var prefixRange: Range<Int> = 0..<0
  /// The exact term, if the dictionary has it.
  var exactTerm: Int?

  /// How `term` matches, or `nil` when it does not.
  @inline(__always)
  func match(_ term: Int) -> Match? {
    if term == exactTerm { return .exact }
    // The dictionary is empty for most words: not hashing then saves most of the cost per term.
    if !terms.isEmpty, let match = terms[term] { return match }
    return prefixRange.contains(term) ? .prefix : nil
  }

  /// Whether no term matches.
  var isEmpty: Bool { exactTerm == nil && terms.isEmpty && prefixRange.isEmpty }

  /// The number of codes the set's terms occur in, an upper bound of its candidates.
  func estimatedCodes(in index: IndexReader) -> Int {
    var total = exactTerm.map(index.documentFrequency) ?? 0
    for term in terms.keys { total += index.documentFrequency(term) }
    if !prefixRange.isEmpty {
      // Sampling keeps the estimate cheap for a short prefix with thousands of completions.
      let step = max(1, prefixRange.count / 64)
      var sampled = 0
      for term in stride(from: prefixRange.lowerBound, to: prefixRange.upperBound, by: step) {
        sampled += index.documentFrequency(term)
      }
      total += sampled * step
    }
    return total
  }

  /// Calls `body` for every term of the set.
  func forEachTerm(_ body: (Int) -> Void) {
    if let exactTerm { body(exactTerm) }
    for term in terms.keys where term != exactTerm { body(term) }
    for term in prefixRange where term != exactTerm && (terms.isEmpty || terms[term] == nil) { body(term) }
  }
}
