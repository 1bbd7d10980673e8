/// A rule, written only in a category's notes, that some 7th characters do not apply to some codes.
///
/// The FY2026 tabular list has one: "7th characters D and S do not apply to codes in category S06
/// with 6th character 7 - death due to brain injury prior to regaining consciousness, or 8 - death
/// due to other cause prior to regaining consciousness."
struct SeventhCharacterExclusion: Sendable, Hashable {
  /// The category the rule applies to (`S06`).
  var category: String
  /// The 7th characters that do not apply (`D`, `S`).
  var characters: Set<Character>
  /// The 6th characters of the codes that the rule is about (`7`, `8`).
  var sixthCharacters: Set<Character>

  /// Reads a rule from a note's text, or returns `nil` when the note states no such rule.
  /// - Parameter note: The text of a general note.
  init?(note: String) {
    guard note.contains("not apply") else { return nil }
    let pattern = /7th characters? (?<chars>[A-Z](?:(?:,| and| or) [A-Z])*) (?:do|does) not apply to codes in category (?<category>[A-Z][0-9A-Z]{2}) with 6th character (?<rest>.*)/
    guard let match = note.firstMatch(of: pattern) else { return nil }
    category = String(match.category)
    characters = Set(match.chars.filter { $0.isUppercase })
    // The 6th characters are the digits or letters that follow "6th character" and each ", or ".
    var sixth: Set<Character> = []
    for clause in match.rest.split(separator: ", or ") {
      if let first = clause.first, first.isNumber || first.isUppercase { sixth.insert(first) }
    }
    guard !characters.isEmpty, !sixth.isEmpty else { return nil }
    sixthCharacters = sixth
  }

  /// Whether the rule forbids `character` as the 7th character of the padded 6-character `key`.
  /// - Parameters:
  ///   - character: A 7th character.
  ///   - key: A canonical key padded to six characters.
  func forbids(_ character: Character, after key: String) -> Bool {
    guard key.hasPrefix(category), characters.contains(character), key.count >= 6 else { return false }
    return sixthCharacters.contains(key[key.index(key.startIndex, offsetBy: 5)])
  }
}
