/// The searchable terms of one code: each term with the field it came from and its position.
///
/// Positions count tokens within a field's text; separate phrases of one field (two inclusion
/// terms) are kept ``phraseGap`` positions apart, so that words of different phrases never look
/// adjacent to the proximity ranking.
public struct AnalyzedCode: Sendable, Hashable {
  /// One occurrence of a term in a code's texts.
  public struct Occurrence: Sendable, Hashable {
    /// The normalized term (``Token/term``).
    public var term: String
    /// The field it was found in.
    public var field: IndexField
    /// Its position within the field, phrases ``phraseGap`` apart.
    public var position: UInt16

    /// Creates an occurrence.
    /// - Parameters:
    ///   - term: The normalized term.
    ///   - field: The field.
    ///   - position: The position within the field.
    public init(term: String, field: IndexField, position: UInt16) {
      self.term = term
      self.field = field
      self.position = position
    }
  }

  /// The distance in positions between two phrases of one field.
  public static let phraseGap = 16

  /// The occurrences, field by field, in text order.
  public var occurrences: [Occurrence]
  /// The essential terms of the code's phrases that mark a default, in phrase order: the terms
  /// left once nonessential modifiers (in parentheses) and a final "NOS" or "unspecified" are
  /// dropped, of the phrases that had some. A query of exactly these words names the code's default
  /// meaning (`Back pain NOS` for "back pain").
  public var essentialPhrases: [[String]]

  /// Creates the analyzed form of a code.
  /// - Parameters:
  ///   - occurrences: The occurrences.
  ///   - essentialPhrases: The essential terms of its phrases.
  public init(occurrences: [Occurrence] = [], essentialPhrases: [[String]] = []) {
    self.occurrences = occurrences
    self.essentialPhrases = essentialPhrases
  }

  /// Appends the essential terms of some phrases (see ``essentialPhrases``), each term once, in
  /// text order; a phrase with no essential term is skipped.
  /// - Parameters:
  ///   - phrases: Titles, inclusion terms or includes notes.
  ///   - analyzer: The analyzer.
  ///   - allDefaults: Whether every phrase names a default, even one with no nonessential word
  ///     (the phrases of a header, for its default child).
  public mutating func appendEssentialTerms(of phrases: [String], analyzer: Analyzer, allDefaults: Bool = false) {
    for phrase in phrases {
      let essential = Self.withoutParentheses(phrase)
      var marked = allDefaults || essential != phrase
      var terms: [String] = []
      for token in analyzer.analyze(essential) where !terms.contains(token.term) {
        terms.append(token.term)
      }
      while let last = terms.last, Self.neutralTerms.contains(last) {
        terms.removeLast()
        marked = true
      }
      if marked && !terms.isEmpty { essentialPhrases.append(terms) }
    }
  }

  /// The terms that add no detail to a title or phrase ("Back pain NOS", "Psoriasis, unspecified"):
  /// dropped from the end of an essential phrase, and not counted in a posting's title detail
  /// (``CodePosting/titleDetailCount``).
  static let neutralTerms: Set<String> = ["nos", "unspecified"]

  /// `text` without its parenthesized parts (nested ones included).
  private static func withoutParentheses(_ text: String) -> String {
    var depth = 0
    var kept = ""
    for character in text {
      if character == "(" {
        depth += 1
      } else if character == ")" {
        if depth > 0 { depth -= 1 }
        kept.append(" ")
      } else if depth == 0 {
        kept.append(character)
      }
    }
    return kept
  }

  /// Analyzes phrases of one field and appends their terms.
  /// - Parameters:
  ///   - phrases: The field's phrases (one title, or several inclusion terms).
  ///   - field: The field.
  ///   - analyzer: The analyzer.
  public mutating func append(_ phrases: [String], field: IndexField, analyzer: Analyzer) {
    var base = 0
    for phrase in phrases {
      var last = base
      for token in analyzer.analyze(phrase) {
        last = min(base + token.position, Int(UInt16.max))
        occurrences.append(Occurrence(term: token.term, field: field, position: UInt16(last)))
      }
      base = last + Self.phraseGap
    }
  }
}
