/// The normalized index term of a token: what an inverted index stores and looks up.
enum TermNormalization {
  /// The term of a token.
  ///
  /// Words lose a possessive `'s`, apostrophes and the dots of dotted abbreviations (`e.g` → `eg`),
  /// then become arabic numerals when they are numerals in their place (``Numerals``), else
  /// singular (``PluralStemmer``); non-ASCII words stay as folded. Numbers lose thousands
  /// separators (`1,000` → `1000`) and digit ordinals become words (`3rd` → `third`). Codes lose
  /// their dots (`e11.40` → `e1140`). Shorthand stays as folded (`w/o`, `t2dm`).
  /// - Parameters:
  ///   - text: The folded spelling.
  ///   - kind: The token's kind.
  ///   - features: The features of `text`.
  ///   - previous: The term of the token before, if any (for `type II`).
  static func term(of text: String, kind: Token.Kind, features: TokenShape.Features, previous: String?) -> String {
    switch kind {
    case .word:
      var word = text
      if features.hasApostrophe {
        if word.hasSuffix("'s") { word.removeLast(2) }
        word.removeAll { $0 == "'" }
      }
      if features.hasDot { word.removeAll { $0 == "." } }
      guard features.isASCII else { return word }
      return Numerals.arabic(word, after: previous) ?? PluralStemmer.singular(word)
    case .number:
      if let ordinal = Numerals.ordinalWord(text) { return ordinal }
      return text.filter { $0 != "," && $0 != "'" && $0 != "_" }
    case .code:
      return text.filter { $0 != "." }
    case .shorthand:
      return text
    }
  }
}
