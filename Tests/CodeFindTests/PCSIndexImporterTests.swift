import CodeFind
import Foundation
import Testing

@Suite("ICD-10-PCS index importer")
struct PCSIndexImporterTests {
  private func importFixture(_ name: String) throws -> [IndexTerm] {
    try PCSIndexImporter().importFile(at: ImporterFixtures.path("PCSIndex/" + name))
  }

  private func importError(_ name: String) -> ImportError? {
    #expect(throws: ImportError.self) { try importFixture(name) }
  }

  @Test func shippedIndex() throws {
    let terms = try PCSIndexImporter().importFile(at: ImporterFixtures.dataFile("icd10pcs-index.tsv"))
    #expect(terms.count == 23_880)
    #expect(terms.allSatisfy { $0.system == .icd10pcs })
    let appendectomy = terms.filter { $0.term == "Appendectomy" }
    #expect(appendectomy.map(\.reference) == ["see Excision, Appendix 0DBJ", "see Resection, Appendix 0DTJ"])
    #expect(appendectomy.map(\.target) == ["0DBJ", "0DTJ"])
    #expect(appendectomy.allSatisfy { $0.kind == .see })
    let cavity = try #require(terms.first { $0.term == "Abdominal cavity" })
    #expect(cavity.kind == .use)
    #expect(cavity.target == nil)
    let laminaria = try #require(terms.first { $0.reference == "Laminaria 10A07ZW" })
    #expect(laminaria.kind == .code)
    #expect(laminaria.target == "10A07ZW")
  }

  @Test func shippedTargetsAreMostlyCodesOfTheShippedList() throws {
    let terms = try PCSIndexImporter().importFile(at: ImporterFixtures.dataFile("icd10pcs-index.tsv"))
    let codes = try ICD10PCSCodeListImporter().importFile(at: ImporterFixtures.dataFile("icd10pcs-codes-2024.txt"))
    let targets = terms.compactMap(\.target)
    let known = targets.filter { codes.code($0) != nil }
    // The index is a later edition than the FY2024 list: its few unknown targets are newer codes.
    #expect(targets.count > 16_000)
    #expect(Double(known.count) / Double(targets.count) > 0.98)
  }

  @Test func fixtureKindsAndTargets() throws {
    let terms = try importFixture("icd10pcs-index.tsv")
    #expect(terms.map(\.kind) == [.see, .see, .use, .use, .code, .code, .see, .code, .see])
    #expect(terms.map(\.target) == ["0DTJ", "0DBJ", nil, "0JH", "10A07ZW", nil, "0TS", "XNH", "4A0"])
    #expect(terms[6].term == "Autotransplant")
    #expect(terms[6].reference == "Kidney see Reposition, Urinary System 0TS")
  }

  @Test func wrongHeaderIsRejected() {
    let error = importError("bad-header.tsv")
    #expect(error?.line == 1)
    #expect(error?.expected == "the header term<TAB>see")
    #expect(error?.found == "term<TAB>reference")
  }

  @Test func extraColumnIsRejected() {
    let error = importError("wrong-columns.tsv")
    #expect(error?.line == 4)
    #expect(error?.expected == "2 tab-separated columns (term, see)")
    #expect(error?.found?.hasPrefix("3 columns") == true)
  }

  @Test func missingTabIsRejected() {
    let error = importError("missing-tab.tsv")
    #expect(error?.line == 5)
    #expect(error?.found?.hasPrefix("1 column:") == true)
  }

  @Test func headerWithoutRowsIsRejected() {
    let error = importError("header-only.tsv")
    #expect(error?.line == 2)
    #expect(error?.expected == "at least one row after the header")
  }

  @Test func emptyFileIsRejected() {
    let error = #expect(throws: ImportError.self) { try PCSIndexImporter().importData(Data(), file: "index.tsv") }
    #expect(error?.line == 1)
    #expect(error?.found == "an empty file")
  }

  @Test func emptyReferenceIsRejected() {
    let error = #expect(throws: ImportError.self) {
      try PCSIndexImporter().importData(Data("term\tsee\nAppendectomy\t \n".utf8), file: "index.tsv")
    }
    #expect(error?.line == 2)
    #expect(error?.expected.contains("a reference in the second column") == true)
  }
}
