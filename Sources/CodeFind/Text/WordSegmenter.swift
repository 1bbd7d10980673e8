/// Word boundaries: where the words, numbers, codes and coder shorthand of a text begin and end.
///
/// Pure-ASCII text is scanned here with the UAX #29 rules that matter for ASCII (letters and digits
/// join; `.` and `'` join letters to letters and digits to digits, so `E11.40`, `S72.001A`, `e.g`,
/// `Alzheimer's` and `2.5` stay whole; `,` and `;` join digits to digits; `_` joins anything), which
/// gives the same segments as ICU's word iterator on ASCII and costs no ICU call. Other text goes
/// to ICU. Both then get the same two joining passes: the parts of an ICD-10-CM code that UAX #29
/// splits at a dot next to a letter are one token (`C4A.0`, `E11.A`), and so are single letters
/// around a slash (`w/o`, `s/p`, `h/o`, `L/R`); a single letter before a slash keeps it (`w/`).
enum WordSegmenter {
  /// A segment of the text: its UTF-16 range, and whether it is a slash form.
  struct Segment: Equatable {
    /// The UTF-16 offsets `[start, end)`.
    var range: Range<Int>
    /// Whether the segment is a slash form (`w/`, `w/o`).
    var isSlashForm: Bool
  }

  /// The segments of UTF-16 text, in order.
  /// - Parameters:
  ///   - units: The text.
  ///   - isASCII: Whether every unit is ASCII (then no ICU call is made).
  /// - Returns: The segments; if ICU fails on non-ASCII text, the ASCII rules are used with every
  ///   non-ASCII unit counted as a letter.
  static func segments(_ units: [UInt16], isASCII: Bool) -> [Segment] {
    let words = isASCII ? scan(units) : (icuWords(units) ?? scan(units))
    return joinSlashForms(joinCodes(words, in: units), in: units)
  }

  /// ICU's word segments, without those made of underscores only (ICU counts `__` as a word).
  /// - Parameter units: The text.
  /// - Returns: The word segments, or `nil` when ICU failed.
  static func icuWords(_ units: [UInt16]) -> [Range<Int>]? {
    ICUBridge.wordSegments(units)?.filter { !units[$0].allSatisfy { $0 == 0x5F } }
  }

  private static let slash: UInt16 = 0x2F
  private static let dot: UInt16 = 0x2E

  /// Joins two words separated by one dot when together they are shaped like a code (`C4A` `.` `0`).
  /// - Parameters:
  ///   - words: Word segments in order.
  ///   - units: The text.
  /// - Returns: The segments with such codes joined.
  static func joinCodes(_ words: [Range<Int>], in units: [UInt16]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    result.reserveCapacity(words.count)
    for word in words {
      if let last = result.last, last.count == 3, word.lowerBound == last.upperBound + 1, units[last.upperBound] == dot,
        TokenShape.isCodeShaped(TextFolding.asciiLowercased(units[last.lowerBound..<word.upperBound]))
      {
        result[result.count - 1] = last.lowerBound..<word.upperBound
      } else {
        result.append(word)
      }
    }
    return result
  }

  /// Merges single letters around a slash into slash-form segments.
  /// - Parameters:
  ///   - words: Word segments in order.
  ///   - units: The text.
  /// - Returns: The segments with slash forms merged.
  static func joinSlashForms(_ words: [Range<Int>], in units: [UInt16]) -> [Segment] {
    var result: [Segment] = []
    result.reserveCapacity(words.count)
    var index = 0
    while index < words.count {
      let word = words[index]
      let slashFollows = word.upperBound < units.count && units[word.upperBound] == slash
      guard slashFollows, isSingleLetter(word, in: units), !(word.lowerBound > 0 && units[word.lowerBound - 1] == slash)
      else {
        result.append(Segment(range: word, isSlashForm: false))
        index += 1
        continue
      }
      if index + 1 < words.count, words[index + 1].lowerBound == word.upperBound + 1,
        isSingleLetter(words[index + 1], in: units)
      {
        result.append(Segment(range: word.lowerBound..<words[index + 1].upperBound, isSlashForm: true))
        index += 2
      } else {
        result.append(Segment(range: word.lowerBound..<word.upperBound + 1, isSlashForm: true))
        index += 1
      }
    }
    return result
  }

  /// Whether a segment is one ASCII letter.
  private static func isSingleLetter(_ range: Range<Int>, in units: [UInt16]) -> Bool {
    range.count == 1 && unitClass(units[range.lowerBound]) == .letter
  }

  /// How a UTF-16 unit takes part in ASCII word segmentation.
  enum UnitClass {
    case letter, digit, connector, midLetterOrNumber, midNumber, other
  }

  /// The class of a unit: ASCII letters and digits; `_` connects; `.` and `'` sit inside words or
  /// numbers; `,` and `;` inside numbers; any non-ASCII unit counts as a letter (the ICU-free
  /// fallback); everything else separates.
  static func unitClass(_ unit: UInt16) -> UnitClass {
    switch unit {
    case 0x41...0x5A, 0x61...0x7A: .letter
    case 0x30...0x39: .digit
    case 0x5F: .connector
    case 0x2E, 0x27: .midLetterOrNumber
    case 0x2C, 0x3B: .midNumber
    case 0x80...: .letter
    default: .other
    }
  }

  /// Scans word segments with the ASCII subset of the UAX #29 word rules.
  /// - Parameter units: The text.
  /// - Returns: The word segments (those with at least one letter or digit).
  static func scan(_ units: [UInt16]) -> [Range<Int>] {
    var segments: [Range<Int>] = []
    var index = 0
    while index < units.count {
      let first = unitClass(units[index])
      guard first == .letter || first == .digit || first == .connector else {
        index += 1
        continue
      }
      let start = index
      var hasAlphanumeric = first != .connector
      index += 1
      extending: while index < units.count {
        let current = unitClass(units[index])
        switch current {
        case .letter, .digit, .connector:
          hasAlphanumeric = hasAlphanumeric || current != .connector
          index += 1
        case .midLetterOrNumber, .midNumber:
          guard index + 1 < units.count else { break extending }
          let before = unitClass(units[index - 1])
          let after = unitClass(units[index + 1])
          let joinsLetters = current == .midLetterOrNumber && before == .letter && after == .letter
          let joinsDigits = before == .digit && after == .digit
          guard joinsLetters || joinsDigits else { break extending }
          index += 2
        case .other:
          break extending
        }
      }
      if hasAlphanumeric { segments.append(start..<index) }
    }
    return segments
  }
}
