/// The 7th-character codes of one ICD-10-CM code (`S72.001A`, `S72.001D`, … of `S72.001`;
/// `W21.89XA`, … of `W21.89`, padded with the placeholder `X`), with what each character means.
struct SeventhCharacterFamily {
  /// The canonical key the 7th character is appended to, padded with `X` to six characters.
  var padded: String
  /// The codes, in key order.
  var leaves: [IndexedCode]
  /// The 7th characters that apply, from the code or its nearest ancestor that declares them.
  var table: [SeventhCharacter]

  /// The leaves in the order messages list them: A, D and S (the usual encounters) first.
  var leavesForMessages: [IndexedCode] {
    let usual: [Character] = ["A", "D", "S"]
    return leaves.filter { $0.key.last.map(usual.contains) == true } + leaves.filter { $0.key.last.map(usual.contains) != true }
  }

  /// A leaf with its 7th character's meaning: `S72.001A (initial encounter for closed fracture)`.
  func described(_ leaf: IndexedCode) -> String {
    let meaning = table.first { Optional($0.character) == leaf.key.last }?.meaning ?? leaf.title
    return "\(leaf.display) (\(meaning))"
  }
}

extension ClaimValidator {
  /// The most 7th-character codes a message lists.
  static let listedSeventhCharacterCount = 3

  /// The 7th-character family of a stem (the key without its 7th character and placeholders), or
  /// `nil` when no code takes a 7th character there.
  /// - Parameter stem: A canonical key of three to six characters, without trailing placeholders.
  /// - Complexity: O(log *N*) plus the family's size.
  func seventhCharacterFamily(stem: Substring) -> SeventhCharacterFamily? {
    guard (3...6).contains(stem.utf8.count) else { return nil }
    let padded = String(stem) + String(repeating: "X", count: 6 - stem.utf8.count)
    let leaves = index.keyPositions(withPrefix: padded).prefix(64).compactMap { position in
      index.ordinal(atSortedKeyPosition: position).flatMap(index.code(at:)).flatMap { $0.key.utf8.count == 7 ? $0 : nil }
    }
    guard let parent = leaves.first?.parent else { return nil }
    var table: [SeventhCharacter] = []
    var ancestor: Int? = parent
    var steps = 0
    while table.isEmpty, let current = ancestor, steps < 16 {
      table = index.seventhCharacters(of: current)
      ancestor = index.code(at: current)?.parent
      steps += 1
    }
    return table.isEmpty ? nil : SeventhCharacterFamily(padded: padded, leaves: leaves, table: table)
  }

  /// A key without its trailing placeholders, down to the three characters of a category.
  static func stem(_ key: Substring) -> Substring {
    var stem = key
    while stem.utf8.count > 3, stem.last == "X" { stem.removeLast() }
    return stem
  }

  /// For a header that takes a 7th character (`S72.001`, `W21.89`): what to write instead.
  func missingSeventhCharacterProblem(_ code: IndexedCode) -> ValidationProblem? {
    guard let family = seventhCharacterFamily(stem: Self.stem(Substring(code.key))) else { return nil }
    return missingSeventhCharacterProblem(written: code.display, key: code.key, family: family)
  }

  private func missingSeventhCharacterProblem(written: String, key: String, family: SeventhCharacterFamily) -> ValidationProblem {
    let listed = family.leavesForMessages.prefix(Self.listedSeventhCharacterCount)
    let more = family.leaves.count - listed.count
    let needs = key == family.padded ? "a 7th character" : "the placeholder X and a 7th character"
    let list = Self.prose(listed.map(family.described) + (more > 0 ? ["one of \(more) more"] : []))
    return ValidationProblem(
      kind: .missingSeventhCharacter, severity: .error,
      message: "\(written) needs \(needs) to be billable: use \(list).", related: listed.map(\.display))
  }

  /// For a key that is no code: a 7th character that is missing, in the wrong place (`W21.89A`,
  /// `T07XXXXD`) or not defined for its code (`S72.001Z`), or `nil` when the key is none of these.
  func seventhCharacterProblem(_ input: String, key: String) -> ValidationProblem? {
    let written = input.trimmingSpaces
    if key.utf8.count <= 6, let family = seventhCharacterFamily(stem: Self.stem(Substring(key))) {
      return missingSeventhCharacterProblem(written: written, key: key, family: family)
    }
    guard key.utf8.count >= 4, let seventh = key.last else { return nil }
    let stem = Self.stem(key.dropLast())
    guard let family = seventhCharacterFamily(stem: stem), let base = family.leaves.first?.parent.flatMap(index.code(at:))
    else { return nil }
    if let leaf = family.leaves.first(where: { $0.key.last == seventh }) {
      let placement =
        switch key.utf8.count {
        case ..<7: "is missing the placeholder X before its 7th character"
        case 7: "has the placeholder X in the wrong places"
        default: "has too many placeholders X"
        }
      return ValidationProblem(
        kind: .placeholder, severity: .error,
        message: "\(written) \(placement): write \(leaf.display) (\(leaf.title)).", related: [leaf.display])
    }
    let listed = family.leavesForMessages.prefix(Self.listedSeventhCharacterCount)
    let valid = family.leaves.compactMap(\.key.last).map(String.init)
    return ValidationProblem(
      kind: .invalidSeventhCharacter, severity: .error,
      message: "\(written): \(seventh) is not a 7th character of \(base.display) (which takes \(Self.prose(valid))): use "
        + Self.prose(listed.map(family.described) + (family.leaves.count > listed.count ? ["another of its \(family.leaves.count) codes"] : []))
        + ".",
      related: listed.map(\.display))
  }
}

extension String {
  /// The string without leading and trailing spaces and tabs.
  var trimmingSpaces: String {
    String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
  }
}
