/// Suggests the codes a careful coder would assign from a clinical record (an assessment and plan,
/// a discharge summary, an ED or operative note), with the words that justify each, and without
/// the conditions the record denies (design.md, "Suggestion from record text").
///
/// ```swift
/// let suggester = CodeSuggester(index: try IndexStore.open())
/// let result = suggester.suggest("A/P: T2DM with peripheral neuropathy. Denies chest pain.")
/// for item in result.items { print(item.code, item.assertion, item.evidence.map(\.text)) }
/// // E11.42 present ["T2DM", "peripheral neuropathy"]
/// ```
///
/// How: the record is split into sentences and tokens (UTF-16 offsets); assertion triggers
/// (`denies`, `possible`, `history of`, `mother had`, `return if` …) and their scopes are found in
/// each sentence; the words between triggers, filler and punctuation are looked up
/// (``CodeSearch``: abbreviations, typos, word order, inclusion and index terms) and the candidate
/// whose title or inclusion term the words support entirely, most specifically, is chosen (the
/// unspecified code when the record gives no detail; laterality, acuity, stage and encounter from
/// the rest of the sentence); family and past conditions lead to their history codes; linked
/// conditions to combination codes (``CombinationCodes``); one item per code.
///
/// A `CodeSuggester` is immutable and `Sendable`: share one between threads.
public struct CodeSuggester: Sendable {
  /// The lookup the suggestions are built on.
  public let search: CodeSearch
  private let analyzer = Analyzer()
  private let splitter = SentenceSplitter()
  private let rules = ContextRules.standard
  private let profiles: CodeProfiles

  /// Prepares suggestions over an index (microseconds: the terminology is read in place).
  ///
  /// The suggester keeps the codes and phrases it reads for later suggestions: the first record
  /// pays for reading them, later ones mostly do not.
  /// - Parameter index: An open index.
  public init(index: IndexReader) {
    self.init(search: CodeSearch(index: index))
  }

  /// Prepares suggestions on a lookup that is already open, sharing its terminology (a server
  /// that looks codes up and suggests them reads it once).
  /// - Parameter search: The lookup of an open index.
  public init(search: CodeSearch) {
    self.search = search
    profiles = CodeProfiles(index: search.index, lexicon: search.lexicon)
  }

  /// Suggests codes for a record.
  /// - Parameters:
  ///   - text: The record: any text, with or without section headers (`Family history:`,
  ///     `Medications:`, whose sections are read accordingly).
  ///   - options: The limit, systems, and which items to return (``SuggestOptions/Items``).
  ///   - isCancelled: Asked before each sentence; once it returns `true`, the remaining sentences
  ///     are skipped and the result is partial (a caller that cancels discards it).
  /// - Returns: One item per code, best first: the items that `options.items` admits (by default
  ///   those a coder would report, ``SuggestionResult/Item/isReportable``), at most `options.limit`
  ///   of them. Evidence offsets are UTF-16 offsets into `text`.
  /// - Complexity: Linear in the length of the record, times a lookup per run of condition words.
  public func suggest(
    _ text: String, options: SuggestOptions = SuggestOptions(), isCancelled: () -> Bool = { false }
  ) -> SuggestionResult {
    let start = CodeSearch.now()
    let tokens = analyzer.analyze(text)
    let systems = options.systems.isEmpty ? [CodeSystem.ID.icd10cm] : options.systems
    var finder = MentionFinder(text: text, tokens: tokens, search: search, profiles: profiles, systems: systems)
    finder.find(in: splitter.sentences(in: text), rules: rules, until: isCancelled)
    // Symptoms are reported from the diagnoses only, when the record has them: a symptom of the
    // history or the review of systems is explained by the diagnosis (or is not a problem).
    let hasAssessment = finder.hasAssessment
    let stated = finder.mentions.filter { mention in
      !hasAssessment || mention.inAssessment || mention.assertion != .present
        || profiles.code(mention.ordinal)?.key.first != "R"
    }
    let mentions = CombinationCodes(index: search.index).apply(to: stated)
    var items = merge(mentions, in: text).filter(options.items.admits)
    items.sort { ($0.isReportable ? 1 : 0, $0.score) > ($1.isReportable ? 1 : 0, $1.score) }
    return SuggestionResult(items: Array(items.prefix(options.limit)), elapsedMicros: Int((CodeSearch.now() - start) / 1000))
  }

  /// One item per code: the mentions of a code merged (present wins over every other assertion,
  /// the best score kept, evidence united); an unspecified code dropped when a more specific code
  /// of its category is reported for the same words or the same category.
  private func merge(_ mentions: [Mention], in text: String) -> [SuggestionResult.Item] {
    var order: [Int] = []
    var byCode: [Int: Mention] = [:]
    for mention in mentions {
      guard var merged = byCode[mention.ordinal] else {
        byCode[mention.ordinal] = mention
        order.append(mention.ordinal)
        continue
      }
      if mention.isReportable && !merged.isReportable || Self.precedence(mention.assertion) > Self.precedence(merged.assertion) {
        merged.assertion = mention.assertion
        merged.isReportable = mention.isReportable || merged.isReportable
      }
      merged.score = max(merged.score, mention.score)
      merged.evidence = Array(Set(merged.evidence + mention.evidence)).sorted { $0.lowerBound < $1.lowerBound }
      byCode[mention.ordinal] = merged
    }
    let codes = order.compactMap { ordinal in
      byCode[ordinal].flatMap { mention in
        search.index.code(at: ordinal).map { code in (code, mention, unspecific: code.title.lowercased().contains("unspecified")) }
      }
    }
    return codes.compactMap { code, mention, unspecific in
      let category = code.key.prefix(3)
      let superseded =
        unspecific && mention.isReportable
        && codes.contains { other, otherMention, otherUnspecific in
          other.ordinal != code.ordinal && other.key.hasPrefix(category) && otherMention.isReportable && !otherUnspecific
        }
      guard !superseded else { return nil }
      let evidence = mention.evidence.compactMap { range in
        text.utf16Slice(range).map { SuggestionResult.Evidence(utf16Range: range, text: String($0)) }
      }
      return SuggestionResult.Item(
        code: code.display, system: code.system, title: code.title, score: (mention.score * 1000).rounded() / 1000,
        assertion: mention.assertion, isReportable: mention.isReportable, evidence: evidence)
    }
  }

  /// Which assertion an item of several mentions keeps: present first, then the most certain.
  private static func precedence(_ assertion: Assertion) -> Int {
    switch assertion {
    case .present: 5
    case .history: 4
    case .family: 3
    case .possible: 2
    case .negated: 1
    }
  }
}
