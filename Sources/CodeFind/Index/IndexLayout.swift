/// Lays out an index's contents as the sections of an index file (see `FORMAT.md`).
struct IndexLayout {
  private let contents: IndexContents
  private var strings = StringHeap()

  init(_ contents: IndexContents) { self.contents = contents }

  /// The whole file: header, section table, sources, then each section, 8-byte aligned.
  mutating func bytes() -> [UInt8] {
    var sections: [(IndexFormat.Section, [UInt8])] = []
    let codes = contents.codeSets.flatMap(\.codes)
    var ordinals: [CodeKeyInSystem: UInt32] = [:]
    ordinals.reserveCapacity(codes.count)
    for (ordinal, code) in codes.enumerated() { ordinals[CodeKeyInSystem(code.system, code.key)] = UInt32(ordinal) }
    let systemIndex = Dictionary(uniqueKeysWithValues: contents.codeSets.enumerated().map { ($1.system.id, UInt8($0)) })

    let chapters = ChapterTables(contents.codeSets)
    let terms = TermTables(contents.analyzedCodes, billable: codes.map(\.isBillable))
    var notes = ByteWriter()
    var sevenths = ByteWriter()
    var children = ByteWriter()
    var records = ByteWriter()
    records.reserve(codes.count * IndexFormat.codeRecordSize)
    var childCount: UInt32 = 0
    let parents = codes.map { code in code.parent.flatMap { ordinals[CodeKeyInSystem(code.system, $0)] }.map(Int.init) }
    let extensions = Self.titleExtensions(codes, parents: parents)
    for (ordinal, code) in codes.enumerated() {
      let key = strings.reference(code.key)
      let extendsParent = extensions[ordinal]
      let storedTitle =
        extendsParent
        ? String(decoding: code.title.utf8.dropFirst((parents[ordinal].map { codes[$0].title.utf8.count } ?? 0) + 2), as: UTF8.self)
        : code.title
      let title = strings.reference(storedTitle)
      let flags = (code.isBillable ? IndexFormat.billableFlag : 0) | (code.isHeader ? IndexFormat.headerFlag : 0)
        | (extendsParent ? IndexFormat.titleExtendsParentFlag : 0)
      let childOrdinals = code.children.compactMap { ordinals[CodeKeyInSystem(code.system, $0)] }
      records.append(systemIndex[code.system] ?? 0)
      records.append(flags | UInt8(clamping: min(code.depth, 15)) << IndexFormat.depthShift)
      records.append(UInt8(clamping: terms.titleTokenCounts[ordinal]))
      records.append(UInt8(clamping: key.length))
      records.append(key.offset)
      records.append(title.offset)
      records.append(UInt16(clamping: title.length))
      records.append(UInt16(clamping: childOrdinals.count))
      records.append(parents[ordinal].map(UInt32.init) ?? IndexFormat.none)
      records.append(childCount)
      for child in childOrdinals.prefix(Int(UInt16.max)) { children.append(child) }
      childCount += UInt32(min(childOrdinals.count, Int(UInt16.max)))
      records.append(code.seventhCharacters.isEmpty ? IndexFormat.none : UInt32(sevenths.count))
      if !code.seventhCharacters.isEmpty { appendSevenths(code.seventhCharacters, to: &sevenths) }
      records.append(code.notes.isEmpty ? IndexFormat.none : UInt32(notes.count))
      if !code.notes.isEmpty { appendNotes(code.notes, to: &notes) }
      records.append(terms.forwardOffsets[ordinal])
      records.append(chapters.chapterIndex[ChapterKey(code.system, code.chapter)] ?? IndexFormat.noneShort)
      records.append(chapters.sectionIndex[SectionKey(code.system, code.chapter, code.section)] ?? IndexFormat.noneShort)
    }
    let chapterBytes = chapterSection(chapters, notes: &notes)
    sections.append((.systems, systemSection(chapterStarts: chapters.systemChapterRanges)))
    sections.append((.codes, records.bytes))
    sections.append((.children, children.bytes))
    sections.append((.chapters, chapterBytes))
    sections.append((.codeKeys, codeKeySection(codes, systemIndex: systemIndex)))
    sections.append((.termText, terms.text))
    sections.append((.terms, terms.dictionary))
    sections.append((.termPrefixes, terms.prefixes))
    sections.append((.postings, terms.postings))
    sections.append((.forward, terms.forward))
    sections.append((.termBitmaps, terms.bitmaps))
    sections.append((.lexicon, lexiconSection()))
    sections.append((.indexTerms, indexTermSection(systemIndex: systemIndex)))
    sections.append((.notes, notes.bytes))
    sections.append((.seventhCharacters, sevenths.bytes))
    sections.append((.strings, strings.bytes))
    return IndexFileAssembly(sections: sections, sources: contents.sources).bytes()
  }

  /// Which codes store only the end of their title: those whose title is their parent's, a comma,
  /// a space and more (compared as bytes), when the parent's own title is stored whole. The reader
  /// completes a title from its parent in one step, so a chain (`A`, `A, B`, `A, B, C`) stores every
  /// other title whole.
  /// - Parameters:
  ///   - codes: The codes, by ordinal.
  ///   - parents: The parent ordinal of each code.
  /// - Returns: Whether each code's title extends its parent's.
  /// - Complexity: O(*n*) in the total length of the titles.
  static func titleExtensions(_ codes: [Code], parents: [Int?]) -> [Bool] {
    enum State { case unknown, visiting, whole, extends }
    var states = [State](repeating: .unknown, count: codes.count)
    for start in codes.indices where states[start] == .unknown {
      // Walk up to a decided code, the root, or a cycle (damaged input), then decide back down.
      var chain: [Int] = []
      var current: Int? = start
      while let ordinal = current, states[ordinal] == .unknown {
        states[ordinal] = .visiting
        chain.append(ordinal)
        current = parents[ordinal]
      }
      var parentExtends = current.map { states[$0] == .extends } ?? false
      for ordinal in chain.reversed() {
        let extends =
          !parentExtends
          && parents[ordinal].map { parent in
            let title = codes[ordinal].title.utf8, prefix = codes[parent].title.utf8
            return title.count > prefix.count + 2 && title.starts(with: prefix)
              && title.dropFirst(prefix.count).starts(with: ", ".utf8)
          } ?? false
        states[ordinal] = extends ? .extends : .whole
        parentExtends = extends
      }
    }
    return states.map { $0 == .extends }
  }

  private mutating func appendNotes(_ notes: TabularNotes, to writer: inout ByteWriter) {
    let kinds = Array(NoteKind.allCases.enumerated()).filter { !notes[$0.element].isEmpty }
    writer.appendVarint(UInt32(kinds.reduce(0) { $0 + notes[$1.element].count }))
    for (index, kind) in kinds {
      for note in notes[kind] {
        writer.append(UInt8(index))
        writer.append(strings.reference(note))
      }
    }
  }

  private mutating func appendSevenths(_ sevenths: [SeventhCharacter], to writer: inout ByteWriter) {
    writer.appendVarint(UInt32(sevenths.count))
    for seventh in sevenths {
      writer.append(strings.reference(String(seventh.character)))
      writer.append(strings.reference(seventh.meaning))
    }
  }

  private mutating func systemSection(chapterStarts: [Range<Int>]) -> [UInt8] {
    var writer = ByteWriter()
    writer.append(UInt32(contents.codeSets.count))
    writer.append(UInt32(0))
    var start: UInt32 = 0
    for (index, set) in contents.codeSets.enumerated() {
      let id = strings.reference(set.system.id.rawValue)
      let name = strings.reference(set.system.name)
      let version = strings.reference(set.system.version)
      writer.append(id.offset)
      writer.append(name.offset)
      writer.append(version.offset)
      writer.append(UInt16(clamping: id.length))
      writer.append(UInt16(clamping: name.length))
      writer.append(UInt16(clamping: version.length))
      writer.append(UInt16(0))
      writer.append(start)
      writer.append(UInt32(set.codes.count))
      writer.append(UInt32(set.billableCount))
      writer.append(UInt32(set.headerCount))
      let chapters = index < chapterStarts.count ? chapterStarts[index] : 0..<0
      writer.append(UInt32(chapters.lowerBound))
      writer.append(UInt32(chapters.count))
      writer.append(UInt32(0))
      start += UInt32(set.codes.count)
    }
    return writer.bytes
  }

  private func codeKeySection(_ codes: [Code], systemIndex: [CodeSystem.ID: UInt8]) -> [UInt8] {
    let order = codes.indices.sorted { left, right in
      let leftKey = codes[left].key.utf8, rightKey = codes[right].key.utf8
      if leftKey.elementsEqual(rightKey) { return left < right }
      return leftKey.lexicographicallyPrecedes(rightKey)
    }
    var writer = ByteWriter()
    writer.reserve(order.count * 4)
    for ordinal in order { writer.append(UInt32(ordinal)) }
    return writer.bytes
  }

  /// The terminology, binary-searchable by first key: a bucket table sorted by the keys' UTF-8
  /// bytes, then each bucket's first key and entries, every string in place (FORMAT.md, section 13).
  private func lexiconSection() -> [UInt8] {
    let kinds = Expansion.Kind.allCases
    let entries = contents.lexicon.allEntries.filter { !$0.key.isEmpty }
    let buckets = Dictionary(grouping: entries) { $0.key[0] }
    let firstKeys = buckets.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    let dataStart = StoredLexiconEntries.headerSize + firstKeys.count * StoredLexiconEntries.bucketRecordSize
    var table = ByteWriter()
    var data = ByteWriter()
    for first in firstKeys {
      table.append(UInt32(dataStart + data.count))
      table.append(UInt32(first.utf8.count))
      data.append(contentsOf: first.utf8)
      let streamStart = data.count
      for entry in buckets[first] ?? [] {
        data.appendVarint(UInt32(entry.key.count))
        for part in entry.key.dropFirst() { data.appendInline(part) }
        data.append((entry.matchesText ? 1 : 0) | (entry.requiresCapitals ? 2 : 0) as UInt8)
        data.append(UInt8(kinds.firstIndex(of: entry.expansion.kind) ?? 0))
        data.appendVarint(UInt32(entry.expansion.matchedCount))
        data.appendVarint(UInt32(entry.expansion.terms.count))
        for term in entry.expansion.terms { data.appendInline(term) }
        data.appendInline(entry.expansion.phrase)
      }
      table.append(UInt32(dataStart + streamStart))
      table.append(UInt32(data.count - streamStart))
    }
    let rewritesOffset = dataStart + data.count
    let rewrites = contents.lexicon.wordPartRewrites
    data.appendVarint(UInt32(rewrites.count))
    for rewrite in rewrites {
      data.appendInline(rewrite.source)
      data.appendInline(rewrite.target)
    }
    var writer = ByteWriter()
    writer.append(UInt32(firstKeys.count))
    writer.append(UInt32(entries.count))
    writer.append(UInt32(rewritesOffset))
    writer.append(0 as UInt32)
    writer.append(contentsOf: table.bytes)
    writer.append(contentsOf: data.bytes)
    return writer.bytes
  }

  private mutating func indexTermSection(systemIndex: [CodeSystem.ID: UInt8]) -> [UInt8] {
    var writer = ByteWriter()
    let kinds: [IndexTerm.Reference] = [.see, .use, .code]
    let terms = contents.indexTerms.filter { systemIndex[$0.system] != nil }
    writer.appendVarint(UInt32(terms.count))
    for term in terms {
      writer.append(systemIndex[term.system] ?? 0)
      writer.append(UInt8(kinds.firstIndex(of: term.kind) ?? 0))
      writer.append(strings.reference(term.term))
      writer.append(strings.reference(term.reference))
      writer.append(term.target == nil ? 0 : 1 as UInt8)
      if let target = term.target { writer.append(strings.reference(target)) }
    }
    return writer.bytes
  }

  /// Chapter records, then section records (see `FORMAT.md`).
  fileprivate mutating func chapterSection(_ tables: ChapterTables, notes: inout ByteWriter) -> [UInt8] {
    var writer = ByteWriter()
    let chapters = tables.chapters
    let sections = chapters.flatMap(\.chapter.sections)
    writer.append(UInt32(chapters.count))
    writer.append(UInt32(sections.count))
    var sectionStart: UInt32 = 0
    for (_, chapter) in chapters {
      let id = strings.reference(chapter.id)
      let title = strings.reference(chapter.title)
      writer.append(id.offset)
      writer.append(UInt16(clamping: id.length))
      writer.append(UInt16(clamping: title.length))
      writer.append(title.offset)
      writer.append(chapter.notes.isEmpty ? IndexFormat.none : UInt32(notes.count))
      if !chapter.notes.isEmpty { appendNotes(chapter.notes, to: &notes) }
      writer.append(sectionStart)
      writer.append(UInt32(chapter.sections.count))
      sectionStart += UInt32(chapter.sections.count)
    }
    for section in sections {
      let id = strings.reference(section.id)
      let title = strings.reference(section.title)
      writer.append(id.offset)
      writer.append(UInt16(clamping: id.length))
      writer.append(UInt16(clamping: title.length))
      writer.append(title.offset)
      writer.append(section.notes.isEmpty ? IndexFormat.none : UInt32(notes.count))
      if !section.notes.isEmpty { appendNotes(section.notes, to: &notes) }
      writer.append(UInt32(0))
    }
    return writer.bytes
  }
}

/// A code's identity across systems, for resolving parent and child keys to ordinals.
struct CodeKeyInSystem: Hashable {
  var system: CodeSystem.ID
  var key: String
  init(_ system: CodeSystem.ID, _ key: String) {
    self.system = system
    self.key = key
  }
}

private struct ChapterKey: Hashable {
  var system: CodeSystem.ID
  var chapter: String?
  init(_ system: CodeSystem.ID, _ chapter: String?) {
    self.system = system
    self.chapter = chapter
  }
}

private struct SectionKey: Hashable {
  var system: CodeSystem.ID
  var chapter: String?
  var section: String?
  init(_ system: CodeSystem.ID, _ chapter: String?, _ section: String?) {
    self.system = system
    self.chapter = chapter
    self.section = section
  }
}

/// The chapters and sections of every system, numbered globally.
private struct ChapterTables {
  var chapters: [(system: CodeSystem.ID, chapter: Chapter)] = []
  var chapterIndex: [ChapterKey: UInt16] = [:]
  var sectionIndex: [SectionKey: UInt16] = [:]
  var systemChapterRanges: [Range<Int>] = []

  init(_ sets: [CodeSet]) {
    var sectionCount = 0
    for set in sets {
      let start = chapters.count
      for chapter in set.chapters {
        chapterIndex[ChapterKey(set.system.id, chapter.id)] = UInt16(clamping: chapters.count)
        for section in chapter.sections {
          sectionIndex[SectionKey(set.system.id, chapter.id, section.id)] = UInt16(clamping: sectionCount)
          sectionCount += 1
        }
        chapters.append((set.system.id, chapter))
      }
      systemChapterRanges.append(start..<chapters.count)
    }
  }
}
