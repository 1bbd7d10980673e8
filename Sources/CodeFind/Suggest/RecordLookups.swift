/// The lookups of one record, each done once: a record names the same conditions again and again,
/// not always in the same case or with the same punctuation (`Hypertension`, `hypertension`).
///
/// A lookup's result depends only on the tokens its query is analyzed into (with their order,
/// spelling, shape and capitals, not their offsets) and on its options, so two queries of the same
/// tokens share one lookup. One memo serves one record: it is never stale, and it holds at most a
/// few lookups per run of condition words of the record.
struct RecordLookups {
  private let search: CodeSearch
  private let options: LookupOptions
  private let analyzer = Analyzer()
  private var ordinals: [[Token]: [Int]] = [:]

  /// Prepares the lookups of one record.
  /// - Parameters:
  ///   - search: The lookup over the index.
  ///   - options: The options of every lookup.
  init(search: CodeSearch, options: LookupOptions) {
    self.search = search
    self.options = options
  }

  /// The ordinals of the codes that a query of complete words finds, best first.
  /// - Parameter words: The query; its last word is complete (not a prefix being typed).
  mutating func ordinals(of words: String) -> [Int] {
    let tokens = analyzer.analyze(words)
    let key = tokens.map { token in
      var token = token
      token.utf16Range = 0..<0
      return token
    }
    if let known = ordinals[key] { return known }
    // The last word is complete, not a prefix being typed.
    let found = search.rankedOrdinals(tokens, isTyping: false, options: options)
    ordinals[key] = found
    return found
  }
}

