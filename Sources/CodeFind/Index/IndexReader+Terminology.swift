extension IndexReader {
  /// The lexicon stored in the index: the equivalents used to expand queries.
  ///
  /// Only the word-part rewrites are decoded here; the entries stay in the file, and each
  /// ``Lexicon/expansions(of:)`` call decodes those of the phrases that start with its first word
  /// (``StoredLexiconEntries``).
  /// - Returns: The lexicon; without entries when the section's bucket table does not fit it, and
  ///   with the rewrites read up to the first damaged one.
  /// - Complexity: O(*r*) in the number of word-part rewrites.
  public func lexicon() -> Lexicon {
    guard let entries = StoredLexiconEntries(index: self) else { return Lexicon(entries: [], wordPartRewrites: []) }
    let rewrites = withSection(.lexicon) { section in
      var result: [Lexicon.WordPartRewrite] = []
      guard let offset = section.uint32(at: 8) else { return result }
      var cursor = Int(offset)
      guard let count = section.varint(at: &cursor) else { return result }
      for _ in 0..<Int(count) {
        guard let source = section.string(inline: &cursor), let target = section.string(inline: &cursor) else { break }
        result.append(Lexicon.WordPartRewrite(source: source, target: target))
      }
      return result
    }
    return Lexicon(source: entries, wordPartRewrites: rewrites)
  }

  /// The alphabetic-index entries stored in the index.
  /// - Returns: The entries; empty when the section fails its checksum: a damaged varint would put
  ///   the rest of the stream out of step, and string references read out of step can name megabytes
  ///   of the string heap each, thousands of times over.
  /// - Complexity: O(*n*) in the size of the section.
  public func indexTerms() -> [IndexTerm] {
    let systems = systems
    let kinds: [IndexTerm.Reference] = [.see, .use, .code]
    guard isIntact(.indexTerms) else { return [] }
    return withSection(.indexTerms) { section, strings in
      var cursor = 0
      var result: [IndexTerm] = []
      guard let count = section.varint(at: &cursor) else { return result }
      for _ in 0..<Int(count) {
        guard let system = section.uint8(at: cursor), Int(system) < systems.count,
          let kind = section.uint8(at: cursor + 1), Int(kind) < kinds.count
        else { break }
        cursor += 2
        guard let term = section.string(reference: &cursor, in: strings),
          let reference = section.string(reference: &cursor, in: strings),
          let hasTarget = section.uint8(at: cursor)
        else { break }
        cursor += 1
        var target: String?
        if hasTarget != 0 {
          guard let value = section.string(reference: &cursor, in: strings) else { break }
          target = value
        }
        result.append(
          IndexTerm(system: systems[Int(system)].system.id, term: term, reference: reference, kind: kinds[Int(kind)], target: target))
      }
      return result
    }
  }
}
