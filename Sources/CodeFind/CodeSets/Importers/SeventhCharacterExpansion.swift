/// Expands ICD-10-CM leaves that take a 7th character into their billable 7-character codes.
struct SeventhCharacterExpansion {
  /// Rules from the notes that remove some 7th characters from some codes.
  var exclusions: [SeventhCharacterExclusion]

  /// Returns the codes in code order with every applicable 7th-character form inserted after its
  /// leaf; those leaves become non-billable headers.
  /// - Parameter codes: The tabular codes in document order.
  /// - Complexity: O(*n* · *d*) for *n* codes of depth at most *d*.
  func expand(_ codes: [Code]) -> [Code] {
    var positions: [String: Int] = [:]
    for (position, code) in codes.enumerated() { positions[code.key] = position }
    var result: [Code] = []
    result.reserveCapacity(codes.count * 2)
    for code in codes {
      let definitions = code.children.isEmpty ? applicableDefinitions(of: code, codes, positions) : []
      guard !definitions.isEmpty else {
        result.append(code)
        continue
      }
      let padded = code.key + String(repeating: "X", count: max(0, 6 - code.key.count))
      let extended = definitions.filter { definition in
        !exclusions.contains { $0.forbids(definition.character, after: padded) }
      }
      var header = code
      header.isBillable = false
      header.children = extended.map { padded + String($0.character) }
      result.append(header)
      for definition in extended {
        let key = padded + String(definition.character)
        result.append(
          Code(
            system: code.system, key: key, display: CodeKey.display(key, in: code.system),
            title: "\(code.title), \(definition.meaning)", isBillable: true, parent: code.key,
            depth: code.depth + 1, chapter: code.chapter, section: code.section))
      }
    }
    return result
  }

  private func applicableDefinitions(of code: Code, _ codes: [Code], _ positions: [String: Int]) -> [SeventhCharacter] {
    var current: Code? = code
    while let node = current {
      if !node.seventhCharacters.isEmpty { return node.seventhCharacters }
      current = node.parent.flatMap { positions[$0] }.map { codes[$0] }
    }
    return []
  }
}
