/// The phrases that name one code (its title, inclusion terms and "includes" notes), as index
/// terms, each word marked by whether a mention must support it.
///
/// ICD-10-CM writes optional words in parentheses (`Essential (primary) hypertension`), and some
/// words only say that no detail was documented: `unspecified`, `NOS`, `not specified`, the words
/// that follow `without` (`without complications`: the default when none is named) or an
/// `unspecified` in the middle of a title (`unspecified organism`), the words after `not` (`not
/// intractable`), `unilateral` (said by `left` or `right`), `other`, and the defaults of a fracture
/// (`closed`, `initial encounter`). Such words need no support; every other word does.
struct CodePhrases: Sendable {
  /// One phrase: the words a mention must support.
  struct Phrase: Sendable, Hashable {
    /// For each word that needs support, the index terms that support it: the word's own term and
    /// those of its one-word equivalents (`diabetic` is supported by `diabetes`, `renal` by `kidney`).
    var required: [[Int]]
    /// The terms of the words after `without` or `not` (`without aura`): needing no support, but
    /// a record that writes them (`migraine without aura`) fits this phrase better.
    var absent: [Int] = []
    /// Whether the phrase names an "other" (specified but not elsewhere classified) form; among
    /// equally specific codes, a phrase without it fits better.
    var isOther = false
  }

  /// The code's phrases, title first.
  var phrases: [Phrase]

  /// Words that never need support.
  private static let neutralWords: Set<String> = [
    "unspecified", "nos", "initial", "encounter", "closed", "of", "the", "and", "a", "an", "in", "on", "to", "for",
    "by", "at", "or", "from", "as", "is", "with", "due", "classified", "elsewhere", "specified", "site", "unilateral",
  ]

  /// Reads and analyzes the phrases of a code.
  /// - Parameters:
  ///   - ordinal: The code's ordinal.
  ///   - index: The index that holds it.
  ///   - lexicon: The index's terminology, for the words' equivalents.
  ///   - analyzer: The analyzer that made the index's terms.
  init(ordinal: Int, index: IndexReader, lexicon: Lexicon, analyzer: Analyzer) {
    guard let code = index.code(at: ordinal) else {
      phrases = []
      return
    }
    let notes = index.notes(of: ordinal)
    let texts = [code.title] + notes[.inclusionTerm] + notes[.includes]
    phrases = texts.compactMap { Self.phrase($0, index: index, lexicon: lexicon, analyzer: analyzer) }
  }

  /// The words of `text` that need support, or `nil` when a word is not in the index.
  private static func phrase(_ text: String, index: IndexReader, lexicon: Lexicon, analyzer: Analyzer) -> Phrase? {
    let units = Array(text.utf16)
    let tokens = analyzer.analyze(text)
    var required: [[Int]] = []
    var absent: [Int] = []
    var isOther = false
    // Inside a run of words after "without"/"not".
    var absentRun = false
    var depth = 0
    var scanned = 0
    var neutralRun = false
    var previous: String?
    // After "and"/"or" that joins the last word of a segment to the one before it ("Hypo-osmolality
    // and hyponatremia", "trachea, bronchus and lung"), either word supports the slot.
    var joinsPrevious = false
    // Where the last word's slots start: hyphen-joined parts ("hypo-osmolality") are one word.
    var wordStart = 0
    for (offset, token) in tokens.enumerated() {
      // Parentheses and brackets before the token: optional words, and commas that end a run of
      // neutral words.
      while scanned < token.utf16Range.lowerBound, scanned < units.count {
        switch units[scanned] {
        case 0x28, 0x5B: depth += 1
        case 0x29, 0x5D: depth = max(0, depth - 1)
        case 0x2C:
          neutralRun = false
          absentRun = false
        default: break
        }
        scanned += 1
      }
      defer { previous = token.term }
      let term = token.term
      if term == "without" || term == "not" || term == "except" {
        neutralRun = true
        absentRun = true
        continue
      }
      if term == "other" {
        isOther = true
        continue
      }
      // "Other specified diabetes mellitus" is a documented kind, not a default: it needs "specified".
      if term == "specified", previous == "other", depth == 0, let id = index.term(term) {
        required.append([id])
        continue
      }
      if term == "unspecified" {
        // "Unspecified atrial fibrillation" still needs its words; "Pneumonia, unspecified
        // organism" does not need "organism", nor "with unspecified complications" "with".
        neutralRun = offset > 0 && previous != "with"
        continue
      }
      if absentRun, !neutralWords.contains(term), let id = index.term(term) { absent.append(id) }
      if neutralRun, ["of", "in"].contains(term) {
        neutralRun = false
        absentRun = false
      }
      if (term == "and" || term == "or"), depth == 0, !neutralRun, !required.isEmpty,
        Self.endsSegment(after: offset + 1, tokens: tokens, units: units)
      {
        joinsPrevious = true
        continue
      }
      if depth > 0 || neutralRun { continue }
      if neutralWords.contains(term) { continue }
      guard let id = index.term(term) else { return nil }
      let equivalents = lexicon.expansions(of: tokens[offset...]).filter { $0.matchedCount == 1 && $0.terms.count == 1 }
      let alternatives = [id] + equivalents.compactMap { $0.terms.first.flatMap(index.term) }
      let isWordPart =
        offset > 0 && tokens[offset - 1].utf16Range.upperBound + 1 == token.utf16Range.lowerBound
        && units[token.utf16Range.lowerBound - 1] == 0x2D
      if joinsPrevious, wordStart < required.count {
        let joined = required[wordStart...].flatMap { $0 } + alternatives
        required.removeSubrange(wordStart...)
        required.append(joined)
        joinsPrevious = false
      } else {
        if !isWordPart { wordStart = required.count }
        required.append(alternatives)
      }
    }
    return Phrase(required: required, absent: absent, isOther: isOther)
  }

  /// Whether the token at `next` is the last of its comma-separated segment.
  private static func endsSegment(after next: Int, tokens: [Token], units: [UInt16]) -> Bool {
    guard next < tokens.count else { return false }
    guard next + 1 < tokens.count else { return true }
    let between = units[tokens[next].utf16Range.upperBound..<tokens[next + 1].utf16Range.lowerBound]
    return between.contains(0x2C)
  }
}
