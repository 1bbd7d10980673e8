import CodeFind
import Foundation
import Testing

@Suite("Delimited (CSV/TSV) code set importer")
struct DelimitedCodeSetImporterTests {
  private func importFixture(_ name: String, defaultSystem: CodeSystem.ID? = nil) throws -> [CodeSet] {
    try DelimitedCodeSetImporter(defaultSystem: defaultSystem).importFile(at: ImporterFixtures.path("Delimited/" + name))
  }

  private func importError(_ name: String) -> ImportError? {
    #expect(throws: ImportError.self) { try importFixture(name) }
  }

  @Test func csvWithQuotingBillableAndByteOrderMark() throws {
    let sets = try importFixture("cpt-2030.csv")
    let set = try #require(sets.first)
    #expect(sets.count == 1)
    #expect(set.system == CodeSystem(id: .cpt, name: "CPT", version: "2030"))
    #expect(set.codes.map(\.key) == ["99990", "99991", "0001X", "99992", "99993"])
    #expect(set.code("99990")?.title == "Sample visit, established patient, low complexity")
    #expect(set.code("0001X")?.title == "Sample assay reporting \"genotype\" results")
    #expect(set.code("99992")?.title == "Sample title written over\ntwo lines")
    #expect(set.code("99992")?.isBillable == false)
    #expect(set.code("99993")?.title == "Sample device 5\" dressing")
    #expect(set.codes.filter(\.isBillable).count == 4)
    #expect(set.codes.allSatisfy { $0.depth == 1 && $0.parent == nil && $0.system == .cpt })
  }

  @Test func tsvWithSystemColumnAndDescriptionAlias() throws {
    let sets = try importFixture("custom.tsv")
    #expect(sets.map(\.system.id) == [.hcpcs, .icd10cm, CodeSystem.ID("custom")])
    #expect(sets.map(\.system.name) == ["HCPCS Level II", "ICD-10-CM", "CUSTOM"])
    #expect(sets.allSatisfy { $0.system.version == "" })
    #expect(sets[0].code("A0021")?.title == "Ambulance service, outside state per mile, transport (medicaid only)")
    #expect(sets[1].code("E11.40")?.display == "E11.40")
    #expect(sets[2].codes.map(\.key) == ["LOC01", "LOC02"])
  }

  @Test func defaultSystemParameterWins() throws {
    let sets = try importFixture("custom.tsv", defaultSystem: .cpt)
    #expect(sets.map(\.system.id) == [.hcpcs, .icd10cm, .cpt, CodeSystem.ID("custom")])
    #expect(sets[2].codes.map(\.key) == ["LOC01"])
  }

  @Test func unterminatedQuoteNamesTheLineItOpenedOn() {
    let error = importError("unterminated.csv")
    #expect(error?.line == 3)
    #expect(error?.column == 7)
    #expect(error?.expected == "a closing quote for the field opened here")
  }

  @Test func wrongFieldCountIsRejected() {
    let error = importError("wrong-fields.csv")
    #expect(error?.line == 4)
    #expect(error?.expected == "3 fields, as many as the header has")
    #expect(error?.found?.hasPrefix("4 fields") == true)
  }

  @Test func missingRequiredColumnIsRejected() {
    let error = importError("missing-title.csv")
    #expect(error?.line == 1)
    #expect(error?.expected.contains("the columns code and title") == true)
    #expect(error?.found == "code | name")
  }

  @Test func duplicateCodeIsRejected() {
    let error = importError("duplicate.csv")
    #expect(error?.line == 4)
    #expect(error?.expected.contains("already on line 2") == true)
  }

  @Test func unknownBillableValueIsRejected() {
    let error = importError("bad-billable.csv")
    #expect(error?.line == 3)
    #expect(error?.found == "maybe")
  }

  @Test func textAfterClosingQuoteIsRejected() {
    let error = importError("text-after-quote.csv")
    #expect(error?.line == 2)
    #expect(error?.column == 15)
  }

  @Test func malformedCodeIsRejected() {
    let error = importError("bad-code.csv")
    #expect(error?.line == 3)
    #expect(error?.found == "99/91")
  }

  @Test func latin1IsRejected() {
    let error = importError("latin1.csv")
    #expect(error?.line == 3)
    #expect(error?.expected.contains("save the file as UTF-8") == true)
  }

  @Test func emptyFilesAreRejected() {
    #expect(importError("empty.csv")?.found == "an empty file")
    #expect(importError("header-only.csv")?.expected == "at least one code after the header")
  }

  @Test func fileNameWithoutSystemNeedsAColumnOrParameter() {
    let error = #expect(throws: ImportError.self) {
      try DelimitedCodeSetImporter().importData(Data("code,title\n99990,Sample\n".utf8), file: "/tmp/-codes.csv")
    }
    #expect(error?.line == 2)
    #expect(error?.expected.contains("a code system") == true)
  }
}
