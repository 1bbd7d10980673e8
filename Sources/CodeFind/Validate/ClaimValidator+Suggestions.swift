extension ClaimValidator {
  /// The most codes an unknown-code message suggests.
  static let suggestionCount = 5

  /// An input that is no code: the real codes nearest to it.
  func unknownCodeProblem(_ input: String, key: String) -> ValidationProblem {
    let written = input.trimmingSpaces
    let systems = Self.prose(index.systems.map { systemName($0.system.id) })
    var suggestions = typoCorrections(key)
    if suggestions.isEmpty { suggestions = CodeDetails.nearest(key, in: index, limit: Self.suggestionCount) }
    let message =
      suggestions.isEmpty
      ? "\(written) is not a code in \(systems): check the record and find the code by its words."
      : "\(written) is not a code in \(systems): did you mean \(Self.prose(suggestions.map(Self.described)))?"
    return ValidationProblem(kind: .unknown, severity: .error, message: message, related: suggestions.map(\.display))
  }

  /// The characters of a code key, tried in replacements and insertions.
  private static let codeAlphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)

  /// The characters typed for one another (`O` for `0`, `I` for `1`, …), by the character typed.
  private static let lookalikes = Dictionary(
    grouping: "O0 0O I1 1I L1 S5 5S B8 8B Z2 2Z Q0".split(separator: " ").map { Array($0.utf8) }, by: { $0[0] }
  ).mapValues { $0.map { $0[1] } }

  /// Real codes one typing slip away from a key, likeliest slips first: a letter mistaken for a digit
  /// or the reverse (`I1O` → `I10`), two characters swapped, one too many, one wrong, one missing.
  /// Billable codes come before headers within each kind of slip.
  /// - Complexity: O(*k* · *a* · log *N*) for a key of length *k* and an alphabet of *a* = 36
  ///   characters; stops after the first kind of slip that finds ``suggestionCount`` codes.
  func typoCorrections(_ key: String) -> [IndexedCode] {
    let characters = Array(key.utf8)
    guard characters.count <= 9 else { return [] }
    let alphabet = Self.codeAlphabet
    let lookalikes = Self.lookalikes
    let slips: [() -> [[UInt8]]] = [
      { characters.indices.flatMap { position in
          (lookalikes[characters[position]] ?? []).map { replaced(characters, at: position, with: $0) }
        }
      },
      { characters.indices.dropLast().map { position in
          var swapped = characters
          swapped.swapAt(position, position + 1)
          return swapped
        }
      },
      { characters.indices.map { position in
          var shorter = characters
          shorter.remove(at: position)
          return shorter
        }
      },
      { characters.indices.flatMap { position in alphabet.map { replaced(characters, at: position, with: $0) } } },
      { (0...characters.count).flatMap { position in
          alphabet.map { character in
            var longer = characters
            longer.insert(character, at: position)
            return longer
          }
        }
      },
    ]
    var found: [IndexedCode] = []
    var seen: Set<Int> = []
    for slip in slips where found.count < Self.suggestionCount {
      var round: [IndexedCode] = []
      for candidate in slip() where candidate != characters && !candidate.isEmpty {
        for ordinal in index.ordinals(forKey: String(decoding: candidate, as: UTF8.self)) where seen.insert(ordinal).inserted {
          if let code = index.code(at: ordinal) { round.append(code) }
        }
      }
      found += round.filter(\.isBillable) + round.filter { !$0.isBillable }
    }
    return Array(found.prefix(Self.suggestionCount))
  }
}

/// `characters` with the one at `position` replaced.
private func replaced(_ characters: [UInt8], at position: Int, with character: UInt8) -> [UInt8] {
  var copy = characters
  copy[position] = character
  return copy
}
