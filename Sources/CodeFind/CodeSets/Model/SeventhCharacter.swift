/// One 7th-character definition of ICD-10-CM: the character and what it means ("A", "initial encounter").
public struct SeventhCharacter: Sendable, Hashable, Codable {
  /// The character appended as the 7th character of the code.
  public var character: Character
  /// What the character means, as the tabular list words it.
  public var meaning: String

  /// Creates a 7th-character definition.
  /// - Parameters:
  ///   - character: The character, for example `A`.
  ///   - meaning: Its meaning, for example "initial encounter".
  public init(character: Character, meaning: String) {
    self.character = character
    self.meaning = meaning
  }

  private enum CodingKeys: String, CodingKey { case character = "char", meaning }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let text = try container.decode(String.self, forKey: .character)
    guard let first = text.first, text.count == 1 else {
      throw DecodingError.dataCorruptedError(
        forKey: .character, in: container, debugDescription: "expected one character, found \"\(text)\"")
    }
    character = first
    meaning = try container.decode(String.self, forKey: .meaning)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(String(character), forKey: .character)
    try container.encode(meaning, forKey: .meaning)
  }
}
