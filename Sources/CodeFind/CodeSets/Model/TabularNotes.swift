/// The instructional notes of one chapter, section or code, grouped by kind, in the order of the source.
public struct TabularNotes: Sendable, Hashable, Codable {
  /// The notes of each kind; a kind with no notes has no entry.
  public private(set) var byKind: [NoteKind: [String]]

  /// Creates an empty set of notes.
  public init() { byKind = [:] }

  /// The notes of one kind, in source order (empty when there are none).
  public subscript(kind: NoteKind) -> [String] {
    get { byKind[kind] ?? [] }
    set { byKind[kind] = newValue.isEmpty ? nil : newValue }
  }

  /// Appends one note of the given kind.
  /// - Parameters:
  ///   - note: The note's text.
  ///   - kind: Its kind.
  public mutating func append(_ note: String, as kind: NoteKind) {
    byKind[kind, default: []].append(note)
  }

  /// Whether there are no notes of any kind.
  public var isEmpty: Bool { byKind.isEmpty }

  /// Appends every note of `other` after the notes already here, kind by kind.
  /// - Parameter other: The notes to add.
  public mutating func append(contentsOf other: TabularNotes) {
    for kind in NoteKind.allCases where !other[kind].isEmpty {
      byKind[kind, default: []].append(contentsOf: other[kind])
    }
  }
}
