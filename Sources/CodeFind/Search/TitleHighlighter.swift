/// Finds the words of a title that a query matched, for highlighting on a terminal.
struct TitleHighlighter {
  private let wanted: [TermSet]
  private let index: IndexReader
  private let analyzer = Analyzer()

  init(tokens: [Token], index: IndexReader, lexicon: Lexicon) {
    let planner = QueryPlanner(index: index, lexicon: lexicon)
    var sets = tokens.map { planner.termSet(for: $0, isLast: $0.position == tokens.count - 1) }
    for start in tokens.indices {
      for expansion in lexicon.expansions(of: tokens[start...]) {
        for term in expansion.terms {
          var set = TermSet()
          set.exactTerm = index.term(term)
          sets.append(set)
        }
      }
    }
    wanted = sets
    self.index = index
  }

  /// The UTF-16 ranges of the title's words that match a query word or one of its equivalents.
  func highlights(in title: String) -> [Range<Int>] {
    analyzer.analyze(title).compactMap { token in
      guard let term = index.term(token.term) else { return nil }
      return wanted.contains { $0.match(term) != nil } ? token.utf16Range : nil
    }
  }
}
