/// All the codes of one release of one code system, with their hierarchy, notes and chapters.
///
/// Codes are kept in code order (the order of the official release) and are found by any common
/// spelling through ``code(_:)``. A `CodeSet` is a value: importers build it whole, or fail.
public struct CodeSet: Sendable {
  /// The system and release.
  public let system: CodeSystem
  /// Every code, headers included, in code order.
  public let codes: [Code]
  /// The chapters with their sections (empty for systems without chapters).
  public let chapters: [Chapter]
  private let positions: [String: Int]

  /// Creates a code set from codes in code order.
  /// - Parameters:
  ///   - system: The system and release.
  ///   - codes: The codes, headers included, in code order; keys must be unique.
  ///   - chapters: The chapters and sections, if the system has them.
  /// - Complexity: O(*n*) in the number of codes.
  public init(system: CodeSystem, codes: [Code], chapters: [Chapter] = []) {
    self.system = system
    self.codes = codes
    self.chapters = chapters
    var positions: [String: Int] = [:]
    positions.reserveCapacity(codes.count)
    for (position, code) in codes.enumerated() { positions[code.key] = position }
    self.positions = positions
  }

  /// The code with this spelling (any common spelling: `e1140`, `E11.40`, ` E11.40 `), if it exists.
  /// - Parameter spelling: The code as typed.
  /// - Complexity: O(*m*) in the length of `spelling`.
  public func code(_ spelling: some StringProtocol) -> Code? {
    guard let key = CodeKey.canonical(spelling), let position = positions[key] else { return nil }
    return codes[position]
  }

  /// The children of a code, in code order.
  /// - Parameter code: A code of this set.
  public func children(of code: Code) -> [Code] {
    code.children.compactMap { positions[$0].map { codes[$0] } }
  }

  /// The parent of a code, if it has one.
  /// - Parameter code: A code of this set.
  public func parent(of code: Code) -> Code? {
    code.parent.flatMap { positions[$0] }.map { codes[$0] }
  }

  /// The ancestors of a code, nearest first.
  /// - Parameter code: A code of this set.
  /// - Complexity: O(*d*) in the code's depth.
  public func ancestors(of code: Code) -> [Code] {
    var result: [Code] = []
    var current = parent(of: code)
    while let ancestor = current {
      result.append(ancestor)
      current = parent(of: ancestor)
    }
    return result
  }

  /// The number of codes that can be reported on a claim.
  public var billableCount: Int { codes.reduce(0) { $0 + ($1.isBillable ? 1 : 0) } }

  /// The number of headers: codes with children.
  public var headerCount: Int { codes.reduce(0) { $0 + ($1.isHeader ? 1 : 0) } }

  /// The chapter a code is in, if the system has chapters.
  /// - Parameter code: A code of this set.
  public func chapter(of code: Code) -> Chapter? {
    guard let id = code.chapter else { return nil }
    return chapters.first { $0.id == id }
  }

  /// The section a code is in, if the system has sections.
  /// - Parameter code: A code of this set.
  public func section(of code: Code) -> Section? {
    guard let id = code.section else { return nil }
    return chapter(of: code)?.sections.first { $0.id == id }
  }

  /// The notes that apply to a code: its own, and on request those of its ancestors, its section and
  /// its chapter, nearest first, each with where it was written.
  /// - Parameters:
  ///   - code: A code of this set.
  ///   - inherited: Whether to add the notes written on ancestors, the section and the chapter.
  /// - Returns: One entry per place that has notes; places without notes are left out.
  public func notes(of code: Code, inherited: Bool) -> [SourcedNotes] {
    var result = [SourcedNotes(origin: .code(code.display), notes: code.notes)]
    if inherited {
      result += ancestors(of: code).map { SourcedNotes(origin: .code($0.display), notes: $0.notes) }
      if let section = section(of: code) {
        result.append(SourcedNotes(origin: .section(section.id), notes: section.notes))
      }
      if let chapter = chapter(of: code) {
        result.append(SourcedNotes(origin: .chapter(chapter.id), notes: chapter.notes))
      }
    }
    return result.filter { !$0.notes.isEmpty }
  }

  /// The 7th-character definitions that apply to a code: those declared on it or on its nearest
  /// ancestor that declares any.
  /// - Parameter code: A code of this set.
  public func seventhCharacters(of code: Code) -> [SeventhCharacter] {
    if !code.seventhCharacters.isEmpty { return code.seventhCharacters }
    return ancestors(of: code).first { !$0.seventhCharacters.isEmpty }?.seventhCharacters ?? []
  }
}

/// Notes together with the place they were written: a code, a section or a chapter.
public struct SourcedNotes: Sendable, Hashable {
  /// Where notes can be written in a tabular list.
  public enum Origin: Sendable, Hashable, CustomStringConvertible {
    /// On a code, named in display form.
    case code(String)
    /// On a section, named by its range.
    case section(String)
    /// On a chapter, named by its number.
    case chapter(String)

    public var description: String {
      switch self {
      case .code(let code): code
      case .section(let id): "section \(id)"
      case .chapter(let id): "chapter \(id)"
      }
    }
  }

  /// Where the notes were written.
  public var origin: Origin
  /// The notes.
  public var notes: TabularNotes
}
