extension IndexReader {
  /// The chapter a code is in, with all its sections and notes.
  /// - Parameter ordinal: A code ordinal.
  public func chapter(of ordinal: Int) -> Chapter? {
    chapterIndex(of: ordinal).flatMap(chapter(atIndex:))
  }

  /// The section a code is in.
  /// - Parameter ordinal: A code ordinal.
  public func section(of ordinal: Int) -> Section? {
    sectionIndex(of: ordinal).flatMap(section(atIndex:))
  }

  /// The position of a code's chapter among all chapters of the index, without decoding it.
  /// - Parameter ordinal: A code ordinal.
  func chapterIndex(of ordinal: Int) -> Int? {
    recordShort(ordinal, CodeField.chapter)
  }

  /// The position of a code's section among all sections of the index, without decoding it.
  /// - Parameter ordinal: A code ordinal.
  func sectionIndex(of ordinal: Int) -> Int? {
    recordShort(ordinal, CodeField.section)
  }

  /// A 16-bit field of a code record, or `nil` when absent, out of range or damaged.
  private func recordShort(_ ordinal: Int, _ field: Int) -> Int? {
    guard ordinal >= 0, ordinal < codeCount,
      let index = withSection(.codes, { $0.uint16(at: ordinal * IndexFormat.codeRecordSize + field) }),
      index != IndexFormat.noneShort
    else { return nil }
    return Int(index)
  }

  /// The chapters of a system, with their sections and notes.
  /// - Parameter system: A system of the index.
  public func chapters(of system: IndexedSystem) -> [Chapter] {
    system.chapters.compactMap { chapter(atIndex: $0) }
  }

  private func counts() -> (chapters: Int, sections: Int)? {
    withSection(.chapters) { section in
      guard let chapters = section.uint32(at: 0), let sections = section.uint32(at: 4) else { return nil }
      return (Int(chapters), Int(sections))
    }
  }

  func chapter(atIndex index: Int) -> Chapter? {
    guard let counts = counts(), index >= 0, index < counts.chapters else { return nil }
    let record: (String, String, UInt32, Int, Int)? = withSection(.chapters) { section, strings in
      let base = 8 + index * IndexFormat.chapterRecordSize
      guard let idOffset = section.uint32(at: base), let idLength = section.uint16(at: base + 4),
        let titleLength = section.uint16(at: base + 6), let titleOffset = section.uint32(at: base + 8),
        let notes = section.uint32(at: base + 12), let start = section.uint32(at: base + 16),
        let count = section.uint32(at: base + 20),
        let id = strings.string(at: Int(idOffset), count: Int(idLength)),
        let title = strings.string(at: Int(titleOffset), count: Int(titleLength))
      else { return nil }
      return (id, title, notes, Int(start), Int(count))
    }
    guard let (id, title, notesOffset, start, count) = record, start <= counts.sections, count <= counts.sections - start
    else { return nil }
    let notes = notesOffset == IndexFormat.none ? TabularNotes() : self.notes(at: Int(notesOffset))
    return Chapter(id: id, title: title, sections: (start..<(start + count)).compactMap(section(atIndex:)), notes: notes)
  }

  func section(atIndex index: Int) -> Section? {
    guard let counts = counts(), index >= 0, index < counts.sections else { return nil }
    let record: (String, String, UInt32)? = withSection(.chapters) { section, strings in
      let base = 8 + counts.chapters * IndexFormat.chapterRecordSize + index * IndexFormat.sectionRecordSize
      guard let idOffset = section.uint32(at: base), let idLength = section.uint16(at: base + 4),
        let titleLength = section.uint16(at: base + 6), let titleOffset = section.uint32(at: base + 8),
        let notes = section.uint32(at: base + 12),
        let id = strings.string(at: Int(idOffset), count: Int(idLength)),
        let title = strings.string(at: Int(titleOffset), count: Int(titleLength))
      else { return nil }
      return (id, title, notes)
    }
    guard let (id, title, notesOffset) = record else { return nil }
    return Section(id: id, title: title, notes: notesOffset == IndexFormat.none ? TabularNotes() : notes(at: Int(notesOffset)))
  }
}
