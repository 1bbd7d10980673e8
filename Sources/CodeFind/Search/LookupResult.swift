/// The answer to a lookup: the ranked codes and the time it took.
public struct LookupResult: Sendable, Hashable {
  /// One result: a code with its official title and billable flag.
  public struct Item: Sendable, Hashable {
    /// The code's ordinal in the index.
    public var ordinal: Int
    /// The code in its system's display form (`E11.40`).
    public var code: String
    /// The code's system.
    public var system: CodeSystem.ID
    /// The official title.
    public var title: String
    /// Whether the code may be reported as it is.
    public var isBillable: Bool
    /// The relevance score: higher is better; comparable within one lookup only.
    public var score: Double
    /// The UTF-16 ranges of the title's words that matched the query, when asked for (``LookupOptions/highlight``).
    public var highlights: [Range<Int>]
    /// Why the result ranks where it does, when asked for.
    public var explanation: LookupExplanation?
  }

  /// The results, best first.
  public var items: [Item]
  /// The time spent on the lookup, in microseconds.
  public var elapsedMicros: Int
}

/// Why a result ranks where it does: the ranking criteria in the order they are compared.
public struct LookupExplanation: Sendable, Hashable, CustomStringConvertible {
  /// How the result was found: `code` (the query was a code or code prefix) or `words`.
  public var matchedBy: String
  /// The query words this result matched, out of all.
  public var wordsMatched: Int
  /// The number of query words.
  public var wordsInQuery: Int
  /// The total edit distance of typo-corrected words.
  public var typos: Int
  /// How many words matched only as a prefix or through terminology instead of exactly.
  public var looseMatches: Int
  /// Whether the query is exactly the essential words of one of the code's phrases (its default
  /// meaning: `hypertension` for I10).
  public var isEssentialPhrase: Bool
  /// How far apart and out of order the matched words are in the title (0: adjacent, in order).
  public var proximity: Int
  /// How many words matched outside the title (inclusion terms, index entries).
  public var outsideTitle: Int
  /// Title words the query did not ask for ("unspecified" not counted).
  public var extraTitleWords: Int
  /// How each query word matched: the term found and how (`exact`, `prefix`, `typo 1`, `synonym` …).
  public var matches: [String]

  public var description: String {
    "words \(wordsMatched)/\(wordsInQuery), typos \(typos), loose \(looseMatches), "
      + (isEssentialPhrase ? "essential phrase, " : "") + "proximity \(proximity), "
      + "outside title \(outsideTitle), extra words \(extraTitleWords); " + matches.joined(separator: ", ")
  }
}
