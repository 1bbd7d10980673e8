/// The sections of a clinical note, from header lines such as `Family history:` or `Medications:`,
/// and what each means for the conditions named in it.
struct NoteSections {
  /// What a section means for the conditions in it.
  enum Kind: Sendable, Hashable {
    /// An ordinary section: conditions are the patient's.
    case clinical
    /// The diagnoses: assessment, impression, plan, principal and discharge diagnoses, problems.
    /// Symptoms are reported from these sections only, when a record has them.
    case assessment
    /// An operative note's preoperative diagnosis: replaced by the postoperative one.
    case preoperative
    /// Family history: conditions are relatives'.
    case family
    /// Past surgical history: procedures done.
    case history
    /// Medications, allergies, vital signs: no conditions to code.
    case ignored
  }

  /// A section: where its content starts (after the header's colon) and its kind.
  private struct Section {
    var start: Int
    var kind: Kind
  }

  private var sections: [Section] = []
  /// The UTF-16 ranges of the header words (`Family history:`), which are never mentions.
  private(set) var headers: [Range<Int>] = []

  /// Whether the record has a postoperative diagnosis other than "same".
  private(set) var hasDistinctPostoperative = false
  /// Whether the record has an assessment section.
  var hasAssessment: Bool { sections.contains { $0.kind == .assessment } }

  /// Words of the headers of ordinary sections (`History of present illness:`, `Exam:`).
  private static let clinicalHeaderWords = [
    "history", "hpi", "complaint", "cc", "course", "exam", "ros", "review", "social", "subjective", "objective",
    "finding", "procedure", "reason", "indication", "anesthesia", "complication", "ebl", "condition", "patient",
    "comorbid", "pmh", "ed ", "emergency", "summary", "note", "report", "x-ray", "ct", "mri", "ekg", "ecg", "imaging",
    "ultrasound", "duplex", "pathology", "specimen", "admitted", "discharged", "etiology", "other", "secondary", "principal",
  ]

  /// The kind of a section from its header's words (folded, single-spaced).
  private static func kind(ofHeader name: String) -> Kind {
    func has(_ parts: String...) -> Bool { parts.contains { name.containsBytes(of: $0) } }
    if has("family", "fh", "fhx") { return .family }
    if has("surgical history", "psh", "prior surger") { return .history }
    if has("preop", "pre-op", "pre op") { return .preoperative }
    if has("medication", "meds", "allerg", "vital", "labs", "disposition", "diet", "activity", "code status", "follow") {
      return .ignored
    }
    if has("diagnos", "assessment", "impression", "a/p", "a&p", "plan", "problem") { return .assessment }
    return .clinical
  }

  /// Finds the header at the start of each line of a text: up to five words before a colon.
  /// - Parameter units: The text's UTF-16 units.
  /// - Complexity: O(*n*) in the length of the text.
  init(units: [UInt16]) {
    var lineStart = 0
    while lineStart < units.count {
      var lineEnd = lineStart
      while lineEnd < units.count, units[lineEnd] != 0x0A { lineEnd += 1 }
      readHeader(units, lineStart..<lineEnd)
      lineStart = lineEnd + 1
    }
  }

  private mutating func readHeader(_ units: [UInt16], _ line: Range<Int>) {
    var start = line.lowerBound
    while start < line.upperBound, units[start] == 0x20 || units[start] == 0x09 { start += 1 }
    guard let colon = units[start..<line.upperBound].firstIndex(of: 0x3A), colon - start <= 40, colon > start else { return }
    let name = units[start..<colon]
    guard name.allSatisfy({ Self.isHeaderUnit($0) }), name.filter({ $0 == 0x20 }).count < 5 else { return }
    let folded = TextFolding.asciiLowercased(name).split(separator: " ").joined(separator: " ")
    let kind = Self.kind(ofHeader: folded)
    // "HTN: controlled" names a condition, not a section.
    guard kind != .clinical || Self.clinicalHeaderWords.contains(where: { folded.containsBytes(of: $0) }) else { return }
    headers.append(start..<(colon + 1))
    sections.append(Section(start: colon + 1, kind: kind))
    if kind == .assessment, ["postop", "post-op", "post op"].contains(where: { folded.containsBytes(of: $0) }) {
      let rest = TextFolding.asciiLowercased(units[(colon + 1)..<line.upperBound]).trimmingSpaces
      if !rest.hasPrefix("same") { hasDistinctPostoperative = true }
    }
  }

  /// The kind of the section that holds a UTF-16 offset (clinical before the first header).
  /// - Parameter offset: A UTF-16 offset in the text.
  /// - Complexity: O(log *s*) in the number of sections.
  func kind(at offset: Int) -> Kind {
    var low = 0, high = sections.count
    while low < high {
      let middle = (low + high) / 2
      if sections[middle].start <= offset { low = middle + 1 } else { high = middle }
    }
    return low == 0 ? .clinical : sections[low - 1].kind
  }

  /// Whether a UTF-16 range lies inside a header's words.
  func isHeader(_ range: Range<Int>) -> Bool {
    headers.contains { $0.contains(range.lowerBound) }
  }

  private static func isHeaderUnit(_ unit: UInt16) -> Bool {
    (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit) || unit == 0x20 || unit == 0x2F || unit == 0x2D
      || unit == 0x26
  }
}
