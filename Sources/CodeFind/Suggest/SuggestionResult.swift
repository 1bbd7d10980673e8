/// The codes suggested for a record, best first, and the time it took.
public struct SuggestionResult: Sendable, Hashable {
  /// One suggested code, with what the record says of it and the words that justify it.
  public struct Item: Sendable, Hashable {
    /// The code in its system's display form (`E11.40`).
    public var code: String
    /// The code's system.
    public var system: CodeSystem.ID
    /// The official title.
    public var title: String
    /// How well the record's words fit the code, 0…1 (1: every word of the mention explained, by
    /// the code's title).
    public var score: Double
    /// What the record says of the condition. A family mention's item carries a family-history
    /// code (Z80–Z84), and a history mention's item a personal-history code when there is one.
    public var assertion: Assertion
    /// Whether a coder would report the code: a present condition, or the family- or
    /// personal-history code of a history or family mention.
    public var isReportable: Bool
    /// The words of the record that justify the code, in text order.
    public var evidence: [Evidence]
  }

  /// Words of the record, as UTF-16 offsets into it (as LSP positions count by default).
  public struct Evidence: Sendable, Hashable {
    /// The offsets `[start, end)` in the record.
    public var utf16Range: Range<Int>
    /// Exactly the record's characters at ``utf16Range``.
    public var text: String
  }

  /// The items, best first.
  public var items: [Item]
  /// The time spent, in microseconds.
  public var elapsedMicros: Int
}

/// The JSON of the `suggest` method (protocol.md): `{"items": [{"code", "system", "title", "score",
/// "assertion", "evidence": [{"start", "end", "text"}]}], "elapsedMicros"}`, offsets in UTF-16 units.
extension SuggestionResult: Encodable {
  private enum CodingKeys: String, CodingKey { case items, elapsedMicros }
}

extension SuggestionResult.Item: Encodable {
  private enum CodingKeys: String, CodingKey { case code, system, title, score, assertion, evidence }

  /// Encodes the item's wire fields (``isReportable`` is not one: the default result holds only
  /// reportable items).
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(code, forKey: .code)
    try container.encode(system.rawValue, forKey: .system)
    try container.encode(title, forKey: .title)
    try container.encode(score, forKey: .score)
    try container.encode(assertion, forKey: .assertion)
    try container.encode(evidence, forKey: .evidence)
  }
}

extension SuggestionResult.Evidence: Encodable {
  private enum CodingKeys: String, CodingKey { case start, end, text }

  /// Encodes `start`, `end` (UTF-16 offsets, end exclusive) and `text`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(utf16Range.lowerBound, forKey: .start)
    try container.encode(utf16Range.upperBound, forKey: .end)
    try container.encode(text, forKey: .text)
  }
}
