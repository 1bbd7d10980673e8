/// One row of the synonyms file: phrases that mean the same, or phrases that mean others.
///
/// A group (`kidney | renal`) makes every phrase an equivalent of every other. A mapping
/// (`sugar` → `diabetes`) is one way. A spelling mapping may rewrite part of a word: `*` at the
/// start and/or end of both sides (`*haem*` → `*hem*`, `*aemi*` → `*emi*`) rewrites that part
/// anywhere it occurs in one word, at its start (`x*`) or at its end (`*x`).
public struct SynonymRule: Sendable, Hashable {
  /// Where the equivalence comes from.
  public var kind: Expansion.Kind
  /// The phrases that expand (for a group, all of its phrases).
  public var sources: [String]
  /// What they expand to (for a group, all of its phrases, each source skipping itself).
  public var targets: [String]
  /// Whether the row is a group (every phrase means every other) rather than a one-way mapping.
  public var isGroup: Bool
  /// The 1-based line of the row in its file, for messages.
  public var line: Int

  /// Creates a group: every phrase is an equivalent of every other.
  /// - Parameters:
  ///   - kind: Where the equivalence comes from.
  ///   - phrases: Two or more phrases.
  ///   - line: The row's line, for messages.
  public init(kind: Expansion.Kind, group phrases: [String], line: Int = 0) {
    self.kind = kind
    self.sources = phrases
    self.targets = phrases
    self.isGroup = true
    self.line = line
  }

  /// Creates a one-way mapping: each source means each target.
  /// - Parameters:
  ///   - kind: Where the equivalence comes from.
  ///   - sources: The phrases that expand.
  ///   - targets: What they expand to.
  ///   - line: The row's line, for messages.
  public init(kind: Expansion.Kind, mapping sources: [String], to targets: [String], line: Int = 0) {
    self.kind = kind
    self.sources = sources
    self.targets = targets
    self.isGroup = false
    self.line = line
  }

  /// Whether the row rewrites part of a word (`*haem*` → `*hem*`).
  public var isWordPartRewrite: Bool { sources.contains { $0.contains("*") } }
}
