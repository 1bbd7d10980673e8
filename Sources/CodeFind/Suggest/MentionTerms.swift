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
  ///   - planner: The lookup's planner, whose term sets (typos, completions) the mention reuses.
  init(_ tokens: ArraySlice<Token>, planner: QueryPlanner) {
    var sets: [TermSet] = []
    var equivalents = Array(repeating: Set<Int>(), count: tokens.count)
    for position in tokens.indices {
      let expansions = planner.lexicon.expansions(of: tokens[position..<tokens.endIndex])
      let isAbbreviation = expansions.contains { $0.kind == .abbreviation && $0.matchedCount == 1 }
      sets.append(planner.termSet(for: tokens[position], isLast: false, completes: !isAbbreviation))
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

  /// The number of words.
  var count: Int { sets.count }

  /// Whether the word at `offset` accepts `term`.
  func accepts(_ term: Int, at offset: Int) -> Bool {
    sets[offset].match(term) != nil || equivalents[offset].contains(term)
  }

  /// Every term some word accepts exactly or through an equivalent (not completions), for the
  /// context of other mentions of the sentence.
  var exactTerms: Set<Int> {
    var terms = Set<Int>()
    for (offset, set) in sets.enumerated() {
      if let exact = set.exactTerm { terms.insert(exact) }
      terms.formUnion(set.terms.keys)
      terms.formUnion(equivalents[offset])
    }
    return terms
  }
}
