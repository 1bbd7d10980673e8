import CodeFind
import Foundation
import Testing

@Suite("Abbreviation importer")
struct AbbreviationImporterTests {
  private func importFixture(_ name: String) throws -> [Abbreviation] {
    try AbbreviationImporter().importFile(at: ImporterFixtures.path("Abbreviations/" + name))
  }

  private func importError(_ name: String) -> ImportError? {
    #expect(throws: ImportError.self) { try importFixture(name) }
  }

  @Test func shippedAbbreviations() throws {
    let entries = try AbbreviationImporter().importFile(at: ImporterFixtures.dataFile("medical-abbreviations.tsv"))
    let byAbbreviation = Dictionary(entries.map { ($0.abbreviation, $0) }, uniquingKeysWith: { first, _ in first })
    #expect(byAbbreviation.count == entries.count)
    #expect(byAbbreviation["CHF"]?.expansions.contains { $0.contains("heart failure") } == true)
    #expect(byAbbreviation["DM"]?.expansions == ["deep masseter", "dermatomyositis", "diabetes mellitus"])
    #expect(byAbbreviation["GAD"]?.expansions == ["general anxiety disorder"])
    #expect(byAbbreviation["LAA"]?.expansions == ["left atrial appendage"])
    #expect(entries.allSatisfy { !$0.abbreviation.hasPrefix("_") && !$0.expansions.isEmpty })
    // 3,541 rows: 40 rows of the source's `_version` key are skipped and 4 repeated rows kept once.
    #expect(entries.count == 3_024)
    #expect(entries.reduce(0) { $0 + $1.expansions.count } == 3_497)
    #expect(entries.filter { $0.expansions.count >= 2 }.count == 348)
  }

  @Test func fixtureGroupsInFirstSeenOrder() throws {
    let entries = try importFixture("medical-abbreviations.tsv")
    #expect(entries.map(\.abbreviation) == ["CHF", "DM", "LAA", "BMS", "dm", "αKG"])
    #expect(entries[1].expansions == ["deep masseter", "dermatomyositis", "diabetes mellitus"])
    #expect(entries[3].expansions == ["bare metal stent"])
    #expect(entries[4].expansions == ["decimeter"])
    #expect(entries[5].expansions == ["α-ketoglutarate"])
  }

  @Test func rowWithOneColumnIsRejected() {
    let error = importError("missing-column.tsv")
    #expect(error?.line == 4)
    #expect(error?.expected == "2 tab-separated columns (abbreviation, expansion)")
  }

  @Test func emptyExpansionIsRejected() {
    let error = importError("empty-expansion.tsv")
    #expect(error?.line == 3)
    #expect(error?.expected == "an expansion of DM in the second column")
  }

  @Test func latin1IsRejected() {
    let error = importError("latin1.tsv")
    #expect(error?.line == 3)
    #expect(error?.column == 1)
    #expect(error?.expected.contains("save the file as UTF-8") == true)
  }

  @Test func wrongHeaderIsRejected() {
    let error = #expect(throws: ImportError.self) {
      try AbbreviationImporter().importData(Data("abbr\texpansion\nCHF\tcongestive heart failure\n".utf8), file: "a.tsv")
    }
    #expect(error?.line == 1)
    #expect(error?.expected == "the header abbreviation<TAB>expansion")
  }
}
