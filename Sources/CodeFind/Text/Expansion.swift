/// An equivalent of some tokens of a text, found by ``Lexicon``: `heart attack` → `myocardial
/// infarction`, `htn` → `hypertension`, `w/o` → `without`.
public struct Expansion: Sendable, Hashable {
  /// Where an equivalence comes from.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// A medical abbreviation or acronym (`CHF` → congestive heart failure).
    case abbreviation
    /// A clinical synonym (`kidney` ↔ `renal`).
    case synonym
    /// A lay term for a clinical one (`heart attack` → myocardial infarction).
    case layTerm = "lay"
    /// An eponym (`Lou Gehrig disease` → amyotrophic lateral sclerosis).
    case eponym
    /// A spelling variant: British spelling or old wording (`anaemia` → anemia, `haem*` → `hem*`).
    case spelling
    /// Coder shorthand (`w/o` → without, `s/p` → status post, `CKD3` → ckd 3).
    case shorthand
  }

  /// Where the equivalence comes from.
  public var kind: Kind
  /// How many tokens of the input it stands for, from the first one given.
  public var matchedCount: Int
  /// The normalized terms (``Token/term``) of the equivalent phrase, ready for index lookup.
  public var terms: [String]
  /// The equivalent phrase as the terminology writes it, for display and explanations.
  public var phrase: String

  /// Creates an expansion.
  /// - Parameters:
  ///   - kind: Where the equivalence comes from.
  ///   - matchedCount: How many input tokens it stands for.
  ///   - terms: The normalized terms of the equivalent phrase.
  ///   - phrase: The equivalent phrase as written.
  public init(kind: Kind, matchedCount: Int, terms: [String], phrase: String) {
    self.kind = kind
    self.matchedCount = matchedCount
    self.terms = terms
    self.phrase = phrase
  }
}
