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
