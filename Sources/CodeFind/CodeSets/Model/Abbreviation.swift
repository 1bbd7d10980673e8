/// A medical abbreviation and its expansions; an ambiguous one (`DM`) keeps every expansion.
public struct Abbreviation: Sendable, Hashable, Codable {
  /// The abbreviation as written ("CHF").
  public var abbreviation: String
  /// Its expansions, in source order ("congestive heart failure").
  public var expansions: [String]

  /// Creates an abbreviation entry.
  /// - Parameters:
  ///   - abbreviation: The abbreviation.
  ///   - expansions: Its expansions.
  public init(abbreviation: String, expansions: [String]) {
    self.abbreviation = abbreviation
    self.expansions = expansions
  }
}
