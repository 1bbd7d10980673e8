/// Reads the "with …" qualifier that narrows a code reference in a tabular note.
///
/// Forms read (from the ICD-10-CM tabular list): `.51-.52`, `.42`, `.62-` (the characters after the
/// category); `final characters -23`; `fifth or sixth character 5`, `5th character 9`,
/// `fifth-character 1`, `7th character B`, `fifth or sixth character 1-4`, `5th character .6` (a
/// character at a position); `fifth to sixth characters 51` (characters from a position on).
enum QualifierParser {
  /// The qualifier written in `text` (the words after "with"), or `nil` when it is no form above.
  /// - Parameter text: The qualifier's text, for example `" fifth or sixth character 5"`.
  static func qualifier(_ text: String) -> NoteReference.Qualifier? {
    let words = text.lowercased().replacingHyphenBeforeCharacter.split(separator: " ").map(String.init)
    guard let first = words.first else { return nil }
    if first.hasPrefix(".") { return afterCategory(first) }
    if words.count == 3, first == "final", words[1] == "characters", words[2].hasPrefix("-") {
      let suffix = Array(words[2].dropFirst().uppercased().utf8)
      return suffix.isEmpty || !suffix.allSatisfy(isKeyCharacter) ? nil : .endsWith(suffix)
    }
    return positional(words)
  }

  /// `.51-.52`, `.42`, `.62-`.
  private static func afterCategory(_ word: String) -> NoteReference.Qualifier? {
    let bounds = word.split(separator: "-", omittingEmptySubsequences: true).map { Array($0.drop { $0 == "." }.uppercased().utf8) }
    guard (1...2).contains(bounds.count), bounds.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isKeyCharacter) }) else { return nil }
    return .afterCategory(low: bounds[0], high: bounds[bounds.count - 1])
  }

  /// `fifth or sixth character 5`, `7th character B`, `fifth to sixth characters 51`, `5th character 1-4`.
  private static func positional(_ words: [String]) -> NoteReference.Qualifier? {
    var positions: [Int] = []
    var isRun = false
    var cursor = 0
    while cursor < words.count, let position = ordinal(words[cursor]) {
      positions.append(position)
      cursor += 1
      if cursor < words.count, words[cursor] == "or" || words[cursor] == "to" {
        isRun = isRun || words[cursor] == "to"
        cursor += 1
      }
    }
    guard !positions.isEmpty, cursor + 2 == words.count, words[cursor] == "character" || words[cursor] == "characters"
    else { return nil }
    let value = Array(words[cursor + 1].drop { $0 == "." }.uppercased().utf8)
    guard !value.isEmpty else { return nil }
    if isRun {
      guard let start = positions.min(), value.count == positions.count, value.allSatisfy(isKeyCharacter) else { return nil }
      return .characters(from: start, value)
    }
    if value.count == 1, isKeyCharacter(value[0]) { return .character(positions: positions, allowed: value[0]...value[0]) }
    if value.count == 3, value[1] == UInt8(ascii: "-"), isKeyCharacter(value[0]), isKeyCharacter(value[2]), value[0] <= value[2] {
      return .character(positions: positions, allowed: value[0]...value[2])
    }
    return nil
  }

  /// The 0-based position an ordinal word names (`fifth`, `5th` → 4), or `nil`.
  private static func ordinal(_ word: String) -> Int? {
    let names = ["fourth": 3, "4th": 3, "fifth": 4, "5th": 4, "sixth": 5, "6th": 5, "seventh": 6, "7th": 6]
    return names[word]
  }

  private static func isKeyCharacter(_ byte: UInt8) -> Bool {
    NoteReferenceParser.isDigit(byte) || NoteReferenceParser.isUppercase(byte)
  }
}

extension String {
  /// `fifth-character` written as `fifth character`.
  fileprivate var replacingHyphenBeforeCharacter: String {
    replacing("-character", with: " character")
  }
}
