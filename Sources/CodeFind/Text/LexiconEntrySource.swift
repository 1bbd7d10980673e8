/// Where a ``Lexicon`` finds its phrase-to-equivalent entries: a table in memory
/// (``LexiconTable``, when the lexicon is built from the terminology files) or the terminology
/// section of an index file, read in place and decoded only for the words looked up.
protocol LexiconEntrySource: Sendable {
  /// The entries whose phrase starts with `first` (a term, or a folded spelling for abbreviations)
  /// and has at most `keyPartsAtMost` words, longest phrases first, then in source order; empty when
  /// none does. Longer phrases cannot match the words left in a query, and are not decoded.
  /// - Parameters:
  ///   - first: The first term or spelling of the phrases wanted.
  ///   - keyPartsAtMost: The most words a phrase wanted has.
  func entries(startingWith first: String, keyPartsAtMost: Int) -> [Lexicon.Entry]

  /// Every entry, by first key in UTF-8 byte order, then in the order of
  /// ``entries(startingWith:keyPartsAtMost:)``.
  var allEntries: [Lexicon.Entry] { get }

  /// The number of entries.
  var entryCount: Int { get }
}
