/// Tells words, numbers, codes and coder shorthand apart by their folded spelling.
enum TokenShape {
  /// What a folded spelling is made of, found in one pass over its bytes.
  struct Features {
    /// Whether it has a letter (an ASCII letter or any non-ASCII character).
    var hasLetter = false
    /// Whether it has an ASCII digit.
    var hasDigit = false
    /// Whether it has an apostrophe.
    var hasApostrophe = false
    /// Whether it has a dot.
    var hasDot = false
    /// Whether it is all ASCII.
    var isASCII = true

    /// The features of a folded spelling.
    /// - Parameter text: The folded spelling.
    init(_ text: String) {
      for byte in text.utf8 {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): hasDigit = true
        case UInt8(ascii: "a")...UInt8(ascii: "z"): hasLetter = true
        case UInt8(ascii: "'"): hasApostrophe = true
        case UInt8(ascii: "."): hasDot = true
        case 0x80...:
          hasLetter = true
          isASCII = false
        default: continue
        }
      }
    }
  }

  /// The kind of a token.
  /// - Parameters:
  ///   - text: The folded spelling.
  ///   - features: Its features.
  ///   - isSlashForm: Whether the segmenter made it from a slash form (`w/o`).
  /// - Returns: `.shorthand` for slash forms; `.number` for digits (with `.`, `,`, `;`, `'` or `_`
  ///   inside) and ordinals (`3rd`); `.code` for code shapes (``isCodeShaped(_:)``); `.shorthand`
  ///   for other mixes of letters and digits; `.word` otherwise.
  static func kind(of text: String, features: Features, isSlashForm: Bool) -> Token.Kind {
    if isSlashForm { return .shorthand }
    switch (features.hasLetter, features.hasDigit) {
    case (false, true): return .number
    case (true, true):
      if Numerals.ordinalValue(text) != nil { return .number }
      return isCodeShaped(text) ? .code : .shorthand
    default: return .word
    }
  }

  /// Whether folded text is shaped like a code or code prefix of ICD-10-CM or HCPCS (a letter, a
  /// digit, then a digit, `a` or `b` (`c4a`), up to 7 characters, an optional dot after the third:
  /// `e11`, `e11.40`, `s72.001a`, `j1100`) or ICD-10-PCS (3 to 7 characters of the PCS alphabet with
  /// a letter and a digit, starting with a digit, or with a letter of a lettered section and a
  /// letter, then two digits or all seven characters: `0dtj`, `0dtj4zz`, `bw03`, `hz2zzzz`; not
  /// `ckd3` or `hba1c`).
  /// - Parameter text: Folded text with both letters and digits.
  static func isCodeShaped(_ text: String) -> Bool {
    var key: [UInt8] = []
    key.reserveCapacity(8)
    var dotAt: Int?
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"): key.append(byte)
      case UInt8(ascii: ".") where dotAt == nil: dotAt = key.count
      default: return false
      }
      if key.count > 7 { return false }
    }
    return isClinicalModificationShape(key, dotAt: dotAt) || (dotAt == nil && isProcedureShape(key))
  }

  private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
  private static func isLetter(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) }

  private static func isClinicalModificationShape(_ key: [UInt8], dotAt: Int?) -> Bool {
    guard key.count >= 2, isLetter(key[0]), isDigit(key[1]) else { return false }
    if key.count >= 3, !(isDigit(key[2]) || key[2] == UInt8(ascii: "a") || key[2] == UInt8(ascii: "b")) { return false }
    guard let dotAt else { return true }
    return dotAt == 3
  }

  private static func isProcedureShape(_ key: [UInt8]) -> Bool {
    guard key.count >= 3, key.allSatisfy({ $0 != UInt8(ascii: "i") && $0 != UInt8(ascii: "o") }),
      key.contains(where: isLetter), key.contains(where: isDigit)
    else { return false }
    if isDigit(key[0]) { return true }
    let digits = key.count(where: isDigit)
    return "bcdfghx".utf8.contains(key[0]) && isLetter(key[1]) && key.count >= 4 && (key.count == 7 || digits >= 2)
  }
}
