import Foundation
import Testing

@Suite("codefind lookup, run as a process on the shipped data")
struct LookupCommandTests {
  private func codes(_ arguments: [String]) throws -> [String] {
    let result = try CodeFindProcess.run(arguments + ["--json"])
    #expect(result.status == 0, "codefind \(arguments) failed: \(result.standardError)")
    guard let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any],
      let items = object["items"] as? [[String: Any]]
    else { return [] }
    return items.compactMap { $0["code"] as? String }
  }

  @Test func wordsAreTheDefaultCommand() throws {
    let result = try CodeFindProcess.run(["chest", "pain"])
    #expect(result.status == 0)
    let first = result.standardOutput.split(separator: "\n").first ?? ""
    #expect(first.hasPrefix("R07.9    * ") && first.hasSuffix("Chest pain, unspecified"))
  }

  @Test func jsonHasTheProtocolShape() throws {
    let result = try CodeFindProcess.run(["lookup", "e1140", "--json"])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    let first = try #require((object["items"] as? [[String: Any]])?.first)
    #expect(first["code"] as? String == "E11.40")
    #expect(first["system"] as? String == "icd10cm")
    #expect(first["billable"] as? Bool == true)
    #expect(object["elapsedMicros"] is Int)
  }

  @Test func filtersBySystemAndBillable() throws {
    let pcsOnly = try codes(["appendix", "resection", "--system", "icd10pcs", "-l", "20"])
    #expect(!pcsOnly.isEmpty && pcsOnly.allSatisfy { $0.count == 7 || $0.count == 4 })
    let billable = try codes(["E11.4", "--billable-only"])
    #expect(billable.first == "E11.40" && !billable.contains("E11.4"))
  }

  @Test func explainSaysWhy() throws {
    let result = try CodeFindProcess.run(["pnuemonia", "--explain", "-l", "1"])
    #expect(result.standardOutput.contains("typos 1"))
  }

  @Test func batchModeAnswersEveryLine() throws {
    let result = try CodeFindProcess.run(["--stdin", "-l", "1"], input: "chest pain\ne1140\n\n0dtj\n")
    let lines = result.standardOutput.split(separator: "\n")
    #expect(lines.count == 4)
    #expect(lines[1].contains("\"E11.40\""))
    #expect(lines[2].contains("\"items\":[]"))
  }

  @Test("--stdin with standard input closed (no descriptor 0) ends at once, quietly, with status 0")
  func batchModeWithStandardInputClosed() throws {
    // The shell closes descriptor 0 before starting codefind: reading it fails at once (EBADF),
    // and the index codefind opens must not take descriptor 0 and be read as queries.
    let result = try CodeFindProcess.run(["--stdin"], launcher: ["/bin/sh", "-c", "exec \"$0\" \"$@\" <&-"])
    #expect(result.status == 0, "\(result)")
    #expect(result.standardOutput.isEmpty && result.standardError.isEmpty, "\(result)")
  }

  @Test("--stdin answers a last line without a newline, and an empty input with nothing")
  func batchModeAtEndOfInput() throws {
    let last = try CodeFindProcess.run(["--stdin", "-l", "1"], input: "e1140")
    #expect(last.status == 0 && last.standardOutput.split(separator: "\n").count == 1, "\(last)")
    #expect(last.standardOutput.contains("\"E11.40\""))
    let empty = try CodeFindProcess.run(["--stdin"], input: "")
    #expect(empty.status == 0 && empty.standardOutput.isEmpty && empty.standardError.isEmpty, "\(empty)")
  }

  @Test func emptyQueryIsAClearError() throws {
    let result = try CodeFindProcess.run(["lookup", " "])
    #expect(result.status != 0)
    #expect(result.standardError.contains("Type what to look up"))
  }

  @Test func unknownSystemIsAClearError() throws {
    let result = try CodeFindProcess.run(["lookup", "--system", "icd10cm,icd9", "chest pain"])
    #expect(result.status != 0)
    #expect(result.standardError.contains("no code system \"icd9\" in the index; use one of"), "\(result)")
    #expect(result.standardError.contains("icd10cm") && result.standardOutput.isEmpty, "\(result)")
  }
}
