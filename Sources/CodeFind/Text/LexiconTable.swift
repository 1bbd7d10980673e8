/// The entries of a lexicon held in memory, by the first key of their phrase: how a lexicon built
/// from the terminology files keeps them until the index writer stores them.
struct LexiconTable: LexiconEntrySource {
  private let entriesByFirstKey: [String: [Lexicon.Entry]]

  /// Groups entries by their first key, keeping their order within each group.
  /// - Parameter entries: The entries, each group already longest first; entries without a key are dropped.
  /// - Complexity: O(*n*) in the number of entries.
  init(_ entries: [Lexicon.Entry]) {
    var grouped: [String: [Lexicon.Entry]] = [:]
    grouped.reserveCapacity(entries.count)
    for entry in entries {
      guard let first = entry.key.first else { continue }
      grouped[first, default: []].append(entry)
    }
    self.init(grouped: grouped)
  }

  /// Takes entries already grouped by first key.
  /// - Parameter grouped: The groups, each longest first.
  init(grouped: [String: [Lexicon.Entry]]) {
    entriesByFirstKey = grouped
    entryCount = grouped.values.reduce(0) { $0 + $1.count }
  }

  func entries(startingWith first: String, spelledBy tokens: ArraySlice<Token>) -> [Lexicon.Entry] {
    entriesByFirstKey[first]?.filter { $0.isSpelled(by: tokens) } ?? []
  }

  var allEntries: [Lexicon.Entry] {
    entriesByFirstKey.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.flatMap { entriesByFirstKey[$0] ?? [] }
  }

  let entryCount: Int
}
