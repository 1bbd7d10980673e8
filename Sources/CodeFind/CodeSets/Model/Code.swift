/// One code of a code system, with its place in the hierarchy and its tabular notes.
///
/// Headers (categories and subcategories with children) are codes too, with `isBillable == false`:
/// a claim needs one of their billable descendants. Codes are identified within their system by
/// their canonical ``key`` (uppercase letters and digits, no dot: `E1140`), and shown in the
/// system's ``display`` form (`E11.40`).
public struct Code: Sendable, Hashable, Codable {
  /// The system this code belongs to.
  public var system: CodeSystem.ID
  /// The canonical spelling: uppercase ASCII letters and digits only (`E1140`, `0DTJ4ZZ`).
  public var key: String
  /// The system's display spelling (`E11.40`; PCS codes have no dot).
  public var display: String
  /// The official title ("Type 2 diabetes mellitus with diabetic neuropathy, unspecified").
  public var title: String
  /// Whether the code may be reported on a claim as it is.
  public var isBillable: Bool
  /// The canonical key of the parent code, or `nil` for a top-level code.
  public var parent: String?
  /// The canonical keys of the children, in code order.
  public var children: [String]
  /// The depth in the hierarchy: 1 for a top-level code (an ICD-10-CM category), parent's depth + 1 below.
  public var depth: Int
  /// The identifier of the chapter the code is in (ICD-10-CM chapter number, "1"…"22"), if any.
  public var chapter: String?
  /// The identifier of the section the code is in (an ICD-10-CM block such as "E08-E13"), if any.
  public var section: String?
  /// The notes written on this code itself (see ``CodeSet/notes(of:inherited:)`` for inherited ones).
  public var notes: TabularNotes
  /// The 7th-character definitions declared on this code itself (they apply to its descendants).
  public var seventhCharacters: [SeventhCharacter]

  /// Creates a code.
  /// - Parameters:
  ///   - system: The code system.
  ///   - key: The canonical key (uppercase letters and digits).
  ///   - display: The display spelling.
  ///   - title: The official title.
  ///   - isBillable: Whether the code can be reported as it is.
  ///   - parent: The parent's canonical key.
  ///   - children: The children's canonical keys.
  ///   - depth: The depth in the hierarchy, starting at 1.
  ///   - chapter: The chapter identifier.
  ///   - section: The section identifier.
  ///   - notes: The code's own notes.
  ///   - seventhCharacters: The 7th-character definitions declared on the code.
  public init(
    system: CodeSystem.ID, key: String, display: String, title: String, isBillable: Bool,
    parent: String? = nil, children: [String] = [], depth: Int = 1, chapter: String? = nil,
    section: String? = nil, notes: TabularNotes = TabularNotes(), seventhCharacters: [SeventhCharacter] = []
  ) {
    self.system = system
    self.key = key
    self.display = display
    self.title = title
    self.isBillable = isBillable
    self.parent = parent
    self.children = children
    self.depth = depth
    self.chapter = chapter
    self.section = section
    self.notes = notes
    self.seventhCharacters = seventhCharacters
  }

  /// Whether the code has children (a category or subcategory heading).
  public var isHeader: Bool { !children.isEmpty }
}
