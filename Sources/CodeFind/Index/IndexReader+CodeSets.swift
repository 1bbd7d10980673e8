extension IndexReader {
  /// Rebuilds the in-memory code sets from the index: every code with its hierarchy, notes and 7th
  /// characters, and every chapter and section. Used to check that an index holds all that the
  /// importers produced.
  /// - Returns: One code set per system, in index order.
  /// - Complexity: O(*n*) in the number of codes.
  public func codeSets() -> [CodeSet] {
    systems.map { system in
      var codes: [Code] = []
      codes.reserveCapacity(system.ordinals.count)
      for ordinal in system.ordinals {
        guard let indexed = code(at: ordinal) else { continue }
        let parentKey = indexed.parent.flatMap { code(at: $0)?.key }
        let childKeys = children(of: ordinal).compactMap { code(at: $0)?.key }
        codes.append(
          Code(
            system: indexed.system, key: indexed.key, display: indexed.display, title: indexed.title,
            isBillable: indexed.isBillable, parent: parentKey, children: childKeys, depth: indexed.depth,
            chapter: chapter(of: ordinal)?.id, section: section(of: ordinal)?.id, notes: notes(of: ordinal),
            seventhCharacters: seventhCharacters(of: ordinal)))
      }
      return CodeSet(system: system.system, codes: codes, chapters: chapters(of: system))
    }
  }
}
