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

  /// Creates the analyzed form of a code.
  /// - Parameter occurrences: The occurrences.
  public init(occurrences: [Occurrence] = []) { self.occurrences = occurrences }

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
