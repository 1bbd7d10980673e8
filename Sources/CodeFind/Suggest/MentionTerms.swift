/// What the words of a candidate mention accept: for each word, the index terms it may stand for
/// (itself, its typo corrections, the terms of its terminology equivalents), kept as the words
/// that accept each term so that a code's phrase is checked with one table look-up per term.
struct MentionTerms {
  /// A set of words of the mention: bit `offset` stands for the word at that offset.
  typealias Words = UInt64

  /// The most words a mention may have (one bit each in ``Words``).
  static let longestMention = Words.bitWidth

  /// For each term that some word accepts, the words that accept it.
  private var acceptingWords: [Int: Words] = [:]
  /// The words that must be matched for the mention to be explained (stop words need not).
  let contentWords: Words
  /// The number of words.
  let count: Int

  /// Prepares the words of a mention.
  /// - Parameters:
  ///   - tokens: The mention's tokens, contiguous tokens of one sentence, at most
  ///     ``longestMention`` of them.
  ///   - wordTerms: The terms each token accepts by itself, in the same order
  ///     (``CodeChooser``: its own term and, from ``shortestCorrectedWord`` letters, its typo
  ///     corrections).
  ///   - lexicon: The terminology, for the equivalents that cover each word (`CHF` → congestive,
  ///     heart, failure); an equivalent counts only when it ends within the mention.
  ///   - index: The index whose terms the equivalents' words are.
  init(_ tokens: ArraySlice<Token>, wordTerms: [TermSet], lexicon: Lexicon, index: IndexReader) {
    count = tokens.count
    var acceptingWords: [Int: Words] = [:]
    var contentWords: Words = 0
    for (offset, position) in tokens.indices.enumerated() {
      let word: Words = 1 << offset
      if !QueryPlanner.stopWords.contains(tokens[position].term) { contentWords |= word }
      wordTerms[offset].forEachTerm { term in acceptingWords[term, default: 0] |= word }
      for expansion in lexicon.expansions(of: tokens[position..<tokens.endIndex]) {
        // The words the equivalent covers, from this one on.
        let covered: Words = (expansion.matchedCount >= Words.bitWidth ? ~0 : (1 << expansion.matchedCount) - 1) << offset
        for id in expansion.terms.compactMap(index.term) { acceptingWords[id, default: 0] |= covered }
      }
    }
    self.acceptingWords = acceptingWords
    self.contentWords = contentWords
  }

  /// The shortest word whose typo corrections count (`pnuemonia` → pneumonia).
  static let shortestCorrectedWord = 7

  /// The words that accept `term`.
  func words(accepting term: Int) -> Words { acceptingWords[term] ?? 0 }
}
