import CodeFind

/// The readable report of `codefind validate`: each code with its problems, most serious first.
///
/// For a file, a claim without findings takes one line (`line 3  ok  E11.9 I10`); a claim with findings
/// shows its line and codes, then each code that has a finding with its title and the findings.
/// A summary line ends the report.
struct ValidationReport {
  let results: [(claim: ClaimList.Claim, validation: ClaimValidation)]
  let isFile: Bool

  init(_ results: [(claim: ClaimList.Claim, validation: ClaimValidation)], isFile: Bool) {
    self.results = results
    self.isFile = isFile
  }

  var text: String {
    var lines: [String] = []
    for (claim, validation) in results {
      let findings = validation.items.contains { !$0.problems.isEmpty }
      if isFile {
        let codes = claim.codes.joined(separator: " ")
        lines.append(findings ? "line \(claim.line): \(codes)" : "line \(claim.line)  ok  \(codes)")
      }
      let width = (validation.items.map { $0.input.count }.max() ?? 0)
      for item in validation.items where !isFile || !item.problems.isEmpty {
        let indent = isFile ? "  " : ""
        let spelledAsCode = item.code == item.input.trimmingWhitespace
        let status = item.title.map { title in item.code.map { spelledAsCode ? title : "\($0)  \(title)" } ?? title } ?? "not a code"
        lines.append(indent + item.input.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + status)
        for problem in item.problems {
          lines.append(indent + "  " + Self.label(problem.severity) + "  " + problem.kind.rawValue + ": " + problem.message)
        }
      }
    }
    lines.append(summary)
    return lines.joined(separator: "\n")
  }

  /// `52 claims, 131 codes: 31 claims with problems; 38 errors, 9 warnings, 20 notes`.
  private var summary: String {
    let problems = results.flatMap { $0.validation.items.flatMap(\.problems) }
    func count(_ severity: ValidationProblem.Severity, _ name: String) -> String {
      let count = problems.filter { $0.severity == severity }.count
      return "\(count) \(name)\(count == 1 ? "" : "s")"
    }
    let codes = results.reduce(0) { $0 + $1.validation.items.count }
    let withProblems = results.filter(\.validation.hasProblems).count
    let claims = isFile ? "\(results.count) claim\(results.count == 1 ? "" : "s"), " : ""
    let failing = isFile ? "\(withProblems) with errors or warnings; " : ""
    return "\(claims)\(codes) code\(codes == 1 ? "" : "s"): \(failing)\(count(.error, "error")), \(count(.warning, "warning")), \(count(.information, "note"))"
  }

  private static func label(_ severity: ValidationProblem.Severity) -> String {
    switch severity {
    case .error: "error  "
    case .warning: "warning"
    case .information: "note   "
    }
  }
}
