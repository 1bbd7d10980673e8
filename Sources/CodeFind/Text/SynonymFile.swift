/// Reads CodeFind's synonyms file (`data/terminology/synonyms.tsv`).
///
/// UTF-8 text, one row per line (LF or CRLF); empty lines and lines starting with `#` are skipped. A row is
/// tab-separated:
/// ```
/// kind<TAB>phrase | phrase | …                   a group: every phrase means every other
/// kind<TAB>phrase | …<TAB>target | …             a mapping: each phrase means each target
/// ```
/// `kind` is one of `synonym`, `lay`, `eponym`, `spelling`, `abbreviation`, `shorthand`. Phrases are
/// separated by `|` with optional spaces around it. In `spelling` mappings only, a single word on
/// each side may carry `*` at its start and/or end, the same on both sides, to rewrite part of a
/// word (`*haem*` → `*hem*`).
public enum SynonymFile {
  /// Parses the text of a synonyms file.
  /// - Parameters:
  ///   - text: The file's content.
  ///   - file: The file's name or path, for messages.
  /// - Returns: The rows in file order.
  /// - Throws: ``LexiconError`` naming the first malformed line: a wrong number of columns, an
  ///   unknown kind, an empty phrase, a phrase without letters or digits, a group of one phrase, or a
  ///   misplaced `*`.
  /// - Complexity: O(*n*) in the length of `text`.
  public static func parse(_ text: String, file: String) throws(LexiconError) -> [SynonymRule] {
    var rules: [SynonymRule] = []
    var lineNumber = 0
    for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      lineNumber += 1
      let trimmed = line.trimmingSpaces
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      rules.append(try parseRow(line, file: file, line: lineNumber))
    }
    return rules
  }

  private static let format = "kind<TAB>phrase | phrase (a group) or kind<TAB>phrase<TAB>target (a mapping)"

  private static func parseRow(_ row: Substring, file: String, line: Int) throws(LexiconError) -> SynonymRule {
    func fail(_ problem: String) -> LexiconError { LexiconError(file: file, line: line, problem: problem) }
    let columns = row.split(separator: "\t", omittingEmptySubsequences: false)
    guard columns.count == 2 || columns.count == 3 else {
      throw fail("expected 2 or 3 tab-separated columns, found \(columns.count); write \(format)")
    }
    let kindName = columns[0].trimmingSpaces
    guard let kind = Expansion.Kind(rawValue: String(kindName)) else {
      let kinds = Expansion.Kind.allCases.map(\.rawValue).joined(separator: ", ")
      throw fail("unknown kind \"\(kindName)\"; use one of \(kinds)")
    }
    let sources = try phrases(columns[1], fail: fail)
    if columns.count == 2 {
      guard sources.count >= 2 else {
        throw fail("a group needs two or more phrases separated by \"|\"; add a tab and a target for a mapping")
      }
      guard !sources.contains(where: { $0.contains("*") }) else {
        throw fail("\"*\" rewrites part of a word and belongs only in spelling mappings (kind<TAB>*from*<TAB>*to*)")
      }
      return SynonymRule(kind: kind, group: sources, line: line)
    }
    let targets = try phrases(columns[2], fail: fail)
    let rule = SynonymRule(kind: kind, mapping: sources, to: targets, line: line)
    if rule.isWordPartRewrite || targets.contains(where: { $0.contains("*") }) {
      try checkWordPartRewrite(rule, fail: fail)
    }
    return rule
  }

  private static func phrases(_ column: Substring, fail: (String) -> LexiconError) throws(LexiconError) -> [String] {
    var result: [String] = []
    for part in column.split(separator: "|", omittingEmptySubsequences: false) {
      let phrase = part.trimmingSpaces
      guard !phrase.isEmpty else { throw fail("empty phrase; remove the extra \"|\" or write the phrase") }
      guard phrase.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
      else { throw fail("phrase \"\(phrase)\" has no letters or digits, so it can never match; remove it") }
      result.append(String(phrase))
    }
    return result
  }

  private static func checkWordPartRewrite(_ rule: SynonymRule, fail: (String) -> LexiconError) throws(LexiconError) {
    guard rule.kind == .spelling, rule.sources.count == 1, rule.targets.count == 1 else {
      throw fail("\"*\" rewrites part of a word and belongs only in spelling mappings of one word to one word")
    }
    let source = rule.sources[0]
    let target = rule.targets[0]
    func shape(_ word: String) -> (leading: Bool, trailing: Bool, core: Substring) {
      let leading = word.hasPrefix("*")
      let trailing = word.hasSuffix("*") && word.count > 1
      return (leading, trailing, word.dropFirst(leading ? 1 : 0).dropLast(trailing ? 1 : 0))
    }
    let from = shape(source)
    let to = shape(target)
    guard from.leading == to.leading, from.trailing == to.trailing, from.leading || from.trailing else {
      throw fail("\"\(source)\" and \"\(target)\" must both carry \"*\" at the same ends, for example *haem* → *hem*")
    }
    let isWordPart = { (core: Substring) in !core.isEmpty && core.allSatisfy { $0.isLetter && $0.isASCII } }
    guard isWordPart(from.core), from.core == from.core.lowercased(), to.core.allSatisfy({ $0.isLetter && $0.isASCII }),
      to.core == to.core.lowercased()
    else {
      throw fail(
        "a word-part rewrite takes lowercase ASCII letters between the \"*\"s, found \"\(source)\" → \"\(target)\"")
    }
  }
}

extension Substring {
  /// The substring without leading and trailing spaces and tabs.
  fileprivate var trimmingSpaces: Substring {
    var result = self
    while let first = result.first, first == " " || first == "\t" { result.removeFirst() }
    while let last = result.last, last == " " || last == "\t" { result.removeLast() }
    return result
  }
}
