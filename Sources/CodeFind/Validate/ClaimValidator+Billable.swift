extension ClaimValidator {
  /// The most example codes a message names.
  static let exampleCount = 3

  /// A header code: how many billable codes lie beneath it and the nearest few.
  /// - Complexity: O(*d*) in the number of its descendants (read from the sorted keys, flags only).
  func notBillableProblem(_ code: IndexedCode) -> ValidationProblem {
    let count = billableDescendantCount(of: code)
    let examples = shallowestBillableDescendants(of: code, limit: Self.exampleCount)
    let kind =
      code.system == .icd10cm ? (code.key.utf8.count == 3 ? "a category header" : "a subcategory header") : "a header"
    var message = "\(code.display) is \(kind), not billable: "
    if examples.isEmpty {
      message += "no code beneath it can be billed either; find the billable code for the record by its words."
    } else {
      let codes = count == 1 ? "its one billable code" : "one of its \(count) billable codes, such as"
      message += "use \(codes) \(Self.prose(examples.map(Self.described)))."
    }
    return ValidationProblem(kind: .notBillable, severity: .error, message: message, related: examples.map(\.display))
  }

  /// The number of billable codes of the code's system whose key starts with the code's key.
  private func billableDescendantCount(of code: IndexedCode) -> Int {
    guard let system = index.systems.first(where: { $0.system.id == code.system }) else { return 0 }
    return index.keyPositions(withPrefix: code.key).reduce(0) { count, position in
      guard let ordinal = index.ordinal(atSortedKeyPosition: position), system.ordinals.contains(ordinal),
        ordinal != code.ordinal, index.summary(at: ordinal)?.isBillable == true
      else { return count }
      return count + 1
    }
  }

  /// Billable descendants nearest the code first: its billable children, then its grandchildren's, …
  /// - Parameters:
  ///   - code: A header.
  ///   - limit: The most codes to return.
  func shallowestBillableDescendants(of code: IndexedCode, limit: Int) -> [IndexedCode] {
    var found: [IndexedCode] = []
    var level = [code.ordinal]
    var visited = 0
    while !level.isEmpty, found.count < limit, visited < 512 {
      var next: [Int] = []
      for ordinal in level {
        for child in index.children(of: ordinal) where visited < 512 {
          visited += 1
          if index.summary(at: child)?.isBillable == true {
            if found.count < limit, let childCode = index.code(at: child) { found.append(childCode) }
          } else {
            next.append(child)
          }
        }
      }
      level = next
    }
    return found
  }

  /// A string that is a code in several systems: which ones, and which one was checked.
  func ambiguousSystemProblem(_ chosen: IndexedCode, among candidates: [IndexedCode], claimSystems: Set<CodeSystem.ID>)
    -> ValidationProblem
  {
    let meanings = candidates.map { candidate in
      "in \(systemName(candidate.system)) (\(candidate.title)\(candidate.isBillable ? "" : ", not billable"))"
    }
    let others = candidates.filter { $0.system != chosen.system }.map { systemName($0.system) }
    let byClaim = claimSystems.contains(chosen.system)
    let reason = byClaim ? "the system of the claim's other codes" : (chosen.isBillable ? "where it is billable" : "the first")
    return ValidationProblem(
      kind: .ambiguousSystem, severity: byClaim ? .information : .warning,
      message:
        "\(chosen.display) is a code \(Self.prose(meanings, conjunction: "and")): checked as \(systemName(chosen.system)), \(reason); "
        + "make sure the claim does not mean \(Self.prose(others)).",
      related: candidates.filter { $0.system != chosen.system }.map { "\($0.system.rawValue):\($0.display)" })
  }
}
