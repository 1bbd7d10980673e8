/// Chooses the code that a run of words of a record names: candidates from the lookup, then the
/// candidate whose title or inclusion term the words (and the rest of their sentence) support
/// entirely, explaining the most words, most specifically.
///
/// One chooser serves one ``CodeSuggester/suggest(_:options:)`` call: it keeps the lookups and
/// code phrases already read, since a record names the same conditions again and again.
struct CodeChooser {
  private let search: CodeSearch
  private let planner: QueryPlanner
  private let lookupOptions: LookupOptions
  private let analyzer = Analyzer()
  private var phrases: [Int: CodePhrases] = [:]
  private var lookups: [String: [Int]] = [:]
  private var defaults: [Int: Int?] = [:]

  /// The most lookup results considered for one mention.
  static let candidateCount = 40

  /// Prepares choices.
  /// - Parameters:
  ///   - search: The lookup over the index.
  ///   - systems: The systems to choose from.
  init(search: CodeSearch, systems: Set<CodeSystem.ID>) {
    self.search = search
    planner = QueryPlanner(index: search.index, lexicon: search.lexicon)
    lookupOptions = LookupOptions(limit: Self.candidateCount, systems: systems)
  }

  /// The words a mention accepts.
  func terms(of tokens: ArraySlice<Token>) -> MentionTerms { MentionTerms(tokens, planner: planner) }

  /// The best code for some words of a record, or `nil` when no code's phrase is supported.
  /// - Parameters:
  ///   - tokens: The words: contiguous tokens of one sentence.
  ///   - text: The record.
  ///   - context: Terms the rest of the sentence supports (laterality, acuity, stage written
  ///     elsewhere in it).
  ///   - extraQuery: Context words to look up together with the mention's own (`left`, `acute`).
  mutating func choose(_ tokens: ArraySlice<Token>, in text: String, context: Set<Int>, extraQuery: [String])
    -> CodeChoice?
  {
    guard let first = tokens.first, let last = tokens.last,
      let words = text.utf16Slice(first.utf16Range.lowerBound..<last.utf16Range.upperBound)
    else { return nil }
    let mention = terms(of: tokens)
    var candidates = lookup(String(words))
    if !extraQuery.isEmpty {
      for ordinal in lookup(([String(words)] + extraQuery).joined(separator: " ")) where !candidates.contains(ordinal) {
        candidates.append(ordinal)
      }
    }
    var best: CodeChoice?
    for ordinal in withAncestors(candidates) {
      guard let choice = evaluate(ordinal, mention: mention, context: context) else { continue }
      if best.map({ choice.isBetter(than: $0) }) ?? true { best = choice }
    }
    return best
  }

  /// How a candidate fits the mention, with the billable code it leads to: a billable code's
  /// best phrase; for a header whose phrase the words support, its most specific child that they
  /// support too (laterality, encounter, stage), or its default child when no child adds a
  /// supported detail.
  private mutating func evaluate(_ ordinal: Int, mention: MentionTerms, context: Set<Int>, depth: Int = 0) -> CodeChoice? {
    guard let code = search.index.code(at: ordinal) else { return nil }
    var sources = [ordinal]
    // A default child is named by its parent's inclusion terms too (E11 "diabetes NOS" → E11.9).
    if code.isBillable, let parent = code.parent, billableCode(for: parent) == ordinal { sources.append(parent) }
    var own: CodeChoice?
    for source in sources {
      for (index, phrase) in codePhrases(source).phrases.enumerated() {
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
    guard let target = billableCode(for: ordinal) else { return nil }
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
      var current = search.index.code(at: ordinal)
      while let code = current, let parent = code.parent, let parentCode = search.index.code(at: parent),
        parentCode.system == .icd10cm, parentCode.key.count >= 3
      {
        if seen.insert(parent).inserted { result.append(parent) }
        current = parentCode
      }
    }
    return result
  }

  /// How many of the best lookup candidates bring their ancestors.
  private static let ancestorCandidates = 10

  /// The fit of one phrase: every required word supported by the mention or its sentence.
  private func fit(_ phrase: CodePhrases.Phrase, mention: MentionTerms, context: Set<Int>, target: Int, byTitle: Bool)
    -> CodeChoice?
  {
    guard !phrase.required.isEmpty else { return nil }
    var covered = Array(repeating: false, count: mention.count)
    var fromContext = 0
    for alternatives in phrase.required {
      var found = false
      for offset in 0..<mention.count where alternatives.contains(where: { mention.accepts($0, at: offset) }) {
        covered[offset] = true
        found = true
      }
      if !found {
        guard alternatives.contains(where: context.contains) else { return nil }
        fromContext += 1
      }
    }
    for offset in covered.indices where !mention.isContent[offset] { covered[offset] = false }
    guard covered.contains(true) else { return nil }
    return CodeChoice(
      ordinal: target, covered: covered, specificity: phrase.required.count, fromContext: fromContext, byTitle: byTitle)
  }

  private mutating func lookup(_ query: String) -> [Int] {
    if let known = lookups[query] { return known }
    // A trailing space: the last word is complete, not a prefix being typed.
    let ordinals = search.lookup(query + " ", options: lookupOptions).items.map(\.ordinal)
    lookups[query] = ordinals
    return ordinals
  }

  private mutating func codePhrases(_ ordinal: Int) -> CodePhrases {
    if let known = phrases[ordinal] { return known }
    let read = CodePhrases(ordinal: ordinal, index: search.index, lexicon: search.lexicon, analyzer: analyzer)
    phrases[ordinal] = read
    return read
  }

  /// The code itself when billable, else the default code under a header: the child that adds no
  /// detail (`unspecified`, `without complications`, a `.9` code), or the initial encounter of an
  /// injury, repeatedly; `nil` when there is none.
  private mutating func billableCode(for ordinal: Int) -> Int? {
    if let known = defaults[ordinal] { return known }
    var current = ordinal
    var result: Int?
    for _ in 0..<4 {
      guard let code = search.index.code(at: current) else { break }
      if code.isBillable {
        result = current
        break
      }
      let children = search.index.children(of: current).compactMap { search.index.code(at: $0) }
      let unspecific = children.first { child in
        let title = child.title.lowercased()
        return title.hasSuffix("unspecified") || title.contains(", unspecified") || title.contains("without complication")
          || title.hasPrefix("unspecified")
      }
      guard
        let next = unspecific ?? children.first(where: { $0.key.hasSuffix("9") })
          ?? children.first(where: { $0.title.lowercased().contains("initial encounter") })
      else { break }
      current = next.ordinal
    }
    defaults[ordinal] = result
    return result
  }
}
