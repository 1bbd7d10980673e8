/// A condition named in a record: the code chosen for it, what the record says of it, and where.
struct Mention: Sendable, Hashable {
  /// The code's ordinal.
  var ordinal: Int
  /// What the record says of the condition.
  var assertion: Assertion
  /// Whether the code is one a coder reports for this assertion (a present condition's code, or a
  /// family- or personal-history code).
  var isReportable: Bool
  /// Whether the words are in an assessment section (diagnoses, impression, plan).
  var inAssessment: Bool
  /// The UTF-16 ranges of the words that name it, in text order.
  var evidence: [Range<Int>]
  /// How well the words fit the code, 0…1.
  var score: Double
}
