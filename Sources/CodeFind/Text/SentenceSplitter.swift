/// Splits clinical text into sentences, for suggestion and evidence spans.
///
/// Boundaries come from ICU's sentence rules (a line break ends a sentence too, which suits notes
/// written as lists), except after an abbreviation that never ends a clinical sentence even
/// before a capital: titles (`Dr.`, `Mr.`, `Mrs.`, `Ms.`, `Prof.`, `St.`), Latin (`e.g.`, `i.e.`,
/// `cf.`, `vs.`, `approx.`) and coder shorthand (`s/p.`, `h/o.`, `r/o.`, `c/o.`, `w/.`), and after
/// `No.` before a digit. If ICU is unavailable, each line is one sentence.
public struct SentenceSplitter: Sendable, Hashable {
  /// Abbreviations (folded, without their final period) that a sentence never ends on.
  private static let protected: Set<String> = [
    "dr", "mr", "mrs", "ms", "prof", "st", "sr", "jr", "e.g", "i.e", "cf", "vs", "approx", "s/p", "h/o", "r/o",
    "c/o", "w/",
  ]

  /// Creates a sentence splitter.
  public init() {}

  /// The sentences of a text.
  /// - Parameter text: Any text.
  /// - Returns: The sentences in order, trimmed of surrounding whitespace; whitespace-only stretches
  ///   give none.
  /// - Complexity: O(*n*) in the length of `text`.
  public func sentences(in text: String) -> [Sentence] {
    let units = Array(text.utf16)
    let boundaries = ICUBridge.sentenceBoundaries(units) ?? Self.lineBoundaries(units)
    var sentences: [Sentence] = []
    var start = 0
    for boundary in boundaries.dropFirst() where boundary == units.count || !Self.isProtected(boundary, in: units) {
      var lower = start
      var upper = boundary
      while lower < upper, Self.isWhitespace(units[lower]) { lower += 1 }
      while upper > lower, Self.isWhitespace(units[upper - 1]) { upper -= 1 }
      if lower < upper { sentences.append(Sentence(utf16Range: lower..<upper, index: sentences.count)) }
      start = boundary
    }
    return sentences
  }

  /// Offsets after every line feed, with 0 and the end: one sentence per line.
  private static func lineBoundaries(_ units: [UInt16]) -> [Int] {
    var boundaries = [0]
    for (offset, unit) in units.enumerated() where unit == 0x0A && offset + 1 < units.count {
      boundaries.append(offset + 1)
    }
    boundaries.append(units.count)
    return boundaries
  }

  /// Whether the boundary at `offset` follows a protected abbreviation and its period.
  private static func isProtected(_ offset: Int, in units: [UInt16]) -> Bool {
    var end = offset
    while end > 0, isWhitespace(units[end - 1]) {
      if units[end - 1] == 0x0A { return false }
      end -= 1
    }
    guard end > 0, units[end - 1] == 0x2E else { return false }
    var start = end - 1
    while start > 0, isAbbreviationUnit(units[start - 1]) { start -= 1 }
    let word = TextFolding.asciiLowercased(units[start..<(end - 1)])
    if protected.contains(word) { return true }
    guard word == "no", offset < units.count else { return false }
    return (0x30...0x39).contains(units[offset])
  }

  /// ASCII letters, `.` and `/`: what the protected abbreviations are made of.
  private static func isAbbreviationUnit(_ unit: UInt16) -> Bool {
    (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit) || unit == 0x2E || unit == 0x2F
  }

  private static func isWhitespace(_ unit: UInt16) -> Bool {
    unit == 0x20 || (0x09...0x0D).contains(unit) || unit == 0xA0 || unit == 0x2028 || unit == 0x2029
  }
}
