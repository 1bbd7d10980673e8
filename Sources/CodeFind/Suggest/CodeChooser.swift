/// Chooses the code that a run of words of a record names: candidates from the lookup, then the
/// candidate whose title or inclusion term the words (and the rest of their sentence) support
/// entirely, explaining the most words, most specifically.
///
/// One chooser serves one ``CodeSuggester/suggest(_:options:isCancelled:)`` call: it keeps the lookups and
/// code phrases already read, since a record names the same conditions again and again.
struct CodeChooser {
  private let search: CodeSearch
  private let planner: QueryPlanner
  private let profiles: CodeProfiles
  private var lookups: RecordLookups
  /// The terms each word of the record accepts by itself, by token position: computed once per
  /// word, whichever runs the word is part of.
  private var wordTerms: [Int: TermSet] = [:]

  /// The most lookup results considered for one mention.
  static let candidateCount = 40

  /// Prepares choices.
  /// - Parameters:
  ///   - search: The lookup over the index.
  ///   - profiles: The codes and phrases read so far, shared between suggestions.
  ///   - systems: The systems to choose from.
  init(search: CodeSearch, profiles: CodeProfiles, systems: Set<CodeSystem.ID>) {
    self.search = search
    self.profiles = profiles
    planner = QueryPlanner(index: search.index, lexicon: search.lexicon)
    lookups = RecordLookups(search: search, options: LookupOptions(limit: Self.candidateCount, systems: systems))
  }

  /// The words a mention accepts.
  private mutating func terms(of tokens: ArraySlice<Token>) -> MentionTerms {
    let sets = tokens.map { token in
      if let known = wordTerms[token.position] { return known }
      // Running text is not typed as a query: no completions, and typo corrections only for
      // longer words (a record's "liters" or "trace" is not a misspelled disease).
      var set = planner.termSet(for: token, isLast: false, completes: false)
      if token.term.utf8.count < MentionTerms.shortestCorrectedWord { set.terms = [:] }
      wordTerms[token.position] = set
      return set
    }
    return MentionTerms(tokens, wordTerms: sets, lexicon: search.lexicon, index: search.index)
  }

  /// The best code for some words of a record, or `nil` when no code's phrase is supported.
  /// - Parameters:
  ///   - tokens: The words: contiguous tokens of one sentence.
  ///   - text: The record.
  ///   - context: The terms of the mention's sentence: what the words in the mention's own scope
  ///     support (laterality, acuity, stage written elsewhere in it), and every word of it (`without
  ///     aura` is negated, yet says which migraine).
  ///   - extraQuery: Context words to look up together with the mention's own (`left`, `acute`).
  ///   - accepts: Which codes may be chosen.
  mutating func choose(
    _ tokens: ArraySlice<Token>, in text: String, context: SentenceTerms, extraQuery: [String],
    accepts: (IndexedCode) -> Bool
  ) -> CodeChoice? {
    guard let words = Self.words(of: tokens, in: text) else { return nil }
    let mention = terms(of: tokens)
    var candidates = lookups.ordinals(of: words)
    // The context words find the codes of the words' detail (`left`, `acute`) that their own
    // lookup ranked too low. When that lookup was not cut off by the limit, it holds every code
    // of the words already, and the context words would add none that the words name.
    if !extraQuery.isEmpty, candidates.count >= Self.candidateCount {
      for ordinal in lookups.ordinals(of: ([words] + extraQuery).joined(separator: " ")) where !candidates.contains(ordinal) {
        candidates.append(ordinal)
      }
    }
    var best = bestChoice(among: candidates, mention: mention, context: context, accepts: accepts)
    // A sibling of the choice may fit better (the left breast where the lookup ranked the
    // unspecified one): the choice's parent and grandparent are searched as well.
    var ancestor = best.flatMap { profiles.code($0.ordinal)?.parent }
    for _ in 0..<2 {
      guard let current = ancestor, let code = profiles.code(current), code.key.count >= 3 else { break }
      if let choice = evaluate(current, mention: mention, context: context), let chosen = profiles.code(choice.ordinal),
        accepts(chosen), best.map({ choice.isBetter(than: $0) }) ?? true
      {
        best = choice
      }
      ancestor = code.parent
    }
    return best
  }

  /// The status code of a procedure that a record says the patient had (`s/p CABG` → Z95.1,
  /// Presence of aortocoronary bypass graft; `history of PCI` → Z98.61, Coronary angioplasty
  /// status): the codes found with the words and a status word (``statusWords``), whose phrase
  /// the words support once the status word is taken as written.
  /// - Parameters:
  ///   - tokens: The words: contiguous tokens of one sentence, in a past scope.
  ///   - text: The record.
  ///   - context: The terms of the mention's sentence.
  ///   - accepts: Which codes may be chosen: status codes.
  mutating func chooseStatus(
    _ tokens: ArraySlice<Token>, in text: String, context: SentenceTerms, accepts: (IndexedCode) -> Bool
  ) -> CodeChoice? {
    guard let words = Self.words(of: tokens, in: text) else { return nil }
    let mention = terms(of: tokens)
    var candidates: [Int] = []
    for statusWord in Self.statusWords {
      for ordinal in lookups.ordinals(of: "\(statusWord) \(words)") where !candidates.contains(ordinal) {
        candidates.append(ordinal)
      }
    }
    var statusContext = context
    statusContext.inScope.formUnion(Self.statusWords.compactMap(search.index.term))
    return bestChoice(among: candidates, mention: mention, context: statusContext, accepts: accepts)
  }

  /// The words the status codes of ICD-10-CM name a lasting state with ("Presence of
  /// aortocoronary bypass graft", "Coronary angioplasty status").
  private static let statusWords = ["presence", "status"]

  /// The text of a mention's words, or `nil` when they are too many to be one mention.
  private static func words(of tokens: ArraySlice<Token>, in text: String) -> String? {
    guard let first = tokens.first, let last = tokens.last, tokens.count <= MentionTerms.longestMention,
      let words = text.utf16Slice(first.utf16Range.lowerBound..<last.utf16Range.upperBound)
    else { return nil }
    return String(words)
  }

  /// The best choice among lookup candidates and their ancestors (``withAncestors(_:)``).
  private mutating func bestChoice(
    among candidates: [Int], mention: MentionTerms, context: SentenceTerms, accepts: (IndexedCode) -> Bool
  ) -> CodeChoice? {
    var best: CodeChoice?
    for ordinal in withAncestors(candidates) {
      guard let choice = evaluate(ordinal, mention: mention, context: context), let code = profiles.code(choice.ordinal),
        accepts(code)
      else { continue }
      if best.map({ choice.isBetter(than: $0) }) ?? true { best = choice }
    }
    return best
  }

  /// How a candidate fits the mention, with the billable code it leads to: a billable code's
  /// best phrase; for a header whose phrase the words support, its most specific child that they
  /// support too (laterality, encounter, stage), or its default child when no child adds a
  /// supported detail.
  private mutating func evaluate(_ ordinal: Int, mention: MentionTerms, context: SentenceTerms, depth: Int = 0) -> CodeChoice? {
    guard let code = profiles.code(ordinal) else { return nil }
    var sources = [ordinal]
    // A default child is named by its parent's inclusion terms too (E11 "diabetes NOS" → E11.9).
    if code.isBillable, let parent = code.parent, profiles.billableCode(for: parent) == ordinal { sources.append(parent) }
    var own: CodeChoice?
    for source in sources {
      for (index, phrase) in profiles.phrases(source).phrases.enumerated() {
        guard let choice = fit(phrase, mention: mention, context: context, target: ordinal, byTitle: index == 0)
        else { continue }
        if own.map({ choice.isBetter(than: $0) }) ?? true { own = choice }
      }
    }
    guard let own else { return nil }
    if code.isBillable { return own }
    var best: CodeChoice?
    if depth < 4 {
      for child in search.index.children(of: ordinal) {
        guard let choice = evaluate(child, mention: mention, context: context, depth: depth + 1) else { continue }
        if best.map({ choice.isBetter(than: $0) }) ?? true { best = choice }
      }
    }
    if let best { return best }
    guard let target = profiles.billableCode(for: ordinal) else { return nil }
    var fallback = own
    fallback.ordinal = target
    return fallback
  }

  /// The lookup's candidates and, for ICD-10-CM codes, their ancestors below the category, whose
  /// more specific children the mention may support better than the codes the lookup ranked.
  private func withAncestors(_ candidates: [Int]) -> [Int] {
    var result = candidates
    var seen = Set(candidates)
    for ordinal in candidates.prefix(Self.ancestorCandidates) {
      var current = profiles.code(ordinal)
      while let code = current, let parent = code.parent, let parentCode = profiles.code(parent),
        parentCode.system == .icd10cm, parentCode.key.count >= 3
      {
        // An ancestor already added brought its own ancestors too.
        guard seen.insert(parent).inserted else { break }
        result.append(parent)
        current = parentCode
      }
    }
    return result
  }

  /// How many of the best lookup candidates bring their ancestors.
  private static let ancestorCandidates = 8

  /// The fit of one phrase: every required word supported by the mention or its sentence.
  private func fit(_ phrase: CodePhrases.Phrase, mention: MentionTerms, context: SentenceTerms, target: Int, byTitle: Bool)
    -> CodeChoice?
  {
    guard !phrase.required.isEmpty else { return nil }
    var covered: MentionTerms.Words = 0
    var fromContext = 0
    for alternatives in phrase.required {
      var supporting: MentionTerms.Words = 0
      for term in alternatives { supporting |= mention.words(accepting: term) }
      if supporting == 0 {
        guard alternatives.contains(where: context.inScope.contains) else { return nil }
        fromContext += 1
      }
      covered |= supporting
    }
    covered &= mention.contentWords
    guard covered != 0 else { return nil }
    return CodeChoice(
      ordinal: target, covered: (0..<mention.count).map { covered & (1 << $0) != 0 }, specificity: phrase.required.count,
      fromContext: fromContext, byTitle: byTitle, isOther: phrase.isOther,
      absentWritten: phrase.absent.filter(context.outOfScope.contains).count)
  }
}
