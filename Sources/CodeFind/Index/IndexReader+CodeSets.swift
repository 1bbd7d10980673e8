extension IndexReader {
  /// Rebuilds the in-memory code sets from the index: every code with its hierarchy, notes and 7th
  /// characters, and every chapter and section. Used to check that an index holds all that the
  /// importers produced.
  /// - Returns: One code set per system, in index order; codes whose records are damaged are left out.
  /// - Complexity: O(*n*) in the number of codes: each code, chapter and section is decoded once.
  public func codeSets() -> [CodeSet] {
    let indexed = (0..<codeCount).map { code(at: $0) }
    var chapterIDs: [Int: String] = [:]
    var sectionIDs: [Int: String] = [:]
    return systems.map { system in
      let chapters = chapters(of: system)
      var codes: [Code] = []
      codes.reserveCapacity(system.ordinals.count)
      for ordinal in system.ordinals {
        guard let code = indexed[ordinal] else { continue }
        let chapterID = placeIndex(of: ordinal, CodeField.chapter).flatMap { index in
          chapterIDs[index] ?? chapter(atIndex: index).map { chapterIDs[index] = $0.id; return $0.id }
        }
        let sectionID = placeIndex(of: ordinal, CodeField.section).flatMap { index in
          sectionIDs[index] ?? section(atIndex: index).map { sectionIDs[index] = $0.id; return $0.id }
        }
        codes.append(
          Code(
            system: code.system, key: code.key, display: code.display, title: code.title,
            isBillable: code.isBillable, parent: code.parent.flatMap { indexed[$0]?.key },
            children: children(of: ordinal).compactMap { indexed[$0]?.key }, depth: code.depth, chapter: chapterID,
            section: sectionID, notes: notes(of: ordinal), seventhCharacters: seventhCharacters(of: ordinal)))
      }
      return CodeSet(system: system.system, codes: codes, chapters: chapters)
    }
  }

  /// The chapter or section index stored in a code record (`field` is ``CodeField/chapter`` or
  /// ``CodeField/section``), or `nil` when the code has none.
  private func placeIndex(of ordinal: Int, _ field: Int) -> Int? {
    withSection(.codes) { records in
      records.uint16(at: ordinal * IndexFormat.codeRecordSize + field).flatMap { $0 == IndexFormat.noneShort ? nil : Int($0) }
    }
  }
}
