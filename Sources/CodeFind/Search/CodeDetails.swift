/// Everything the index knows about one code: title, billable status, place in the hierarchy,
/// notes (its own and those it inherits) and the 7th characters that apply. What `codefind show`
/// prints and what an editor shows on hover.
public struct CodeDetails: Sendable {
  /// The code.
  public var code: IndexedCode
  /// Its system and release.
  public var system: CodeSystem
  /// Its parent, if any.
  public var parent: IndexedCode?
  /// Its children, in code order.
  public var children: [IndexedCode]
  /// The chapter it is in, if its system has chapters.
  public var chapter: Chapter?
  /// The section it is in, if its system has sections.
  public var section: Section?
  /// Its notes, then those of its ancestors, its section and its chapter, each with where it was
  /// written; places without notes are left out.
  public var notes: [SourcedNotes]
  /// The 7th characters that apply: declared on the code or on its nearest ancestor that has some.
  public var seventhCharacters: [SeventhCharacter]

  /// The details of the code at an ordinal.
  /// - Parameters:
  ///   - ordinal: A code ordinal.
  ///   - index: The index.
  /// - Returns: The details, or `nil` for an ordinal out of range or a damaged record.
  /// - Complexity: O(*c* + *d*) for *c* children and depth *d*.
  public init?(ordinal: Int, in index: IndexReader) {
    guard let code = index.code(at: ordinal),
      let system = index.systems.first(where: { $0.system.id == code.system })?.system
    else { return nil }
    self.code = code
    self.system = system
    parent = code.parent.flatMap(index.code(at:))
    children = index.children(of: ordinal).compactMap(index.code(at:))
    chapter = index.chapter(of: ordinal)
    section = index.section(of: ordinal)
    var notes = [SourcedNotes(origin: .code(code.display), notes: index.notes(of: ordinal))]
    var sevenths = index.seventhCharacters(of: ordinal)
    var ancestor = code.parent
    while let current = ancestor, let ancestorCode = index.code(at: current) {
      notes.append(SourcedNotes(origin: .code(ancestorCode.display), notes: index.notes(of: current)))
      if sevenths.isEmpty { sevenths = index.seventhCharacters(of: current) }
      ancestor = ancestorCode.parent
    }
    if let section { notes.append(SourcedNotes(origin: .section(section.id), notes: section.notes)) }
    if let chapter { notes.append(SourcedNotes(origin: .chapter(chapter.id), notes: chapter.notes)) }
    self.notes = notes.filter { !$0.notes.isEmpty }
    seventhCharacters = sevenths
  }

  /// The details of every code with this spelling, one per system that has it.
  /// - Parameters:
  ///   - spelling: A code in any common spelling (`e1140`, `E11.40`, ` E11.40 `).
  ///   - index: The index.
  public static func lookup(_ spelling: String, in index: IndexReader) -> [CodeDetails] {
    guard let key = CodeKey.canonical(spelling) else { return [] }
    return index.ordinals(forKey: key).sorted().compactMap { CodeDetails(ordinal: $0, in: index) }
  }

  /// The notes of one kind that apply to the code, in the order of ``notes`` (the code's own first),
  /// each with where it was written. Inclusion terms come from the code itself only, since they
  /// name it (an ancestor's name the ancestor); every other kind also from its ancestors, its
  /// section and its chapter, since those apply to everything below them.
  /// - Parameter kind: The kind of note.
  public func notes(_ kind: NoteKind) -> [(origin: SourcedNotes.Origin, text: String)] {
    notes.flatMap { sourced in
      kind == .inclusionTerm && sourced.origin != .code(code.display) ? [] : sourced.notes[kind].map { (sourced.origin, $0) }
    }
  }

  /// The codes nearest to a spelling that is no code: the children of its longest prefix that is a
  /// code (at most `limit`), or that prefix itself when it has none.
  /// - Parameters:
  ///   - spelling: A code spelling that matched nothing.
  ///   - index: The index.
  ///   - limit: The most codes to return.
  public static func nearest(_ spelling: String, in index: IndexReader, limit: Int = 5) -> [IndexedCode] {
    guard var key = CodeKey.canonical(spelling) else { return [] }
    while !key.isEmpty {
      key.removeLast()
      if let ordinal = index.ordinals(forKey: key).min() {
        let children = index.children(of: ordinal).prefix(limit).compactMap(index.code(at:))
        return children.isEmpty ? index.code(at: ordinal).map { [$0] } ?? [] : children
      }
    }
    return []
  }
}
