/// The sections of a clinical note, from header lines such as `Family history:` or `Medications:`,
/// and what each means for the conditions named in it.
struct NoteSections {
  /// What a section means for the conditions in it.
  enum Kind: Sendable, Hashable {
    /// An ordinary section: conditions are the patient's.
    case clinical
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

  private static let headerKinds: [String: Kind] = [
    "family history": .family, "family hx": .family, "fh": .family, "fhx": .family, "family medical history": .family,
    "past surgical history": .history, "surgical history": .history, "psh": .history, "prior surgeries": .history,
    "medications": .ignored, "meds": .ignored, "home medications": .ignored, "current medications": .ignored,
    "discharge medications": .ignored, "medications on discharge": .ignored, "allergies": .ignored,
    "allergy": .ignored, "vitals": .ignored, "vital signs": .ignored, "labs": .ignored, "disposition": .ignored,
    "diet": .ignored, "activity": .ignored, "code status": .ignored, "follow up": .ignored, "follow-up": .ignored,
  ]

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
    headers.append(start..<(colon + 1))
    sections.append(Section(start: colon + 1, kind: Self.headerKinds[folded] ?? .clinical))
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
