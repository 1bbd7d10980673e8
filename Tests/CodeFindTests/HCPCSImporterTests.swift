import CodeFind
import Foundation
import Testing

@Suite("HCPCS fixed-width record importer")
struct HCPCSImporterTests {
  private func importFixture(_ name: String, version: String? = nil) throws -> CodeSet {
    try HCPCSImporter(version: version).importFile(at: ImporterFixtures.path("HCPCS/" + name))
  }

  private func importError(_ name: String) -> ImportError? {
    #expect(throws: ImportError.self) { try importFixture(name) }
  }

  @Test func wellFormedFile() throws {
    let set = try importFixture("HCPC2030_JAN_ANWEB.txt")
    #expect(set.system == CodeSystem(id: .hcpcs, name: "HCPCS Level II", version: "2030"))
    #expect(set.codes.map(\.key) == ["A0021", "A0425", "E0114", "G0008", "G0296", "J1100"])
    #expect(set.codes.allSatisfy { $0.isBillable && $0.depth == 1 && $0.parent == nil && $0.system == .hcpcs })
    #expect(set.code("A0021")?.title == "Ambulance service, outside state per mile, transport (medicaid only)")
    #expect(set.code("J1100")?.title == "Injection, dexamethasone sodium phosphate, 1 mg")
  }

  @Test func continuationRecordsExtendTheLongDescription() throws {
    let set = try importFixture("HCPC2030_JAN_ANWEB.txt")
    #expect(
      set.code("E0114")?.title
        == "Crutches underarm, other than wood, adjustable or fixed, pair, with pads, tips and handgrips")
    #expect(
      set.code("G0296")?.title
        == "Counseling visit to discuss need for lung cancer screening using low dose ct scan (ldct) "
        + "(service is for eligibility determination and shared decision making)")
  }

  @Test func modifiersAreSkipped() throws {
    let set = try importFixture("HCPC2030_JAN_ANWEB.txt")
    #expect(set.code("LT") == nil)
    #expect(set.code("RT") == nil)
  }

  @Test func versionParameterWins() throws {
    #expect(try importFixture("HCPC2030_JAN_ANWEB.txt", version: "2030-Q2").system.version == "2030-Q2")
  }

  @Test func truncatedFirstRecordIsRejected() {
    let error = importError("truncated.txt")
    #expect(error?.line == 4)
    #expect(error?.column == 120)
    #expect(error?.expected.contains("action code in column 293") == true)
    #expect(error?.expected.contains("truncated at 119 characters") == true)
  }

  @Test func unknownRecordIdentificationCodeIsRejected() {
    let error = importError("bad-record-id.txt")
    #expect(error?.line == 4)
    #expect(error?.column == 11)
    #expect(error?.expected == "a record identification code of 3, 4, 7 or 8 in column 11")
  }

  @Test func overlongRecordIsRejected() {
    let error = importError("too-long.txt")
    #expect(error?.line == 4)
    #expect(error?.column == 321)
    #expect(error?.expected.contains("at most 320 characters (this one has 323)") == true)
  }

  @Test func malformedCodeIsRejected() {
    let error = importError("bad-code.txt")
    #expect(error?.line == 4)
    #expect(error?.column == 1)
    #expect(error?.expected.contains("a capital letter and four digits") == true)
  }

  @Test func unknownActionCodeIsRejected() {
    let error = importError("bad-action-code.txt")
    #expect(error?.line == 4)
    #expect(error?.column == 293)
  }

  @Test func nonASCIIIsRejected() {
    let error = importError("non-ascii.txt")
    #expect(error?.line == 4)
    #expect(error?.column == 41)
    #expect(error?.expected.contains("ASCII") == true)
  }

  @Test func continuationWithoutItsFirstRecordIsRejected() {
    let error = importError("orphan-continuation.txt")
    #expect(error?.line == 3)
    #expect(error?.expected.contains("continuation (4) right after the records of its code") == true)
  }

  @Test func modifierContinuationAfterAProcedureIsRejected() throws {
    let text = try String(contentsOfFile: ImporterFixtures.path("HCPCS/HCPC2030_JAN_ANWEB.txt"), encoding: .utf8)
    var records = text.components(separatedBy: "\r\n")
    records.swapAt(2, 3)
    let error = #expect(throws: ImportError.self) {
      try HCPCSImporter().importData(Data(records.joined(separator: "\r\n").utf8), file: "HCPC2030_ANWEB.txt")
    }
    #expect(error?.line == 4)
    #expect(error?.expected == "a continuation (8) right after the records of its modifier")
  }

  @Test func duplicateCodeIsRejected() {
    let error = importError("duplicate-code.txt")
    #expect(error?.line == 13)
    #expect(error?.expected.contains("A0021 is already on line 4") == true)
  }

  @Test func fileWithoutProceduresIsRejected() {
    #expect(importError("modifiers-only.txt")?.found == "modifier records only")
    #expect(importError("empty.txt")?.found == "an empty file")
  }

  @Test func invalidUTF8IsRejected() {
    let record = Array("A0021001003Ambulance service".utf8) + [0xFF]
    let error = #expect(throws: ImportError.self) {
      try HCPCSImporter().importData(Data(record), file: "HCPC2030_ANWEB.txt")
    }
    #expect(error?.line == 1)
    #expect(error?.expected.contains("UTF-8") == true)
  }
}
