/// Numerals as coders write them: roman stages and types, number words, ordinals.
///
/// ICD-10-CM titles write `Type 2 diabetes`, `stage 3`, `third degree`, while notes and coders
/// write `type II`, `stage III`, `CKD IV`, `3rd degree`. The analyzer turns all of them into one
/// term: roman numerals and number words into arabic digits, digit ordinals into ordinal words.
/// Roman numerals that are also words or abbreviations (`i`, `v`, `x`, `iv` for intravenous, `vi`,
/// `xi`, `xx` and `xxx` of karyotypes) convert only after a word that introduces a numeral (`type`,
/// `stage`, `grade`, `class`, `factor`, `nerve` …); letters outside `i`, `v`, `x` never count, so
/// `mix`, `mild` or `dim` are never numerals.
enum Numerals {
  /// Words after which a numeral is expected (compared with the previous token's term).
  static let contextWords: Set<String> = [
    "type", "stage", "grade", "class", "phase", "factor", "level", "nerve", "part", "group", "tier", "fort",
    "lefort", "zone", "schedule", "category", "ckd", "degree", "harris", "cn", "tanner", "clark", "nyha",
    "gustilo", "mallampati", "fontaine", "hunt", "hess", "gold",
  ]

  /// Roman numerals that are also common words or abbreviations.
  private static let ambiguousRoman = ["i", "v", "x", "iv", "vi", "xi", "xx", "xxx"]

  /// The number words from one to twelve, in order.
  private static let numberWords = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  ]

  private static let ordinalWords = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    "twentieth",
  ]

  /// The value of a roman numeral from 1 to 39 written with `i`, `v` and `x` in canonical form
  /// (`iv`, not `iiii`), or `nil`.
  /// - Parameter text: Lowercase letters.
  static func romanValue(_ text: String) -> Int? {
    guard !text.isEmpty, text.utf8.count <= 6 else { return nil }
    var total = 0
    var previous = 0
    for byte in text.utf8.reversed() {
      let value: Int
      switch byte {
      case UInt8(ascii: "i"): value = 1
      case UInt8(ascii: "v"): value = 5
      case UInt8(ascii: "x"): value = 10
      default: return nil
      }
      total += value < previous ? -value : value
      previous = max(previous, value)
    }
    guard (1...39).contains(total), roman(total) == text else { return nil }
    return total
  }

  /// The canonical lowercase roman numeral of 1 to 39.
  private static func roman(_ value: Int) -> String {
    let ones = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"]
    return String(repeating: "x", count: value / 10) + ones[value % 10]
  }

  /// The arabic form of a word that is a numeral in its place, or `nil`.
  ///
  /// After a context word (`previous` is `type`, `stage` …): any roman numeral 1–39, the same with
  /// a subtype letter (`iiia` → `3a`, `ib` → `1b`), and number words (`two` → `2`). Elsewhere: only
  /// roman numerals of two or more letters that are not also words (`ii`, `iii`, `viii`, `xii`).
  /// - Parameters:
  ///   - word: A folded word.
  ///   - previous: The term of the token before it, if any.
  static func arabic(_ word: String, after previous: String?) -> String? {
    func inContext() -> Bool { previous.map(contextWords.contains) ?? false }
    if let value = romanValue(word) {
      return !ambiguousRoman.contains(word) || inContext() ? String(value) : nil
    }
    if let index = numberWords.firstIndex(of: word) {
      return inContext() ? String(index + 1) : nil
    }
    guard let first = word.utf8.first,
      first == UInt8(ascii: "i") || first == UInt8(ascii: "v") || first == UInt8(ascii: "x"),
      let last = word.utf8.last, (UInt8(ascii: "a")...UInt8(ascii: "c")).contains(last),
      let value = romanValue(String(word.dropLast())), inContext()
    else { return nil }
    return String(value) + String(UnicodeScalar(last))
  }

  /// The value of a digit ordinal (`1st`, `22nd`, `3rd`, `11th`), or `nil`.
  /// - Parameter text: Folded text.
  static func ordinalValue(_ text: String) -> Int? {
    guard text.utf8.count >= 3 else { return nil }
    let suffix = text.suffix(2)
    guard let value = Int(text.dropLast(2)), value >= 0 else { return nil }
    let expected: String
    switch (value % 100, value % 10) {
    case (11...13, _): expected = "th"
    case (_, 1): expected = "st"
    case (_, 2): expected = "nd"
    case (_, 3): expected = "rd"
    default: expected = "th"
    }
    return suffix == expected ? value : nil
  }

  /// The ordinal word of a digit ordinal from `1st` to `20th` (`3rd` → `third`), or `nil`.
  /// - Parameter text: Folded text.
  static func ordinalWord(_ text: String) -> String? {
    guard let value = ordinalValue(text), (1...ordinalWords.count).contains(value) else { return nil }
    return ordinalWords[value - 1]
  }
}
