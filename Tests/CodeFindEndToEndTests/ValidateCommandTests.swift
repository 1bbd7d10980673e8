import CodeFindTestSupport
import Foundation
import Testing

/// `codefind validate`, run as a process on the shipped data: codes as arguments, the example claims
/// file (each line's comment says what it should find), JSON, exit status and unreadable files.
@Suite("codefind validate, run as a process")
struct ValidateCommandTests {
  /// The repository's folder.
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The example claims file of the repository, `benchmarks/validate/claims.txt`.
  static let claimsFile = repository.appendingPathComponent("benchmarks/validate/claims.txt")

  private struct Problem: Decodable {
    var kind: String
    var severity: String
    var message: String
    var related: [String]?
  }

  private struct Item: Decodable {
    var input: String
    var code: String?
    var system: String?
    var valid: Bool
    var billable: Bool
    var problems: [Problem]
  }

  private struct Claim: Decodable {
    var line: Int?
    var items: [Item]
    var hasProblems: Bool
  }

  private struct File: Decodable {
    var claims: [Claim]
    var hasProblems: Bool
  }

  @Test func conflictingCodesFailWithTheNote() throws {
    let result = try CodeFindProcess.run(["validate", "E11.9", "E10.9"])
    #expect(result.status == 1)
    #expect(result.standardOutput.contains("error    excludes1: E11.9 and E10.9 must not be reported together"))
    #expect(result.standardOutput.contains("\"type 1 diabetes mellitus (E10.-)\""))
    #expect(result.standardOutput.hasSuffix("2 codes: 2 errors, 0 warnings, 1 note (--notes shows them)\n"))
    #expect(!result.standardOutput.contains("use-additional-code"))
    let withNotes = try CodeFindProcess.run(["validate", "--notes", "E11.9", "E10.9"])
    #expect(withNotes.standardOutput.contains("  note     use-additional-code: E11.9: the claim has none of the codes"))
    #expect(withNotes.standardOutput.hasSuffix("2 codes: 2 errors, 0 warnings, 1 note\n"))
  }

  @Test func goodClaimExitsZero() throws {
    let result = try CodeFindProcess.run(["validate", "e11.9,", "Z79.4"])
    #expect(result.status == 0)
    #expect(result.standardOutput.hasPrefix("e11.9  E11.9  Type 2 diabetes mellitus without complications\n"))
    #expect(result.standardOutput.hasSuffix("2 codes: 0 errors, 0 warnings, 0 notes\n"))
  }

  @Test func jsonHasTheServerShape() throws {
    let result = try CodeFindProcess.run(["validate", "--json", "E11", "W21.89A"])
    #expect(result.status == 1)
    let claim = try JSONDecoder().decode(Claim.self, from: Data(result.standardOutput.utf8))
    #expect(claim.line == nil && claim.hasProblems && claim.items.count == 2)
    let header = try #require(claim.items.first)
    #expect(header.code == "E11" && header.system == "icd10cm" && header.valid && !header.billable)
    #expect(header.problems.first?.kind == "not-billable" && header.problems.first?.severity == "error")
    let padding = try #require(claim.items.last)
    #expect(padding.code == nil && !padding.valid && padding.problems.first?.kind == "placeholder")
    #expect(padding.problems.first?.related == ["W21.89XA"])
  }

  /// The kinds of errors and warnings each line of the claims file expects (`# expect: a, b` or `ok`).
  private static func expectations() throws -> [Int: Set<String>] {
    let lines = try String(contentsOf: claimsFile, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
    var expected: [Int: Set<String>] = [:]
    for (offset, line) in lines.enumerated() {
      guard let range = line.range(of: "# expect: ") else { continue }
      let kinds = line[range.upperBound...].prefix { $0 != "(" }.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      expected[offset + 1] = kinds == ["ok"] ? [] : Set(kinds)
    }
    return expected
  }

  @Test func claimsFileFindsWhatEachLineExpects() throws {
    let expected = try Self.expectations()
    #expect(expected.count >= 50)
    let result = try CodeFindProcess.run(["validate", "--json", "--file", Self.claimsFile.path])
    #expect(result.status == 1)
    let file = try JSONDecoder().decode(File.self, from: Data(result.standardOutput.utf8))
    #expect(file.hasProblems)
    #expect(Set(file.claims.compactMap(\.line)) == Set(expected.keys))
    for claim in file.claims {
      let found = Set(claim.items.flatMap { $0.problems.filter { $0.severity != "information" }.map(\.kind) })
      #expect(found == expected[claim.line ?? 0], "line \(claim.line ?? 0)")
      #expect(claim.hasProblems == !found.isEmpty, "line \(claim.line ?? 0)")
    }
  }

  @Test func claimsFileReport() throws {
    let expected = try Self.expectations()
    let result = try CodeFindProcess.run(["validate", "--file", Self.claimsFile.path])
    #expect(result.status == 1)
    let lines = result.standardOutput.split(separator: "\n").map(String.init)
    for (line, kinds) in expected {
      let heading = lines.first { $0.hasPrefix("line \(line):") || $0.hasPrefix("line \(line)  ok  ") }
      #expect(heading?.hasPrefix(kinds.isEmpty ? "line \(line)  ok  " : "line \(line):") == true, "line \(line)")
    }
    #expect(lines.contains("  W21.89A  not a code"))
    #expect(
      lines.contains(
        "    error    placeholder: W21.89A is missing the placeholder X before its 7th character: write W21.89XA (Striking against or struck by other sports equipment, initial encounter)."
      ))
    let failing = expected.values.filter { !$0.isEmpty }.count
    #expect(lines.last?.hasPrefix("\(expected.count) claims, ") == true && lines.last?.contains(": \(failing) with errors or warnings; ") == true)
  }

  /// The README shows the report for the claims file as `codefind validate --file` prints it.
  @Test func readmeShowsTheClaimsFileReport() throws {
    let readme = try String(
      contentsOf: Self.repository.appendingPathComponent("README.md"),
      encoding: .utf8)
    let prompt = "$ codefind validate --file benchmarks/validate/claims.txt\n"
    let start = try #require(readme.range(of: prompt))
    let end = try #require(readme.range(of: "\n```", range: start.upperBound..<readme.endIndex))
    let result = try CodeFindProcess.run(["validate", "--file", Self.claimsFile.path])
    #expect(String(readme[start.upperBound..<end.lowerBound]) + "\n" == result.standardOutput)
  }

  @Test func fileWithWindowsLineEndingsAndComments() throws {
    let temporary = try TemporaryFolder("e2e")
    defer { temporary.remove() }
    let folder = temporary.url
    let path = folder.appendingPathComponent("claims.txt").path
    try Data("# a comment\r\nE11.9 Z79.4 # ok\r\n\r\nE11\r\n".utf8).write(to: URL(fileURLWithPath: path))
    let result = try CodeFindProcess.run(["validate", "--file", path])
    #expect(result.status == 1)
    #expect(result.standardOutput.hasPrefix("line 2  ok  E11.9 Z79.4\nline 4: E11\n"))
  }

  @Test("a byte order mark at the start of a claims file is not part of the first code")
  func byteOrderMarkIsDropped() throws {
    let temporary = try TemporaryFolder("e2e")
    defer { temporary.remove() }
    let path = temporary.url.appendingPathComponent("claims.txt").path
    try Data([0xEF, 0xBB, 0xBF] + Array("E11.9 I10\n".utf8)).write(to: URL(fileURLWithPath: path))
    let result = try CodeFindProcess.run(["validate", "--file", path])
    #expect(result.status == 0, "\(result)")
    #expect(result.standardOutput.hasPrefix("line 1  ok  E11.9 I10\n"), "\(result)")
  }

  @Test func unreadableFilesSayWhatIsWrong() throws {
    let temporary = try TemporaryFolder("e2e")
    defer { temporary.remove() }
    let folder = temporary.url
    let latin1 = folder.appendingPathComponent("latin1.txt")
    try Data([0x45, 0x31, 0x31, 0x2E, 0x39, 0x20, 0xE9, 0x0A]).write(to: latin1)
    let cases = [
      (folder.appendingPathComponent("missing.txt").path, "there is no such file"), (folder.path, "it is a folder"),
      (latin1.path, "it is not UTF-8 text"),
    ]
    for (path, reason) in cases {
      let result = try CodeFindProcess.run(["validate", "--file", path])
      #expect(result.status == 2, "\(path)")
      #expect(result.standardError.contains("codefind: cannot read claims file '\(path)': \(reason)"), "\(result.standardError)")
      #expect(result.standardOutput.isEmpty)
    }
  }

  @Test(arguments: [[String](), ["--file", "x.txt", "E11"]])
  func usageErrors(_ arguments: [String]) throws {
    let result = try CodeFindProcess.run(["validate"] + arguments)
    #expect(result.status != 0 && result.status != 1)
    #expect(result.standardError.contains(arguments.isEmpty ? "Give the codes of a claim" : "Give either codes or --file"))
  }
}
