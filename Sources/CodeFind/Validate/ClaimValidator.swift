/// Checks codes the way a claim uses them: that each is a real, billable code with its 7th character
/// and placeholders right, and that the codes of one claim go together (Excludes1 and Excludes2 notes,
/// "code first" manifestation codes, "use additional code" reminders). Every problem says what to do.
///
/// ```swift
/// let validator = ClaimValidator(index: try IndexStore.open())
/// let result = validator.validate(["E11", "E10.9", "W21.89A"])
/// for item in result.items { for problem in item.problems { print(item.input, problem.message) } }
/// ```
///
/// Codes are found through the index's sorted keys (a binary search), never by scanning.
public struct ClaimValidator: Sendable {
  /// The index codes are checked against.
  public let index: IndexReader
  let applicableNotes: ApplicableNotes

  /// Creates a validator; reads and parses the notes of every section and chapter once.
  /// - Parameter index: The index to check codes against.
  /// - Complexity: O(*s*) in the size of the index's chapters section.
  public init(index: IndexReader) {
    self.index = index
    applicableNotes = ApplicableNotes(index: index)
  }

  /// Validates the codes of one claim together (cross-code checks apply across all of them).
  ///
  /// Each input is checked on its own (unknown, not billable, 7th character, placeholder, a code of
  /// two systems), then against the other codes of the claim (Excludes1, Excludes2, code first, use
  /// additional code, the same code twice). Inputs may be in any common spelling (`e119`, `E11.9`, ` E11.9 `).
  /// - Parameters:
  ///   - codes: The claim's codes, in claim order (the order matters for "code first").
  ///   - isCancelled: Asked before each code is checked, alone and against the others; once it
  ///     returns `true` the remaining checks are skipped and the result is partial (a caller that
  ///     cancels discards it).
  /// - Returns: One item per input, in input order.
  /// - Complexity: O(*n*² · *r*) for *n* codes whose notes name *r* code references, plus
  ///   O(log *N*) lookups per code in an index of *N* codes.
  public func validate(_ codes: [String], isCancelled: () -> Bool = { false }) -> ClaimValidation {
    let resolved = codes.map(resolve)
    let claimSystems = Set(resolved.compactMap { $0.candidates.count == 1 ? $0.candidates[0].system : nil })
    var items: [CodeValidation] = []
    var claimCodes: [IndexedCode?] = []
    for input in resolved {
      if isCancelled() { break }
      let (item, code) = validateAlone(input, claimSystems: claimSystems)
      items.append(item)
      claimCodes.append(code)
    }
    for (position, problems) in noteProblems(claimCodes, until: isCancelled) {
      items[position].problems += problems
    }
    for (position, problem) in duplicateProblems(claimCodes) {
      items[position].problems.append(problem)
    }
    for position in items.indices {
      // Most serious first, otherwise in the order found.
      items[position].problems = items[position].problems.enumerated()
        .sorted { ($0.element.severity.rank, $0.offset) < ($1.element.severity.rank, $1.offset) }.map(\.element)
    }
    return ClaimValidation(items: items)
  }

  /// Checks one input by itself.
  /// - Returns: Its result so far, and the code it names (the one chosen when it names several).
  private func validateAlone(_ input: ResolvedInput, claimSystems: Set<CodeSystem.ID>) -> (CodeValidation, IndexedCode?) {
    var item = CodeValidation(input: input.input)
    guard let key = input.key else {
      item.problems.append(
        ValidationProblem(
          kind: .unknown, severity: .error,
          message: "'\(input.input)' is not a code spelling: a code is letters and digits with an optional dot (E11.9, 0DTJ4ZZ)."
        ))
      return (item, nil)
    }
    guard let code = choose(input.candidates, claimSystems: claimSystems) else {
      item.problems.append(seventhCharacterProblem(input.input, key: key) ?? unknownCodeProblem(input.input, key: key))
      return (item, nil)
    }
    item.code = code.display
    item.system = code.system
    item.title = code.title
    item.isValid = true
    item.isBillable = code.isBillable
    if input.candidates.count > 1 {
      item.problems.append(ambiguousSystemProblem(code, among: input.candidates, claimSystems: claimSystems))
    }
    if !code.isBillable {
      item.problems.append(missingSeventhCharacterProblem(code) ?? notBillableProblem(code))
    }
    return (item, code)
  }

  /// The code an input names: the only one, or among codes of several systems the one in a system of
  /// the claim's other codes, else a billable one, else the first.
  private func choose(_ candidates: [IndexedCode], claimSystems: Set<CodeSystem.ID>) -> IndexedCode? {
    candidates.first { claimSystems.contains($0.system) } ?? candidates.first(where: \.isBillable) ?? candidates.first
  }

  /// The name and release of a system, as messages write it ("ICD-10-CM 2026").
  func systemName(_ id: CodeSystem.ID) -> String {
    index.systems.first { $0.system.id == id }.map { "\($0.system.name) \($0.system.version)" } ?? id.rawValue
  }

  /// A code with its title, as messages list it: `E11.9 (Type 2 diabetes mellitus without complications)`.
  static func described(_ code: IndexedCode) -> String { "\(code.display) (\(code.title))" }

  /// A list of words joined as prose: `a`, `a or b`, `a, b or c`.
  static func prose(_ items: [String], conjunction: String = "or") -> String {
    guard items.count > 1, let last = items.last else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
  }
}

/// An input with its canonical key and the codes (one per system) that have that key.
struct ResolvedInput: Sendable {
  /// The input as typed.
  var input: String
  /// Its canonical key, or `nil` when it is no code spelling.
  var key: String?
  /// The codes with that key, in ordinal order.
  var candidates: [IndexedCode]
}

extension ClaimValidator {
  /// Finds the codes an input names.
  /// - Complexity: O(log *N*).
  func resolve(_ input: String) -> ResolvedInput {
    guard let key = CodeKey.canonical(input) else { return ResolvedInput(input: input, key: nil, candidates: []) }
    return ResolvedInput(input: input, key: key, candidates: index.ordinals(forKey: key).sorted().compactMap(index.code(at:)))
  }
}

extension ValidationProblem.Severity {
  /// The order problems are listed in: errors first.
  var rank: Int {
    switch self {
    case .error: 0
    case .warning: 1
    case .information: 2
    }
  }
}
