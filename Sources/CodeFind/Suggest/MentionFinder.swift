/// Finds the conditions a record names, sentence by sentence: splits each sentence into runs of
/// words between triggers, filler and punctuation, chooses a code for each run (or for the parts
/// of it that a code explains), and gives each mention the assertion of its context.
struct MentionFinder {
  private let text: String
  private let units: [UInt16]
  private let tokens: [Token]
  private let index: IndexReader
  private let lexicon: Lexicon
  private var chooser: CodeChooser
  private let history: HistoryCodes
  private let sections: NoteSections
  /// Whether each token may be part of a mention: known to the index, its terminology or within a
  /// typo of it, and neither filler nor a section header. Decided for the tokens of the sentences
  /// read (``classifyWords(in:)``), not for those of the sections skipped (medications).
  private var isCandidateWord: [Bool]
  /// Whether a word that is not a term is within a typo of one, by word: asked once per word.
  private var isCorrectable: [String: Bool] = [:]

  /// The mentions found so far, in text order.
  private(set) var mentions: [Mention] = []
  /// Whether the sentence being read is in an assessment section.
  private var inAssessment = false
  /// Which codes may be chosen for this record (``CodePolicy``).
  private let policy: CodePolicy

  /// Whether the record has an assessment section (then symptoms elsewhere are not reported).
  var hasAssessment: Bool { sections.hasAssessment }

  /// How many words before and after a mention may supply its details.
  private static let contextWindow = 6

  /// The words within ``contextWindow`` of a run, not across a semicolon.
  private func nearby(_ run: Range<Int>, in sentence: Range<Int>) -> Range<Int> {
    var lower = run.lowerBound, upper = run.upperBound
    while lower > sentence.lowerBound, run.lowerBound - lower < Self.contextWindow, !hasSemicolon(lower - 1, lower) { lower -= 1 }
    while upper < sentence.upperBound, upper - run.upperBound < Self.contextWindow, !hasSemicolon(upper - 1, upper) { upper += 1 }
    return lower..<upper
  }

  private func hasSemicolon(_ left: Int, _ right: Int) -> Bool {
    let lower = tokens[left].utf16Range.upperBound, upper = tokens[right].utf16Range.lowerBound
    return lower < upper && units[lower..<upper].contains(0x3B)
  }

  /// The longest run whose words are looked up one by one when no code explains the whole run.
  private static let longestRunSplitIntoWords = 5

  /// The most tokens one chosen mention may span.
  private static let maximumRun = 12

  /// Prepares the search of one record.
  /// - Parameters:
  ///   - text: The record.
  ///   - tokens: Its tokens (``Analyzer``).
  ///   - search: The lookup over the index.
  ///   - profiles: The codes and phrases read so far, shared between suggestions.
  ///   - systems: The systems to suggest from.
  init(text: String, tokens: [Token], search: CodeSearch, profiles: CodeProfiles, systems: Set<CodeSystem.ID>) {
    self.text = text
    units = Array(text.utf16)
    self.tokens = tokens
    index = search.index
    lexicon = search.lexicon
    chooser = CodeChooser(search: search, profiles: profiles, systems: systems)
    history = HistoryCodes(index: search.index)
    let sections = NoteSections(units: units)
    self.sections = sections
    policy = CodePolicy(tokens: tokens)
    isCandidateWord = Array(repeatElement(false, count: tokens.count))
  }

  /// Finds the mentions of every sentence.
  /// - Parameters:
  ///   - sentences: The record's sentences (``SentenceSplitter``).
  ///   - rules: The assertion triggers.
  ///   - isCancelled: Asked before each sentence; `true` stops the search.
  mutating func find(in sentences: [Sentence], rules: ContextRules, until isCancelled: () -> Bool) {
    var first = 0
    for sentence in sentences {
      if isCancelled() { return }
      while first < tokens.count, tokens[first].utf16Range.lowerBound < sentence.utf16Range.lowerBound { first += 1 }
      var end = first
      while end < tokens.count, tokens[end].utf16Range.lowerBound < sentence.utf16Range.upperBound { end += 1 }
      defer { first = end }
      guard first < end else { continue }
      let base: SentenceContext.Scope
      // A sentence that starts with a header belongs to the header's section.
      let kind = sections.kind(at: sentence.utf16Range.upperBound - 1)
      switch kind {
      case .ignored: continue
      case .preoperative where sections.hasDistinctPostoperative: continue
      case .family: base = .assertion(.family)
      case .history: base = .assertion(.history)
      case .clinical, .assessment, .preoperative: base = .assertion(.present)
      }
      let context = SentenceContext(tokens: tokens[first..<end], units: units, base: base, rules: rules)
      inAssessment = kind == .assessment || kind == .preoperative
      classifyWords(in: first..<end)
      findMentions(in: first..<end, context: context)
    }
  }

  /// The mentions of one sentence: runs of candidate words in one scope, each explained by codes.
  private mutating func findMentions(in sentence: Range<Int>, context: SentenceContext) {
    let wordTerms = self.wordTerms(in: sentence, context: context)
    let all = wordTerms.reduce(into: Set<Int>()) { $0.formUnion($1) }
    let specifiers = sentence.filter { position in
      !context.isTrigger[position - sentence.lowerBound] && MentionWords.specifiers.contains(tokens[position].term)
    }
    var start = sentence.lowerBound
    while start < sentence.upperBound {
      guard isCandidateWord[start], !context.isTrigger[start - sentence.lowerBound] else {
        start += 1
        continue
      }
      let scope = context.scopes[start - sentence.lowerBound]
      var end = start + 1
      while end < sentence.upperBound, isCandidateWord[end], !context.isTrigger[end - sentence.lowerBound],
        context.scopes[end - sentence.lowerBound] == scope, !isSeparated(end - 1, end)
      {
        end += 1
      }
      if case .assertion(let assertion) = scope {
        // Details come from the words near the mention in its own scope, up to a semicolon:
        // laterality, acuity, stage, site (`Cellulitis, right lower leg`).
        var inScope = Set<Int>()
        for position in nearby(start..<end, in: sentence) where context.scopes[position - sentence.lowerBound] == scope {
          inScope.formUnion(wordTerms[position - sentence.lowerBound])
        }
        let terms = SentenceTerms(inScope: inScope, outOfScope: all.subtracting(inScope))
        explain(start..<end, assertion: assertion, contextTerms: terms, specifiers: specifiers, depth: 0)
      }
      start = end
    }
  }

  /// Chooses codes for a run of words: the code that explains most of it, then the rest of the run
  /// in the same way; when no code explains the whole of a longer run, its words one by one.
  /// - Parameters:
  ///   - contextTerms: The terms of the run's sentence, in and out of the run's scope.
  ///   - specifiers: The positions of the sentence's words that make a code more specific
  ///     (``MentionWords/specifiers``), triggers excepted: those outside the run are looked up with it.
  private mutating func explain(
    _ run: Range<Int>, assertion: Assertion, contextTerms: SentenceTerms, specifiers: [Int], depth: Int
  ) {
    let trimmed = trim(run)
    // A run of qualifiers only (`left`) or of numbers only (`2.1`, `102`) names no condition: it
    // is not looked up (`stage 4` is, for the condition its sentence names).
    guard !trimmed.isEmpty, depth < 4, trimmed.contains(where: { !MentionWords.qualifiers.contains(tokens[$0].term) }),
      trimmed.contains(where: { tokens[$0].kind != .number })
    else { return }
    guard trimmed.count <= Self.maximumRun else {
      let middle = trimmed.lowerBound + trimmed.count / 2
      explain(trimmed.lowerBound..<middle, assertion: assertion, contextTerms: contextTerms, specifiers: specifiers, depth: depth + 1)
      explain(middle..<trimmed.upperBound, assertion: assertion, contextTerms: contextTerms, specifiers: specifiers, depth: depth + 1)
      return
    }
    let words = tokens[trimmed]
    let extraQuery = specifiers.filter { !trimmed.contains($0) }.map { tokens[$0].text }
    let policy = self.policy
    // A past procedure no condition code names (`s/p CABG`) leaves a status that is reported.
    let condition = chooser.choose(words, in: text, context: contextTerms, extraQuery: extraQuery, accepts: { policy.accepts($0) })
    let status =
      condition == nil && assertion == .history
      ? chooser.chooseStatus(words, in: text, context: contextTerms, accepts: CodePolicy.isProcedureStatus) : nil
    guard let choice = condition ?? status else {
      // A long run that no code explains is narrative, not a list of conditions: its words are not
      // looked up one by one.
      guard trimmed.count > 1, trimmed.count <= Self.longestRunSplitIntoWords else { return }
      for position in trimmed {
        explain(position..<(position + 1), assertion: assertion, contextTerms: contextTerms, specifiers: specifiers, depth: depth + 1)
      }
      return
    }
    record(choice, words: trimmed, assertion: assertion, isStatus: status != nil)
    // The words the code left unexplained may name other conditions.
    var rest = trimmed.lowerBound
    while rest < trimmed.upperBound {
      guard !choice.covered[rest - trimmed.lowerBound] else {
        rest += 1
        continue
      }
      var restEnd = rest + 1
      while restEnd < trimmed.upperBound, !choice.covered[restEnd - trimmed.lowerBound] { restEnd += 1 }
      explain(rest..<restEnd, assertion: assertion, contextTerms: contextTerms, specifiers: specifiers, depth: depth + 1)
      rest = restEnd
    }
  }

  /// Records the mention of a choice; a family or history mention leads to its history code.
  /// - Parameter isStatus: Whether the choice is the status a past procedure left
  ///   (``CodeChooser/chooseStatus(_:in:context:accepts:)``): reported, as history.
  private mutating func record(_ choice: CodeChoice, words: Range<Int>, assertion: Assertion, isStatus: Bool) {
    var ordinal = choice.ordinal
    // "History of hypertension" is hypertension the patient still has.
    let assertion = assertion == .history && history.isChronic(choice.ordinal) ? .present : assertion
    var isReportable = assertion == .present || isStatus
    if assertion == .family || assertion == .history,
      let historyCode = history.code(for: choice.ordinal, assertion: assertion)
    {
      ordinal = historyCode
      isReportable = true
    }
    // One span per run of matched words; stop words between two matched words join them
    // ("shortness of breath").
    var evidence: [Range<Int>] = []
    var lastMatched: Int?
    for position in words where choice.covered[position - words.lowerBound] {
      let range = tokens[position].utf16Range
      let joins = lastMatched.map { last in
        (last + 1..<position).allSatisfy { QueryPlanner.stopWords.contains(tokens[$0].term) }
      } ?? false
      if joins, let last = evidence.last {
        evidence[evidence.count - 1] = last.lowerBound..<range.upperBound
      } else {
        evidence.append(range)
      }
      lastMatched = position
    }
    mentions.append(
      Mention(
        ordinal: ordinal, assertion: assertion, isReportable: isReportable, inAssessment: inAssessment, evidence: evidence,
        score: choice.score(words: words.filter { !QueryPlanner.stopWords.contains(tokens[$0].term) }.count)))
  }

  /// The run without the stop words at its ends (`with pneumonia` → `pneumonia`).
  private func trim(_ run: Range<Int>) -> Range<Int> {
    var lower = run.lowerBound, upper = run.upperBound
    while lower < upper, QueryPlanner.stopWords.contains(tokens[lower].term) { lower += 1 }
    while upper > lower, QueryPlanner.stopWords.contains(tokens[upper - 1].term) { upper -= 1 }
    return lower..<upper
  }

  /// The terms of each word of a sentence with their equivalents; none for trigger words.
  private func wordTerms(in sentence: Range<Int>, context: SentenceContext) -> [Set<Int>] {
    sentence.map { position in
      var terms = Set<Int>()
      guard !context.isTrigger[position - sentence.lowerBound], isCandidateWord[position] else { return terms }
      if let term = index.term(tokens[position].term) { terms.insert(term) }
      for expansion in lexicon.expansions(of: tokens[position..<sentence.upperBound]) {
        terms.formUnion(expansion.terms.compactMap(index.term))
      }
      return terms
    }
  }

  /// Whether punctuation that ends a mention (`,` `;` `:` `.` `/`) stands between two tokens; the
  /// period of an initial (`E. coli`) does not.
  private func isSeparated(_ left: Int, _ right: Int) -> Bool {
    let lower = tokens[left].utf16Range.upperBound, upper = tokens[right].utf16Range.lowerBound
    guard lower < upper else { return false }
    let isInitial = tokens[left].utf16Range.count == 1
    return units[lower..<upper].contains { unit in
      [0x2C, 0x3B, 0x3A, 0x2F, 0x0A].contains(unit) || (unit == 0x2E && !isInitial)
    }
  }

  /// Decides which tokens of a sentence may be part of a mention (``isCandidateWord``).
  private mutating func classifyWords(in sentence: Range<Int>) {
    for position in sentence {
      isCandidateWord[position] = !sections.isHeader(tokens[position].utf16Range) && isKnown(position)
    }
  }

  /// Whether a token may be part of a mention, header words aside.
  private mutating func isKnown(_ position: Int) -> Bool {
    let token = tokens[position]
    if MentionWords.filler.contains(token.term) || MentionWords.filler.contains(token.text) { return false }
    if token.kind == .number { return true }
    if index.term(token.term) != nil { return true }
    if !lexicon.expansions(of: tokens[position...]).isEmpty { return true }
    let length = token.term.utf8.count
    guard token.kind == .word, length >= MentionTerms.shortestCorrectedWord else { return false }
    if let known = isCorrectable[token.term] { return known }
    let correctable = !index.fuzzyTerms(token.term, maxDistance: length >= 9 ? 2 : 1, prefix: false).isEmpty
    isCorrectable[token.term] = correctable
    return correctable
  }
}
