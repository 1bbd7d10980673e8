/// One note that bears on how a code is reported together with others (Excludes1, Excludes2, code
/// first, use additional code), with where it was written and the codes its text names.
struct ApplicableNote: Sendable, Hashable {
  /// The note kinds claim validation reads.
  static let kinds: [NoteKind] = [.excludes1, .excludes2, .codeFirst, .useAdditionalCode]

  /// The kind of note.
  var kind: NoteKind
  /// Its text, as the tabular list writes it.
  var text: String
  /// Where it was written: the code itself, an ancestor, the section or the chapter.
  var origin: SourcedNotes.Origin
  /// The code references in its text.
  var references: [NoteReference]

  /// The notes of the claim-relevant kinds among `notes`, parsed.
  /// - Parameters:
  ///   - notes: The notes written at one place.
  ///   - origin: That place.
  static func parse(_ notes: TabularNotes, origin: SourcedNotes.Origin) -> [ApplicableNote] {
    kinds.flatMap { kind in
      notes[kind].map {
        ApplicableNote(kind: kind, text: $0, origin: origin, references: NoteReferenceParser.references(in: $0))
      }
    }
  }
}

/// The notes that apply to codes, with the notes of every section and chapter read and parsed once
/// (a chapter's record holds all its sections, too much to decode for each code validated).
struct ApplicableNotes: Sendable {
  private let sections: [[ApplicableNote]]
  private let chapters: [[ApplicableNote]]

  /// Reads and parses the notes of every section and chapter of the index.
  /// - Parameter index: The index.
  /// - Complexity: O(*s*) in the size of the chapters section.
  init(index: IndexReader) {
    var sections: [[ApplicableNote]] = []
    while let section = index.section(atIndex: sections.count) {
      sections.append(ApplicableNote.parse(section.notes, origin: .section(section.id)))
    }
    var chapters: [[ApplicableNote]] = []
    while let chapter = index.chapter(atIndex: chapters.count) {
      chapters.append(ApplicableNote.parse(chapter.notes, origin: .chapter(chapter.id)))
    }
    self.sections = sections
    self.chapters = chapters
  }

  /// The notes that apply to a code: its own, then its ancestors', its section's and its chapter's.
  /// - Parameters:
  ///   - code: A code of the index.
  ///   - index: The index.
  /// - Complexity: O(*d*) in the code's depth, plus the length of the notes read.
  func notes(of code: IndexedCode, in index: IndexReader) -> [ApplicableNote] {
    var notes = ApplicableNote.parse(index.notes(of: code.ordinal), origin: .code(code.display))
    var ancestor = code.parent
    var steps = 0
    while let current = ancestor, steps < 16 {
      // Only an ancestor with notes of these kinds is decoded (for its display form).
      let written = index.notes(of: current)
      if ApplicableNote.kinds.contains(where: { !written[$0].isEmpty }), let ancestorCode = index.code(at: current) {
        notes += ApplicableNote.parse(written, origin: .code(ancestorCode.display))
      }
      ancestor = index.codeField(current, IndexReader.CodeField.parent).flatMap { Int($0) < index.codeCount ? Int($0) : nil }
      steps += 1
    }
    if let section = index.sectionIndex(of: code.ordinal), section < sections.count { notes += sections[section] }
    if let chapter = index.chapterIndex(of: code.ordinal), chapter < chapters.count { notes += chapters[chapter] }
    return notes
  }
}
