/// What the words of a candidate mention accept: for each word, the index terms it may stand for
/// (itself, its typo corrections and completions, the terms of its terminology equivalents).
struct MentionTerms {
  /// The accepted terms of each word, by offset in the mention.
  private var sets: [TermSet]
  /// The terms of the terminology equivalents that cover each word (`CHF` → congestive, heart, failure).
  private var equivalents: [Set<Int>]
  /// Whether each word must be matched for the mention to be explained (stop words need not).
  let isContent: [Bool]

  /// Prepares the words of a mention.
  /// - Parameters:
  ///   - tokens: The mention's tokens, contiguous tokens of one sentence.
  ///   - planner: The lookup's planner, whose term sets (typo corrections) the mention reuses.
  init(_ tokens: ArraySlice<Token>, planner: QueryPlanner) {
    var sets: [TermSet] = []
    var equivalents = Array(repeating: Set<Int>(), count: tokens.count)
    for position in tokens.indices {
      let expansions = planner.lexicon.expansions(of: tokens[position..<tokens.endIndex])
      // Running text is not typed as a query: no completions, and typo corrections only for
      // longer words (a record's "liters" or "trace" is not a misspelled disease).
      var set = planner.termSet(for: tokens[position], isLast: false, completes: false)
      if tokens[position].term.utf8.count < Self.shortestCorrectedWord { set.terms = [:] }
      sets.append(set)
      for expansion in expansions {
        let ids = expansion.terms.compactMap(planner.index.term)
        for covered in position..<(position + expansion.matchedCount) {
          equivalents[covered - tokens.startIndex].formUnion(ids)
        }
      }
    }
    self.sets = sets
    self.equivalents = equivalents
    isContent = tokens.map { !QueryPlanner.stopWords.contains($0.term) }
  }

  /// The shortest word whose typo corrections count (`pnuemonia` → pneumonia).
  static let shortestCorrectedWord = 7

  /// The number of words.
  var count: Int { sets.count }

  /// Whether the word at `offset` accepts `term`.
  func accepts(_ term: Int, at offset: Int) -> Bool {
    sets[offset].match(term) != nil || equivalents[offset].contains(term)
  }

}
