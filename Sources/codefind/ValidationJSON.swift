import CodeFind
import Foundation

/// The JSON `codefind validate --json` prints: for codes, the shape of the server's `validate` result
/// (`{"items": […]}`, plus `hasProblems`); for a file, `{"claims": [{"line", "items", "hasProblems"}], "hasProblems"}`.
struct ValidationJSON {
  let results: [(claim: ClaimList.Claim, validation: ClaimValidation)]
  let isFile: Bool

  init(_ results: [(claim: ClaimList.Claim, validation: ClaimValidation)], isFile: Bool) {
    self.results = results
    self.isFile = isFile
  }

  private struct Problem: Encodable {
    var kind: String
    var severity: String
    var message: String
    var related: [String]?
  }

  private struct Item: Encodable {
    var input: String
    var code: String?
    var system: String?
    var title: String?
    var valid: Bool
    var billable: Bool
    var problems: [Problem]
  }

  private struct Claim: Encodable {
    var line: Int?
    var items: [Item]
    var hasProblems: Bool
  }

  private struct File: Encodable {
    var claims: [Claim]
    var hasProblems: Bool
  }

  private static func claim(_ result: (claim: ClaimList.Claim, validation: ClaimValidation), line: Bool) -> Claim {
    Claim(
      line: line ? result.claim.line : nil,
      items: result.validation.items.map { item in
        Item(
          input: item.input, code: item.code, system: item.system?.rawValue, title: item.title, valid: item.isValid,
          billable: item.isBillable,
          problems: item.problems.map {
            Problem(kind: $0.kind.rawValue, severity: $0.severity.rawValue, message: $0.message, related: $0.related.isEmpty ? nil : $0.related)
          })
      }, hasProblems: result.validation.hasProblems)
  }

  var text: String {
    if isFile {
      return JSONOutput.string(
        File(claims: results.map { Self.claim($0, line: true) }, hasProblems: results.contains { $0.validation.hasProblems }))
    }
    return results.first.map { JSONOutput.string(Self.claim($0, line: false)) } ?? "{}"
  }
}
