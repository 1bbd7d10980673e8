/// One word, number, code or coder shorthand of an analyzed text, with where it came from.
///
/// `text` is the folded spelling (``TextFolding``) of exactly the input characters in
/// `utf16Range`; `term` is the normalized form an inverted index stores and looks up (singular,
/// arabic numerals, no possessive), so that `fractures` and `fracture`, or `type II` and
/// `type 2`, meet on one term.
public struct Token: Sendable, Hashable {
  /// The shape of a token.
  public enum Kind: UInt8, Sendable, Hashable, CaseIterable {
    /// Letters only (`fracture`, `e.g`, `alzheimer's`).
    case word
    /// Digits, possibly with a decimal point or thousands separators (`2`, `2.5`, `1,000`), or
    /// an ordinal (`3rd`).
    case number
    /// Shaped like an ICD-10-CM, ICD-10-PCS or HCPCS code or code prefix (`E11.40`, `S72.001A`,
    /// `0DTJ4ZZ`, `0dtj`, `J1100`). The search layer looks such a token up both as a code
    /// (``codeKey``) and as a word.
    case code
    /// Coder shorthand: a slash form (`w/`, `w/o`, `s/p`, `h/o`) or letters and digits that are not
    /// code-shaped (`T2DM`, `CKD3`, `DM2`, `HbA1c`). ``Lexicon`` maps them to their meanings.
    case shorthand
  }

  /// The folded spelling of the token as written (`ménière's` → `meniere's`, `E11.40` → `e11.40`).
  public var text: String
  /// The normalized term for indexing and lookup: singular (`fractures` → `fracture`), roman
  /// numerals of stages and types as arabic (`iii` → `3`), ordinals as words (`3rd` → `third`),
  /// without possessive `'s`, dots of dotted abbreviations (`e.g` → `eg`), thousands separators, or
  /// the dots of codes (`e11.40` → `e1140`).
  public var term: String
  /// The UTF-16 offsets `[start, end)` of the token in the analyzed text.
  public var utf16Range: Range<Int>
  /// The token's ordinal among the tokens of the text, from 0.
  public var position: Int
  /// The token's shape.
  public var kind: Kind
  /// Whether the token was written in capitals only (`ALL`, `GAD`, `DM2`): it has at least one
  /// cased letter, and no lowercase letter. Some abbreviations that are also ordinary words
  /// expand only when written so.
  public var isAllCaps: Bool

  /// Creates a token.
  /// - Parameters:
  ///   - text: The folded spelling.
  ///   - term: The normalized term.
  ///   - utf16Range: The UTF-16 offsets in the analyzed text.
  ///   - position: The ordinal among the text's tokens.
  ///   - kind: The shape.
  ///   - isAllCaps: Whether it was written in capitals only.
  public init(text: String, term: String, utf16Range: Range<Int>, position: Int, kind: Kind, isAllCaps: Bool) {
    self.text = text
    self.term = term
    self.utf16Range = utf16Range
    self.position = position
    self.kind = kind
    self.isAllCaps = isAllCaps
  }

  /// The canonical code key (`E1140`) of a code-shaped token, or `nil` for other kinds.
  public var codeKey: String? { kind == .code ? CodeKey.canonical(text) : nil }

  /// The token's characters as written in `text`, the string it was analyzed from.
  /// - Parameter text: The analyzed text.
  /// - Returns: The slice of `text` at ``utf16Range``, or `nil` when the range does not fit `text`
  ///   (it was analyzed from another string) or splits a character's UTF-16 surrogate pair.
  public func original(in text: String) -> Substring? { text.utf16Slice(utf16Range) }
}
