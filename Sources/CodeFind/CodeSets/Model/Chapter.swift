/// A chapter of a classification (ICD-10-CM has 22), with its sections and notes.
public struct Chapter: Sendable, Hashable, Codable {
  /// The chapter's identifier ("4").
  public var id: String
  /// The chapter's title ("Endocrine, nutritional and metabolic diseases (E00-E89)").
  public var title: String
  /// The chapter's sections, in order.
  public var sections: [Section]
  /// Notes that apply to every code of the chapter.
  public var notes: TabularNotes

  /// Creates a chapter.
  /// - Parameters:
  ///   - id: The chapter identifier.
  ///   - title: The title.
  ///   - sections: Its sections.
  ///   - notes: Its notes.
  public init(id: String, title: String, sections: [Section] = [], notes: TabularNotes = TabularNotes()) {
    self.id = id
    self.title = title
    self.sections = sections
    self.notes = notes
  }
}

/// A section (block) of a chapter: a range of categories such as "E08-E13 Diabetes mellitus".
public struct Section: Sendable, Hashable, Codable {
  /// The section's identifier, its range of categories ("E08-E13").
  public var id: String
  /// The section's title ("Diabetes mellitus").
  public var title: String
  /// Notes that apply to every code of the section.
  public var notes: TabularNotes

  /// Creates a section.
  /// - Parameters:
  ///   - id: The identifier ("E08-E13").
  ///   - title: The title.
  ///   - notes: Its notes.
  public init(id: String, title: String, notes: TabularNotes = TabularNotes()) {
    self.id = id
    self.title = title
    self.notes = notes
  }
}
