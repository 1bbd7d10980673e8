extension IndexReader {
  /// The lexicon stored in the index: the equivalents used to expand queries.
  ///
  /// The section's checksum is checked first: a damaged varint would put the rest of the stream
  /// out of step, and string references read out of step can name megabytes of the string heap
  /// each, thousands of times over.
  /// - Returns: The lexicon; empty when the section is damaged.
  /// - Complexity: O(*n*) in the size of the section (a few thousand entries: about a millisecond).
  public func lexicon() -> Lexicon {
    let kinds = Expansion.Kind.allCases
    guard isIntact(.lexicon) else { return Lexicon(entries: [], wordPartRewrites: []) }
    return withSection(.lexicon) { section, strings in
      var cursor = 0
      var entries: [Lexicon.Entry] = []
      var rewrites: [Lexicon.WordPartRewrite] = []
      guard let count = section.varint(at: &cursor) else { return Lexicon(entries: [], wordPartRewrites: []) }
      entries.reserveCapacity(Int(min(count, 1 << 20)))
      var complete = false
      decoding: for index in 0..<Int(count) {
        guard let keyCount = section.varint(at: &cursor), keyCount < 64 else { break }
        var key: [String] = []
        key.reserveCapacity(Int(keyCount))
        for _ in 0..<Int(keyCount) {
          guard let part = section.string(reference: &cursor, in: strings) else { break decoding }
          key.append(part)
        }
        guard let flags = section.uint8(at: cursor), let kind = section.uint8(at: cursor + 1), Int(kind) < kinds.count
        else { break }
        cursor += 2
        guard let matched = section.varint(at: &cursor), let termCount = section.varint(at: &cursor), termCount < 256
        else { break }
        var terms: [String] = []
        terms.reserveCapacity(Int(termCount))
        for _ in 0..<Int(termCount) {
          guard let term = section.string(reference: &cursor, in: strings) else { break decoding }
          terms.append(term)
        }
        guard let phrase = section.string(reference: &cursor, in: strings) else { break }
        entries.append(
          Lexicon.Entry(
            key: key, matchesText: flags & 1 != 0, requiresCapitals: flags & 2 != 0,
            expansion: Expansion(kind: kinds[Int(kind)], matchedCount: Int(matched), terms: terms, phrase: phrase)))
        complete = index == Int(count) - 1
      }
      // The rewrites follow the last entry: after a damaged entry, the cursor is not at them.
      if complete || count == 0, let rewriteCount = section.varint(at: &cursor) {
        for _ in 0..<Int(rewriteCount) {
          guard let source = section.string(reference: &cursor, in: strings),
            let target = section.string(reference: &cursor, in: strings)
          else { break }
          rewrites.append(Lexicon.WordPartRewrite(source: source, target: target))
        }
      }
      return Lexicon(entries: entries, wordPartRewrites: rewrites)
    }
  }

  /// The alphabetic-index entries stored in the index.
  /// - Returns: The entries; empty when the section fails its checksum (see ``lexicon()``).
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
