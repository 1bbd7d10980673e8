import CodeFind

/// The readable report of `codefind validate`: each code with its problems, most serious first.
///
/// Errors and warnings are shown; reminders (severity information: Excludes2 notes, "use additional
/// code", optional "code first") only on request, and counted in the summary line that ends the report.
/// For a file, a claim without errors or warnings takes one line (`line 3  ok  E11.9 I10`); a claim
/// with some shows its line and codes, then each code that has a finding, its title and the findings.
struct ValidationReport {
  let results: [(claim: ClaimList.Claim, validation: ClaimValidation)]
  let isFile: Bool
  let showsNotes: Bool

  init(_ results: [(claim: ClaimList.Claim, validation: ClaimValidation)], isFile: Bool, showsNotes: Bool) {
    self.results = results
    self.isFile = isFile
    self.showsNotes = showsNotes
  }

  var text: String {
    var lines: [String] = []
    for (claim, validation) in results {
      let shown = validation.items.map { item in item.problems.filter { showsNotes || $0.severity != .information } }
      if isFile {
        let codes = claim.codes.joined(separator: " ")
        lines.append(validation.hasProblems ? "line \(claim.line): \(codes)" : "line \(claim.line)  ok  \(codes)")
      }
      let width = (validation.items.map { $0.input.count }.max() ?? 0)
      for (item, problems) in zip(validation.items, shown) where !isFile || !problems.isEmpty {
        let indent = isFile ? "  " : ""
        let spelledAsCode = item.code == item.input.trimmingWhitespace
        let status = item.title.map { title in item.code.map { spelledAsCode ? title : "\($0)  \(title)" } ?? title } ?? "not a code"
        lines.append(indent + item.input.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + status)
        for problem in problems {
          lines.append(indent + "  " + Self.label(problem.severity) + "  " + problem.kind.rawValue + ": " + problem.message)
        }
      }
    }
    lines.append(summary)
    return lines.joined(separator: "\n")
  }

  /// `55 claims, 89 codes: 40 with errors or warnings; 46 errors, 6 warnings, 52 notes (--notes shows them)`.
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
    let hidden = !showsNotes && problems.contains { $0.severity == .information } ? " (--notes shows them)" : ""
    return "\(claims)\(codes) code\(codes == 1 ? "" : "s"): \(failing)\(count(.error, "error")), \(count(.warning, "warning")), "
      + "\(count(.information, "note"))\(hidden)"
  }
  private static func label(_ severity: ValidationProblem.Severity) -> String {
    switch severity {
    case .error: "error  "
    case .warning: "warning"
    case .information: "note   "
    }
  }
}
