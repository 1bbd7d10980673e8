/// One thing wrong with (or worth knowing about) a code as a claim uses it, with what to do about it.
public struct ValidationProblem: Sendable, Hashable {
  /// What kind of problem it is; the raw value is the `kind` of the wire protocol's `validate` result.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// The input is no code of any loaded system.
    case unknown
    /// The code is a header (a category or subcategory) that cannot be billed as it is.
    case notBillable = "not-billable"
    /// The code needs a 7th character (ICD-10-CM injuries, poisonings, external causes, …).
    case missingSeventhCharacter = "missing-seventh-character"
    /// The code has a 7th character that its category does not define.
    case invalidSeventhCharacter = "invalid-seventh-character"
    /// The placeholder `X` before the 7th character is missing or there are too many of them.
    case placeholder
    /// Two codes of the claim must never be reported together (an Excludes1 note).
    case excludes1
    /// An Excludes2 note names another code of the claim: both may be coded when both apply.
    case excludes2
    /// A manifestation code whose underlying condition is not on the claim, or is listed after it.
    case codeFirst = "code-first"
    /// A "use additional code" note asks for a second code that the claim does not have.
    case useAdditionalCode = "use-additional-code"
    /// The input is a code in more than one system.
    case ambiguousSystem = "ambiguous-system"
    /// The code is already on the claim (a diagnosis or procedure is reported once).
    case duplicate
  }

  /// How serious a problem is.
  public enum Severity: String, Sendable, Hashable {
    /// The claim would be denied or is wrong as it stands.
    case error
    /// Likely wrong: check the record before sending the claim.
    case warning
    /// A reminder; the claim may well be right.
    case information
  }

  /// The kind of problem.
  public var kind: Kind
  /// How serious it is.
  public var severity: Severity
  /// What is wrong and what to do, in one or two sentences naming real codes.
  public var message: String
  /// The other codes involved, in display form: suggestions, the conflicting code, the codes a note names
  /// (as the note writes them: `E85.-`, `I10-I16`); for ``Kind/ambiguousSystem``, the other readings as
  /// `system:code` (`icd10pcs:B20`).
  public var related: [String]

  /// Creates a problem.
  /// - Parameters:
  ///   - kind: The kind of problem.
  ///   - severity: How serious it is.
  ///   - message: What is wrong and what to do.
  ///   - related: The other codes involved.
  public init(kind: Kind, severity: Severity, message: String, related: [String] = []) {
    self.kind = kind
    self.severity = severity
    self.message = message
    self.related = related
  }
}
