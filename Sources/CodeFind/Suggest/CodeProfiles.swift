import Foundation

/// The codes, phrases and default children that suggestion reads from the index, each read once and
/// kept for every later suggestion of the same ``CodeSuggester`` (a server suggests for many
/// records; reading a code's phrases costs an analysis of its title and inclusion terms).
///
/// Thread-safe: a lock guards the tables; reading from the index happens outside it. Memory grows
/// with the distinct codes suggestions have considered, at most the index's code count.
final class CodeProfiles: @unchecked Sendable {
  // @unchecked: every table is read and written under `lock` only.
  private let lock = NSLock()
  private var codes: [Int: IndexedCode] = [:]
  private var phrases: [Int: CodePhrases] = [:]
  private var defaults: [Int: Int?] = [:]
  private let index: IndexReader
  private let lexicon: Lexicon
  private let analyzer = Analyzer()

  /// Creates empty tables over an index.
  /// - Parameters:
  ///   - index: The index codes are read from.
  ///   - lexicon: Its terminology.
  init(index: IndexReader, lexicon: Lexicon) {
    self.index = index
    self.lexicon = lexicon
  }

  /// A code of the index.
  func code(_ ordinal: Int) -> IndexedCode? {
    if let known = lock.withLock({ codes[ordinal] }) { return known }
    guard let read = index.code(at: ordinal) else { return nil }
    lock.withLock { codes[ordinal] = read }
    return read
  }

  /// The phrases that name a code (``CodePhrases``).
  func phrases(_ ordinal: Int) -> CodePhrases {
    if let known = lock.withLock({ phrases[ordinal] }) { return known }
    let read = CodePhrases(ordinal: ordinal, index: index, lexicon: lexicon, analyzer: analyzer)
    lock.withLock { phrases[ordinal] = read }
    return read
  }

  /// The code itself when billable, else the default code under a header: the child that adds no
  /// detail (`unspecified`, `without complications`, a `.9` code, then any `without`), or the initial encounter of an
  /// injury, repeatedly; `nil` when there is none.
  func billableCode(for ordinal: Int) -> Int? {
    if let known = lock.withLock({ defaults[ordinal] }) { return known }
    var current = ordinal
    var result: Int?
    for _ in 0..<4 {
      guard let code = code(current) else { break }
      if code.isBillable {
        result = current
        break
      }
      let children = index.children(of: current).compactMap { self.code($0) }
      // Each title lowercased once: up to three searches read it, and a header may have thousands of children.
      let titles = children.map { $0.title.lowercased() }
      let unspecific = titles.firstIndex { title in
        title.hasSuffix("unspecified") || title.containsBytes(of: ", unspecified")
          || title.containsBytes(of: "without complication") || title.hasPrefix("unspecified")
      }
      guard
        let next = unspecific ?? children.firstIndex(where: { $0.key.hasSuffix("9") })
          ?? titles.firstIndex(where: { $0.containsBytes(of: "without") })
          ?? titles.firstIndex(where: { $0.containsBytes(of: "initial encounter") })
      else { break }
      current = children[next].ordinal
    }
    lock.withLock { defaults[ordinal] = result }
    return result
  }
}
