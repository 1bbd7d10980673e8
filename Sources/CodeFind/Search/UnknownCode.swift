/// A code spelling that is no code of the index, with the real codes nearest to it: what
/// `codefind show` and the server's `code` method report for it.
public struct UnknownCode: Sendable {
  /// The spelling, without its leading and trailing spaces and tabs.
  public let spelling: String
  /// The codes nearest to it (``CodeDetails/nearest(_:in:limit:)``), possibly none.
  public let nearest: [IndexedCode]
  /// The systems the index holds, with their releases.
  public let systems: [CodeSystem]

  /// The report for a spelling that matched no code of `index`.
  /// - Parameters:
  ///   - spelling: The code as the user wrote it.
  ///   - index: The index it is not in.
  public init(_ spelling: String, in index: IndexReader) {
    self.spelling = spelling.trimmingSpaces
    nearest = CodeDetails.nearest(spelling, in: index)
    systems = index.systems.map(\.system)
  }

  /// "E11.99 is not a code in ICD-10-CM 2026, ICD-10-PCS 2024; closest codes: E11.9, E11.0" (the
  /// closest codes only when there are some).
  public var message: String {
    var message = "\(spelling) is not a code in " + systems.map { "\($0.name) \($0.version)" }.joined(separator: ", ")
    if !nearest.isEmpty { message += "; closest codes: " + nearest.map(\.display).joined(separator: ", ") }
    return message
  }
}
