/// A query turned into what the index can match: concepts, each a run of query words with the
/// alternative ways a code can satisfy it.
struct QueryPlan: Sendable {
  /// One way to satisfy a concept: every slot must match a term of the code.
  struct Alternative: Sendable {
    /// The terms each word of the alternative accepts.
    var slots: [TermSet]
    /// Whether this is the query's own words (as opposed to a terminology equivalent).
    var isLiteral: Bool
    /// Where an equivalent comes from (`synonym`, `abbreviation` …), or `words` for the literal one.
    var source: String
    /// The alternative as text, for explanations.
    var phrase: String
  }

  /// A run of query words that one alternative must match as a whole.
  struct Concept: Sendable {
    /// The number of query words it stands for: its weight in "words matched".
    var wordCount: Int
    /// Whether matching it is optional (a stop word such as "of").
    var isOptional: Bool
    /// The ways to satisfy it.
    var alternatives: [Alternative]
  }

  /// The concepts in query order.
  var concepts: [Concept]

  /// The number of query words in required concepts.
  var requiredWords: Int { concepts.reduce(0) { $1.isOptional ? $0 : $0 + $1.wordCount } }

  /// The number of alternatives and of slots of all the concepts: the sizes of the flat arrays a
  /// lookup makes of the plan.
  var flatCounts: (alternatives: Int, slots: Int) {
    var alternatives = 0, slots = 0
    for concept in concepts {
      alternatives += concept.alternatives.count
      for alternative in concept.alternatives { slots += alternative.slots.count }
    }
    return (alternatives, slots)
  }
}

/// Builds the ``QueryPlan`` of a query: analysis, terminology, and the term sets of every word.
struct QueryPlanner {
  let index: IndexReader
  let lexicon: Lexicon

  /// Words that need not match: they carry no meaning of their own in titles.
  /// "with" is one of them: it joins two conditions in many thousands of titles, so requiring it
  /// would only slow lookups down; it still counts toward proximity and extra words.
  static let stopWords: Set<String> = [
    "of", "the", "and", "a", "an", "in", "on", "to", "for", "by", "at", "or", "from", "as", "is", "with",
  ]

  /// Plans the words of a query.
  /// - Parameters:
  ///   - tokens: The analyzed query.
  ///   - isTyping: Whether the last word is still being typed (the query does not end in a space).
  func plan(_ tokens: [Token], isTyping: Bool) -> QueryPlan {
    var concepts: [QueryPlan.Concept] = []
    concepts.reserveCapacity(tokens.count)
    forEachRun(of: tokens) { run, expansions in
      let span = run.count
      let words = tokens[run]
      let lastIndex = tokens.count - 1
      var alternatives: [QueryPlan.Alternative] = []
      alternatives.reserveCapacity(1 + expansions.count)
      // An abbreviation matches only exactly: "GAD" must not complete to "gadolinium".
      let isAbbreviation = span == 1 && expansions.contains { $0.kind == .abbreviation }
      let literal = words.map { token in
        termSet(for: token, isLast: token.position == tokens[lastIndex].position && isTyping, completes: !isAbbreviation)
      }
      if !literal.contains(where: \.isEmpty) {
        alternatives.append(
          QueryPlan.Alternative(slots: literal, isLiteral: true, source: "words", phrase: Self.phrase(words)))
      }
      // The stop words of an equivalent need not match: "water on the knee" means "effusion of
      // knee", which a title words "Effusion, unspecified knee".
      for expansion in expansions where expansion.matchedCount == span {
        // "with" stays: "nausea with vomiting" must not match "Vomiting without nausea".
        let meaningful = expansion.terms.filter { $0 == "with" || !Self.stopWords.contains($0) }
        let slots = (meaningful.isEmpty ? expansion.terms : meaningful).map { term -> TermSet in
          var set = TermSet()
          set.exactTerm = index.term(term)
          return set
        }
        guard !slots.isEmpty, !slots.contains(where: \.isEmpty) else { continue }
        alternatives.append(
          QueryPlan.Alternative(slots: slots, isLiteral: false, source: expansion.kind.rawValue, phrase: expansion.phrase))
      }
      let isStopWord = span == 1 && Self.stopWords.contains(words[words.startIndex].term)
      concepts.append(QueryPlan.Concept(wordCount: span, isOptional: isStopWord, alternatives: alternatives))
    }
    return QueryPlan(concepts: concepts)
  }

  /// Calls `body` with each run of a query's words that a plan makes one concept, in order: from
  /// each word, the longest run the terminology has an equivalent for (one word when it has none),
  /// with the equivalents of runs starting there (those of that length are the run's).
  private func forEachRun(of tokens: [Token], _ body: (_ run: Range<Int>, _ expansions: [Expansion]) -> Void) {
    var start = 0
    while start < tokens.count {
      let expansions = lexicon.expansions(of: tokens[start...])
      let span = expansions.reduce(1) { max($0, $1.matchedCount) }
      body(start..<(start + span), expansions)
      start += span
    }
  }

  /// The query with each run of words that has an equivalent of several words written out as that
  /// equivalent (`HCV` as `Hepatitis C virus`), or `nil` when no run has one: what a lookup that
  /// found no code tries next, so that the codes with most of the equivalent's words come back.
  /// - Parameter tokens: The analyzed query.
  /// - Returns: The text to analyze and look up instead, and whether its last words are an
  ///   equivalent (complete words, not a word being typed).
  func spelledOut(_ tokens: [Token]) -> (text: String, endsWithEquivalent: Bool)? {
    var parts: [String] = []
    var isSpelledOut = false, endsWithEquivalent = false
    forEachRun(of: tokens) { run, expansions in
      let equivalent = expansions.first { $0.matchedCount == run.count && $0.terms.count > 1 }
      if let equivalent { parts.append(equivalent.phrase) } else { parts += tokens[run].map(\.text) }
      isSpelledOut = isSpelledOut || equivalent != nil
      endsWithEquivalent = equivalent != nil
    }
    return isSpelledOut ? (parts.joined(separator: " "), endsWithEquivalent) : nil
  }

  /// The words of a query as typed, separated by spaces (a loop: the generic `joined` costs more
  /// than the rest of planning a short query).
  private static func phrase(_ words: ArraySlice<Token>) -> String {
    var phrase = ""
    for word in words {
      if !phrase.isEmpty { phrase += " " }
      phrase += word.text
    }
    return phrase
  }

  /// The terms one query word accepts: itself; its completions when it is being typed or is not a
  /// word of the dictionary (an abbreviated word such as `diab`); and, when the word is not itself
  /// a term (a correctly spelled word's neighbours are other words, not what was meant), from five
  /// letters the terms within one typo (two from nine letters), the first letter kept. A word that
  /// is a known abbreviation (`completes` false) never completes.
  func termSet(for token: Token, isLast: Bool, completes mayComplete: Bool = true) -> TermSet {
    var set = TermSet()
    let term = token.term
    let mayHaveCompletions = token.kind == .word || token.kind == .shorthand || token.kind == .code
    // The word being typed always completes: its exact term comes with its completions.
    if mayHaveCompletions && mayComplete && isLast {
      (set.exactTerm, set.prefixRange) = index.termAndCompletions(term)
    } else {
      set.exactTerm = index.term(term)
    }
    guard mayHaveCompletions else { return set }
    let length = term.utf8.count
    let completes = mayComplete && (isLast || (set.exactTerm == nil && length >= 3))
    if completes && !isLast { set.prefixRange = index.terms(withPrefix: term) }
    guard token.kind == .word, length >= 5, set.exactTerm == nil else { return set }
    let distance = length >= 9 ? 2 : 1
    for match in index.fuzzyTerms(term, maxDistance: distance, prefix: completes)
    where match.term != set.exactTerm && !set.prefixRange.contains(match.term) && match.distance > 0 {
      set.terms[match.term] = .typo(match.distance)
    }
    return set
  }
}
