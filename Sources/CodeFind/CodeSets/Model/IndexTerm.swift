/// An entry of an alphabetic index: a term a coder looks up and where it leads.
///
/// In the ICD-10-PCS index, `Appendectomy` leads to "see Resection, Appendix 0DTJ": the target is
/// the code prefix `0DTJ`. Some entries lead to another term only ("use Abdominal Sympathetic Nerve"),
/// and have no target code.
public struct IndexTerm: Sendable, Hashable, Codable {
  /// How the index entry refers onward.
  public enum Reference: String, Sendable, Hashable, Codable {
    /// "see": code the referenced entry instead.
    case see
    /// "use": the term is classified under the referenced body part or device value.
    case use
    /// The entry gives its code directly.
    case code
  }

  /// The system whose index this entry belongs to.
  public var system: CodeSystem.ID
  /// The term as the index writes it ("Appendectomy").
  public var term: String
  /// The reference text as the index writes it ("see Resection, Appendix 0DTJ").
  public var reference: String
  /// The kind of reference.
  public var kind: Reference
  /// The canonical code or code prefix the entry leads to (`0DTJ`), when the entry names one.
  public var target: String?

  /// Creates an index entry.
  /// - Parameters:
  ///   - system: The system of the index.
  ///   - term: The looked-up term.
  ///   - reference: The reference text.
  ///   - kind: The kind of reference.
  ///   - target: The canonical code or prefix it leads to, if any.
  public init(system: CodeSystem.ID, term: String, reference: String, kind: Reference, target: String?) {
    self.system = system
    self.term = term
    self.reference = reference
    self.kind = kind
    self.target = target
  }
}
