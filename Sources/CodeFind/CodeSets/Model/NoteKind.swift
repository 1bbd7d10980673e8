/// The kinds of instructional note the ICD-10-CM tabular list attaches to chapters, sections and codes.
public enum NoteKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// Terms that are classified to the code ("inclusion terms"): synonyms and more specific wording.
  case inclusionTerm = "inclusionTerms"
  /// "Includes": further definition or examples of the content of a category.
  case includes
  /// "Excludes1": never coded together with this code.
  case excludes1
  /// "Excludes2": not included here, but both may be coded.
  case excludes2
  /// "Code first": a manifestation code that follows its underlying condition.
  case codeFirst
  /// "Use additional code": a second code is needed to describe the condition fully.
  case useAdditionalCode
  /// "Code also": a second code may be needed; sequencing depends on the circumstances.
  case codeAlso
  /// Other instructions ("notes", and the text that introduces 7th characters).
  case general
}

extension NoteKind {
  /// The kinds that instruct a coder, in the order a coder reads them: every kind but ``general``.
  public static let instructional = allCases.filter { $0 != .general }

  /// The heading over notes of this kind, as the tabular list names them ("Excludes1", "Use
  /// additional code"; "Notes" for ``general``).
  public var heading: String {
    switch self {
    case .inclusionTerm: "Inclusion terms"
    case .includes: "Includes"
    case .excludes1: "Excludes1"
    case .excludes2: "Excludes2"
    case .codeFirst: "Code first"
    case .useAdditionalCode: "Use additional code"
    case .codeAlso: "Code also"
    case .general: "Notes"
    }
  }

  /// What the kind means in a few words, for a reader who may not know the convention ("never
  /// together" for Excludes1); `nil` when the heading says it.
  public var meaning: String? {
    switch self {
    case .excludes1: "never together"
    case .excludes2: "not included here"
    default: nil
    }
  }
}
