/// The terminology layer: which token sequences mean the same as which others.
///
/// Built from medical abbreviations (``Abbreviation``, all expansions of an ambiguous one kept)
/// and CodeFind's own synonyms file (``SynonymRule``: synonyms, lay terms, eponyms, spelling
/// variants, coder shorthand). Phrases are matched on the normalized terms of their tokens
/// (``Token/term``), whole tokens only, so `heart attacks` matches the row `heart attack`;
/// abbreviations match their folded spelling exactly (``Token/text``): `GAD` matches the token
/// `gad`, never a prefix of `gadolinium`, and `AIDS` never matches `aid`. Besides its rows, the lexicon
/// splits letters-and-digits shorthand (`CKD3` → `ckd 3`, and `chronic kidney disease 3`) and
/// applies word-part spelling rewrites (`haemorrhage` → `hemorrhage`).
///
/// ```swift
/// let tokens = analyzer.analyze("lap appy")
/// for start in tokens.indices {
///   for expansion in lexicon.expansions(of: tokens[start...]) { … }
/// }
/// ```
public struct Lexicon: Sendable {
  /// A phrase and one of its equivalents: the unit the index stores, so that a lexicon read from
  /// an index needs neither the terminology files nor the analyzer.
  public struct Entry: Sendable, Hashable {
    /// The phrase's terms, or its tokens' folded spellings when `matchesText`.
    public var key: [String]
    /// Whether the phrase matches tokens by folded spelling (abbreviations) instead of by term.
    public var matchesText: Bool
    /// Whether the phrase is an abbreviation that is also an ordinary word, and expands only when
    /// written in capitals.
    public var requiresCapitals: Bool
    /// The equivalent, with `matchedCount` equal to `key.count`.
    public var expansion: Expansion

    /// Whether the first tokens of `tokens` spell the phrase: each of its key parts equals the
    /// term of the token at its place (or its folded spelling when `matchesText`), and the first
    /// token is in capitals when the entry `requiresCapitals`.
    /// - Parameter tokens: The query's tokens from the phrase's first word on.
    func isSpelled(by tokens: ArraySlice<Token>) -> Bool {
      Self.fits(keyOf: key.count, requiresCapitals: requiresCapitals, tokens)
        && zip(key, tokens).allSatisfy { part, token in Self.spelling(of: token, matchesText: matchesText) == part }
    }

    /// Whether `tokens` can spell a key of `count` parts before its parts are compared: there are
    /// as many tokens at least, and the first is in capitals when the entry requires it.
    static func fits(keyOf count: Int, requiresCapitals: Bool, _ tokens: ArraySlice<Token>) -> Bool {
      guard count <= tokens.count, let first = tokens.first else { return false }
      return !requiresCapitals || first.isAllCaps
    }

    /// The spelling of a token that a key part is compared with: its folded text for an entry
    /// that matches by spelling (abbreviations), else its term.
    static func spelling(of token: Token, matchesText: Bool) -> String {
      matchesText ? token.text : token.term
    }

    /// Creates an entry.
    /// - Parameters:
    ///   - key: The phrase's terms (or folded spellings when `matchesText`).
    ///   - matchesText: Whether the phrase matches by folded spelling.
    ///   - requiresCapitals: Whether it expands only when written in capitals.
    ///   - expansion: The equivalent.
    public init(key: [String], matchesText: Bool, requiresCapitals: Bool, expansion: Expansion) {
      self.key = key
      self.matchesText = matchesText
      self.requiresCapitals = requiresCapitals
      self.expansion = expansion
    }
  }

  /// A word-part spelling rewrite as the synonyms file writes it (`*haem*` → `*hem*`).
  public struct WordPartRewrite: Sendable, Hashable {
    /// The part to replace, with `*` where the word goes on.
    public var source: String
    /// Its replacement.
    public var target: String

    /// Creates a rewrite.
    /// - Parameters:
    ///   - source: The part to replace (`*haem*`).
    ///   - target: The replacement (`*hem*`).
    public init(source: String, target: String) {
      self.source = source
      self.target = target
    }
  }

  /// The entries, by the first term (or spelling) of their phrase, longest phrases first, then in source order.
  private let source: any LexiconEntrySource
  private let rewrites: WordPartRewrites

  /// Every entry, in a stable order (by first key in UTF-8 byte order, then as matched); with
  /// ``wordPartRewrites`` it is the whole lexicon, as ``init(entries:wordPartRewrites:)`` takes it back.
  public var allEntries: [Entry] { source.allEntries }

  /// The word-part spelling rewrites, in the order they apply.
  public let wordPartRewrites: [WordPartRewrite]

  /// The number of phrase-to-equivalent entries (not counting derived splits and rewrites).
  public var entryCount: Int { source.entryCount }

  /// Rebuilds a lexicon from its entries and rewrites, without analyzing any phrase.
  /// - Parameters:
  ///   - entries: The entries, as ``allEntries`` gave them.
  ///   - wordPartRewrites: The rewrites, as ``wordPartRewrites`` gave them.
  /// - Complexity: O(*n*) in the number of entries.
  public init(entries: [Entry], wordPartRewrites: [WordPartRewrite]) {
    self.init(source: LexiconTable(entries), wordPartRewrites: wordPartRewrites)
  }

  /// A lexicon over entries found elsewhere (an index file's terminology section, read in place).
  /// - Parameters:
  ///   - source: Where the entries are.
  ///   - wordPartRewrites: The rewrites; those whose source has no characters between its `*`s are dropped.
  /// - Complexity: O(*r*) in the number of rewrites; no entry is read.
  init(source: any LexiconEntrySource, wordPartRewrites: [WordPartRewrite]) {
    self.source = source
    var rewrites = WordPartRewrites()
    self.wordPartRewrites = wordPartRewrites.filter { rewrites.add(from: $0.source, to: $0.target) }
    self.rewrites = rewrites
  }

  /// Builds a lexicon.
  /// - Parameters:
  ///   - abbreviations: Medical abbreviations, usually from ``AbbreviationImporter``. An
  ///     abbreviation of one character, or one whose folded spelling is in `ordinaryWords`, expands
  ///     only when the text writes it in capitals (`ALL`, not `all`).
  ///   - rules: The rows of the synonyms file (``SynonymFile``); they come before abbreviations
  ///     among equivalents of the same length.
  ///   - ordinaryWords: Folded words that are also abbreviations (`all`, `as`, `it`, `cold`).
  ///   - analyzer: The analyzer that makes the phrases' terms; use the one that analyzes queries.
  /// - Complexity: O(*n*) in the total length of the phrases.
  public init(
    abbreviations: [Abbreviation], rules: [SynonymRule], ordinaryWords: Set<String> = [],
    analyzer: Analyzer = Analyzer()
  ) {
    var seen: Set<[String]> = []
    var grouped: [String: [Entry]] = [:]
    var wordPartRewrites: [WordPartRewrite] = []
    func add(_ source: String, _ target: String, kind: Expansion.Kind, byText: Bool, guarded: ([Token]) -> Bool) {
      let keyTokens = analyzer.analyze(source)
      let terms = analyzer.analyze(target).map(\.term)
      let key = keyTokens.map(byText ? \.text : \.term)
      let keyTerms = keyTokens.map(\.term)
      guard let first = key.first, !terms.isEmpty, terms != keyTerms, seen.insert(keyTerms + ["\t"] + terms).inserted
      else { return }
      let expansion = Expansion(kind: kind, matchedCount: key.count, terms: terms, phrase: target)
      let entry = Entry(key: key, matchesText: byText, requiresCapitals: guarded(keyTokens), expansion: expansion)
      grouped[first, default: []].append(entry)
    }
    for rule in rules {
      if rule.isWordPartRewrite {
        for source in rule.sources {
          wordPartRewrites += rule.targets.map { WordPartRewrite(source: source, target: $0) }
        }
        continue
      }
      for source in rule.sources {
        for target in rule.targets where target != source {
          add(source, target, kind: rule.kind, byText: false, guarded: { _ in false })
        }
      }
    }
    for abbreviation in abbreviations {
      for expansion in abbreviation.expansions {
        add(abbreviation.abbreviation, expansion, kind: .abbreviation, byText: true) { tokens in
          guard tokens.count == 1, let only = tokens.first else { return false }
          return only.text.count == 1 || ordinaryWords.contains(only.text)
        }
      }
    }
    for (first, bucket) in grouped {
      grouped[first] = Self.longestFirst(bucket)
    }
    self.init(source: LexiconTable(grouped: grouped), wordPartRewrites: wordPartRewrites)
  }

  /// Entries by decreasing phrase length, keeping their order among phrases of the same length.
  private static func longestFirst(_ bucket: [Entry]) -> [Entry] {
    (1...(bucket.map(\.key.count).max() ?? 1)).reversed().flatMap { length in bucket.filter { $0.key.count == length } }
  }

  /// Expansions by decreasing matched count, keeping their order among those of the same count.
  private static func longestFirst(_ expansions: [Expansion]) -> [Expansion] {
    (1...(expansions.map(\.matchedCount).max() ?? 1)).reversed().flatMap { count in
      expansions.filter { $0.matchedCount == count }
    }
  }

  /// The equivalents of the token sequences that start at the first of `tokens`.
  ///
  /// Every phrase of the lexicon that matches `tokens` from its start, whole token by whole token,
  /// contributes its equivalents, each equivalent once. A letters-and-digits token that no phrase
  /// matches is split (`copd3` → `copd 3`, and the equivalents of `copd` followed by `3`); a word
  /// also gets its spelling rewrite (`haemorrhage` → `hemorrhage`).
  /// - Parameter tokens: Tokens of one analyzed text, from the position to expand (`tokens[i...]`).
  /// - Returns: The equivalents, longest matches first (``Expansion/matchedCount``), then phrase
  ///   rows before abbreviations, then derived splits and rewrites; empty when nothing matches.
  /// - Complexity: O(*e* · *k*) for the *e* entries starting with the first token's term and phrases
  ///   of up to *k* tokens, plus O(*r* · *m*) for *r* word-part rewrites of a word of length *m*.
  public func expansions(of tokens: ArraySlice<Token>) -> [Expansion] {
    guard let first = tokens.first else { return [] }
    var result: [Expansion] = []
    func add(_ expansion: Expansion) {
      guard !result.contains(where: { $0.matchedCount == expansion.matchedCount && $0.terms == expansion.terms }) else {
        return
      }
      result.append(expansion)
    }
    for entry in source.entries(startingWith: first.term, spelledBy: tokens) { add(entry.expansion) }
    if first.text != first.term {
      let byText = source.entries(startingWith: first.text, spelledBy: tokens)
      for entry in byText { add(entry.expansion) }
      if !byText.isEmpty { result = Self.longestFirst(result) }
    }
    if result.isEmpty, first.kind == .shorthand || first.kind == .code {
      splitExpansions(of: first).forEach(add)
    }
    if first.kind == .word, let word = rewrites.apply(to: first.term) {
      add(Expansion(kind: .spelling, matchedCount: 1, terms: [word], phrase: word))
    }
    return result
  }

  /// `ckd3` → `ckd 3`, plus each single-token equivalent of `ckd` followed by `3`.
  private func splitExpansions(of token: Token) -> [Expansion] {
    let letters = token.text.prefix { $0.isASCII && $0.isLetter }
    let digits = token.text.dropFirst(letters.count)
    guard letters.count >= 2, (1...2).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
      return []
    }
    let number = String(digits)
    var result = [
      Expansion(kind: .shorthand, matchedCount: 1, terms: [String(letters), number], phrase: "\(letters) \(number)")
    ]
    // The letters alone, written as the token is (in capitals or not).
    var lettersToken = token
    lettersToken.text = String(letters)
    lettersToken.term = lettersToken.text
    for entry in source.entries(startingWith: lettersToken.text, spelledBy: [lettersToken]) {
      let expansion = entry.expansion
      result.append(
        Expansion(
          kind: expansion.kind, matchedCount: 1, terms: expansion.terms + [number],
          phrase: "\(expansion.phrase) \(number)"))
    }
    return result
  }
}
