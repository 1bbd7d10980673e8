/// Where a ``Lexicon`` finds its phrase-to-equivalent entries: a table in memory
/// (``LexiconTable``, when the lexicon is built from the terminology files) or the terminology
/// section of an index file, read in place and decoded only for the words looked up.
protocol LexiconEntrySource: Sendable {
  /// The entries whose phrase the first tokens of `tokens` spell (``Lexicon/Entry/isSpelled(by:)``)
  /// and whose first key is `first` (the first token's term or folded spelling, or a part of it),
  /// longest phrases first, then in source order; empty when none is. The other entries of `first`
  /// (phrases the query does not go on with) are not decoded.
  /// - Parameters:
  ///   - first: The first key of the phrases wanted.
  ///   - tokens: The query's tokens from the phrase's first word on.
  func entries(startingWith first: String, spelledBy tokens: ArraySlice<Token>) -> [Lexicon.Entry]

  /// Every entry, by first key in UTF-8 byte order, then in the order of
  /// ``entries(startingWith:spelledBy:)``.
  var allEntries: [Lexicon.Entry] { get }

  /// The number of entries.
  var entryCount: Int { get }
}
