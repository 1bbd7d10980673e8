import CodeFind
import Foundation
import Testing

@Suite("Synonyms file")
struct SynonymFileTests {
  func parseFixture(_ name: String) throws -> [SynonymRule] {
    let path = try TextTestData.fixture(name)
    return try SynonymFile.parse(try String(contentsOfFile: path, encoding: .utf8), file: name)
  }

  @Test("parses groups, mappings and word-part rewrites, with CRLF line ends")
  func valid() throws {
    let rules = try parseFixture("valid.tsv")
    #expect(rules.count == 4)
    #expect(rules[0] == SynonymRule(kind: .layTerm, mapping: ["heart attack"], to: ["myocardial infarction"], line: 2))
    #expect(rules[1] == SynonymRule(kind: .synonym, group: ["kidney", "renal"], line: 3))
    #expect(rules[2].isWordPartRewrite)
    #expect(rules[3].kind == .shorthand)
  }

  @Test(
    "malformed rows name their line and say what to do",
    arguments: [
      ("bad-kind.tsv", 4, "unknown kind \"lay-term\"; use one of"),
      ("bad-columns.tsv", 3, "expected 2 or 3 tab-separated columns, found 4"),
      ("bad-group.tsv", 1, "a group needs two or more phrases"),
      ("empty-phrase.tsv", 1, "empty phrase"),
      ("misplaced-wildcard.tsv", 1, "belongs only in spelling mappings"),
      ("unbalanced-wildcard.tsv", 1, "must both carry \"*\" at the same ends"),
      ("no-letters.tsv", 1, "has no letters or digits"),
    ])
  func malformed(name: String, line: Int, message: String) throws {
    let error = try #require(throws: LexiconError.self) { try parseFixture(name) }
    #expect(error.line == line)
    #expect(error.problem.contains(message))
    #expect(error.description.hasPrefix("\(name):\(line): "))
  }

  @Test("the shipped synonyms file parses, with 300 rows or more")
  func shipped() throws {
    let path = TextTestData.dataFolder.appendingPathComponent("terminology/synonyms.tsv").path
    let rules = try SynonymFile.parse(try String(contentsOfFile: path, encoding: .utf8), file: path)
    #expect(rules.count >= 300)
    for kind in Expansion.Kind.allCases {
      #expect(rules.contains { $0.kind == kind }, "no \(kind) rows")
    }
  }
}
