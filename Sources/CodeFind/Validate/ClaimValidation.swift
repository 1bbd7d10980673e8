/// The result of validating the codes of one claim: one item per input, in input order.
public struct ClaimValidation: Sendable, Hashable {
  /// One item per input code, in the order given.
  public var items: [CodeValidation]
  /// Whether any item has a problem of severity ``ValidationProblem/Severity/error`` or
  /// ``ValidationProblem/Severity/warning`` (reminders of severity `information` do not count).
  public var hasProblems: Bool

  /// Creates a result; ``hasProblems`` is derived from the items.
  /// - Parameter items: The validated codes.
  public init(items: [CodeValidation]) {
    self.items = items
    hasProblems = items.contains { $0.hasProblems }
  }
}

/// The result of validating one input code in the context of its claim.
public struct CodeValidation: Sendable, Hashable {
  /// The input as typed.
  public var input: String
  /// The code in its system's display form (`E11.9`), when the input names a real code.
  public var code: String?
  /// The code's system, when the input names a real code (the one checked, when it names codes in several).
  public var system: CodeSystem.ID?
  /// The code's official title, when the input names a real code.
  public var title: String?
  /// Whether the input names a real code of a loaded system, in any common spelling (it may still be a
  /// header that cannot be reported as it is: see ``isBillable``).
  public var isValid: Bool
  /// Whether the code can be reported on a claim as it is.
  public var isBillable: Bool
  /// What is wrong with the code, or worth a reminder, most serious first.
  public var problems: [ValidationProblem]

  /// Creates the result for one input.
  /// - Parameters:
  ///   - input: The input as typed.
  ///   - code: The display form of the code it names, if any.
  ///   - system: The code's system, if any.
  ///   - title: The code's title, if any.
  ///   - isValid: Whether the input names a real code.
  ///   - isBillable: Whether the code is billable.
  ///   - problems: Its problems.
  public init(
    input: String, code: String? = nil, system: CodeSystem.ID? = nil, title: String? = nil, isValid: Bool = false,
    isBillable: Bool = false, problems: [ValidationProblem] = []
  ) {
    self.input = input
    self.code = code
    self.system = system
    self.title = title
    self.isValid = isValid
    self.isBillable = isBillable
    self.problems = problems
  }

  /// Whether the code has a problem of severity error or warning.
  public var hasProblems: Bool { problems.contains { $0.severity != .information } }
}
