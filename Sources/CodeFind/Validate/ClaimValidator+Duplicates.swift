extension ClaimValidator {
  /// A warning on each repeat of a code already on the claim, however it was spelled (`E11.9`, `e119`).
  /// - Parameter codes: The code each input names, in claim order (`nil` for an unknown input).
  /// - Returns: The positions of the repeats, each with its problem.
  /// - Complexity: O(*n*) for *n* codes.
  func duplicateProblems(_ codes: [IndexedCode?]) -> [(position: Int, problem: ValidationProblem)] {
    var firstPositions: [Int: Int] = [:]
    var problems: [(position: Int, problem: ValidationProblem)] = []
    for (position, code) in codes.enumerated() {
      guard let code else { continue }
      guard let first = firstPositions[code.ordinal] else {
        firstPositions[code.ordinal] = position
        continue
      }
      let message =
        "\(code.display) is already on this claim (code \(first + 1)): report it once and remove this repeat."
      problems.append((position, ValidationProblem(kind: .duplicate, severity: .warning, message: message, related: [code.display])))
    }
    return problems
  }
}
