import CodeFind
import Foundation
import Testing

/// The shipped ICD-10-PCS FY2024 code list with the shipped axes table, imported once.
private enum ShippedPCS {
  static let result = Result { () throws(ImportError) -> CodeSet in
    let axes = try PCSAxisTitles(contentsOf: ImporterFixtures.dataFile("terminology/icd10pcs-axes.tsv"))
    return try ICD10PCSCodeListImporter(axisTitles: axes)
      .importFile(at: ImporterFixtures.dataFile("icd10pcs-codes-2024.txt"))
  }
}

@Suite("ICD-10-PCS code list importer on the shipped FY2024 list")
struct ICD10PCSShippedTests {
  @Test func systemAndBillableCount() throws {
    let set = try ShippedPCS.result.get()
    #expect(set.system == CodeSystem(id: .icd10pcs, name: "ICD-10-PCS", version: "2024"))
    #expect(set.billableCount == 78_603)
    #expect(set.codes.allSatisfy { $0.isBillable == ($0.depth == 7) })
    #expect(set.codes.allSatisfy { $0.isBillable != $0.isHeader })
    #expect(set.codes.allSatisfy { $0.depth == $0.key.count && $0.system == .icd10pcs })
  }

  @Test func appendixResection() throws {
    let set = try ShippedPCS.result.get()
    let code = try #require(set.code("0DTJ4ZZ"))
    #expect(code.title == "Resection of Appendix, Percutaneous Endoscopic Approach")
    #expect(code.isBillable)
    #expect(code.parent == "0DTJ4Z")
    #expect(set.ancestors(of: code).map(\.key) == ["0DTJ4Z", "0DTJ4", "0DTJ", "0DT", "0D", "0"])
    #expect(set.code("0dtj4zz")?.key == "0DTJ4ZZ")
  }

  @Test func rootOperationHeader() throws {
    let set = try ShippedPCS.result.get()
    let header = try #require(set.code("0DT"))
    #expect(!header.isBillable)
    #expect(header.isHeader)
    #expect(header.depth == 3)
    #expect(header.children.first == "0DT1")
    #expect(header.children.contains("0DTJ"))
    #expect(header.children.allSatisfy { $0.count == 4 && $0.hasPrefix("0DT") })
    var descendants: [String] = []
    var pending = [header]
    while let next = pending.popLast() {
      descendants.append(next.key)
      pending += set.children(of: next)
    }
    #expect(descendants.contains("0DTJ4ZZ"))
  }

  @Test func everyCodeIsReachableFromASection() throws {
    let set = try ShippedPCS.result.get()
    let sections = set.codes.filter { $0.parent == nil }
    #expect(sections.map(\.key) == ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "B", "C", "D", "F", "G", "H", "X"])
    var reached = 0
    var pending = sections
    while let next = pending.popLast() {
      reached += 1
      pending += set.children(of: next)
    }
    #expect(reached == set.codes.count)
  }

  @Test func headersComeBeforeTheirDescendantsInCodeOrder() throws {
    let set = try ShippedPCS.result.get()
    var positions: [String: Int] = [:]
    for (position, code) in set.codes.enumerated() { positions[code.key] = position }
    let misplaced = set.codes.enumerated().filter { position, code in
      code.parent.map { (positions[$0] ?? .max) > position } ?? false
    }
    #expect(misplaced.isEmpty)
    let billable = set.codes.filter(\.isBillable).map(\.key)
    #expect(billable == billable.sorted())
  }

  @Test func headerTitles() throws {
    let set = try ShippedPCS.result.get()
    #expect(set.code("0DTJ")?.title == "Resection of Appendix")
    #expect(set.code("0DT")?.title == "Resection")
    #expect(set.code("0DB")?.title == "Excision")
    #expect(set.code("0")?.title == "Medical and Surgical")
    #expect(set.code("0D")?.title == "Gastrointestinal System")
    #expect(set.code("X")?.title == "New Technology")
    #expect(set.code("0QSN")?.title == "Reposition Right Metatarsal")
    #expect(set.code("001")?.title == "Bypass")
    #expect(set.code("0016")?.title == "Bypass Cerebral Ventricle")
    #expect(set.codes.allSatisfy { !$0.title.isEmpty })
    #expect(set.codes.filter { $0.depth <= 2 }.allSatisfy { !$0.title.hasPrefix("ICD-10-PCS") })
  }

  @Test func withoutTheAxesTableSectionsFallBackToTheirPrefix() throws {
    let set = try ICD10PCSCodeListImporter().importFile(at: ImporterFixtures.dataFile("icd10pcs-codes-2024.txt"))
    #expect(set.code("0")?.title == "ICD-10-PCS 0")
    #expect(set.code("0D")?.title == "ICD-10-PCS 0D")
    #expect(set.code("0DTJ")?.title == "Resection of Appendix")
  }
}

@Suite("ICD-10-PCS code list importer on fixtures")
struct ICD10PCSFixtureTests {
  private func importFixture(_ name: String, version: String? = nil) throws -> CodeSet {
    let axes = try PCSAxisTitles(contentsOf: ImporterFixtures.path("ICD10PCS/axes.tsv"))
    return try ICD10PCSCodeListImporter(version: version, axisTitles: axes)
      .importFile(at: ImporterFixtures.path("ICD10PCS/" + name))
  }

  private func importError(_ name: String) -> ImportError? {
    #expect(throws: ImportError.self) { try importFixture(name) }
  }

  @Test func wellFormedList() throws {
    let set = try importFixture("icd10pcs-codes-2030.txt")
    #expect(set.system.version == "2030")
    #expect(set.billableCount == 12)
    #expect(Array(set.codes.prefix(7).map(\.key)) == ["0", "0D", "0DT", "0DT9", "0DT90", "0DT90Z", "0DT90ZZ"])
    #expect(set.code("0")?.title == "Medical and Surgical")
    #expect(set.code("0D")?.title == "Gastrointestinal System")
    #expect(set.code("0DT")?.children == ["0DT9", "0DTJ"])
    #expect(set.code("0DTJ")?.title == "Resection of Appendix")
    #expect(set.code("0DBJ0Z")?.title == "Excision of Appendix, Open Approach")
    #expect(set.code("0DB")?.title == "Excision of Appendix, Open Approach")
    #expect(set.code("0F")?.title == "Resection of Gallbladder")
    #expect(set.code("B")?.title == "Imaging")
    #expect(set.code("B2")?.title == "Plain Radiography of Single Coronary Artery")
    #expect(set.code("0DTJ4ZZ")?.parent == "0DTJ4Z")
    #expect(set.code("0DTJ4Z")?.children == ["0DTJ4ZZ"])
  }

  @Test func versionParameterWins() throws {
    #expect(try importFixture("icd10pcs-codes-2030.txt", version: "2030.1").system.version == "2030.1")
  }

  @Test func byteOrderMarkAndCarriageReturnsAreAccepted() throws {
    let plain = try importFixture("icd10pcs-codes-2030.txt")
    let windows = try importFixture("bom-crlf.txt")
    #expect(windows.codes == plain.codes)
    #expect(windows.system.version == "")
  }

  @Test func inMemoryDataNamesTheFile() throws {
    let list = "0DTJ4ZZ Resection of Appendix, Percutaneous Endoscopic Approach\n0DBJ0ZZ Excision of Appendix, Open Approach"
    let set = try ICD10PCSCodeListImporter().importData(Data(list.utf8), file: "pcs-2025.txt")
    #expect(set.system.version == "2025")
    #expect(set.code("0")?.title == "ICD-10-PCS 0")
    #expect(set.code("0D")?.title == "ICD-10-PCS 0D")
    #expect(set.code("0DTJ4")?.title == "Resection of Appendix, Percutaneous Endoscopic Approach")
    #expect(set.code("0D")?.children == ["0DT", "0DB"])
  }

  @Test func letterOIsRejected() {
    let error = importError("letter-o.txt")
    #expect(error?.line == 3)
    #expect(error?.column == 4)
    #expect(error?.expected.contains("except I and O") == true)
    #expect(error?.found?.hasPrefix("0DTO0ZZ") == true)
  }

  @Test func letterIIsRejected() {
    let error = importError("letter-i.txt")
    #expect(error?.line == 2)
    #expect(error?.column == 3)
    #expect(error?.expected.contains("\"I\" is not one") == true)
  }

  @Test func lowercaseCodeIsRejected() {
    let error = importError("lowercase-code.txt")
    #expect(error?.line == 7)
    #expect(error?.column == 2)
    #expect(error?.expected.contains("\"d\" is not one") == true)
  }

  @Test func truncatedCodeIsRejected() {
    let error = importError("truncated-code.txt")
    #expect(error?.line == 4)
    #expect(error?.column == 7)
    #expect(error?.expected.contains("shorter than 7 characters") == true)
  }

  @Test func tabInsteadOfSpaceIsRejected() {
    let error = importError("tab-separator.txt")
    #expect(error?.line == 5)
    #expect(error?.column == 8)
    #expect(error?.expected == "one space after the 7-character code")
  }

  @Test func missingTitleIsRejected() {
    let error = importError("missing-title.txt")
    #expect(error?.line == 6)
    #expect(error?.expected.contains("the title is missing") == true)
  }

  @Test func duplicateCodeIsRejected() {
    let error = importError("duplicate-code.txt")
    #expect(error?.line == 9)
    #expect(error?.expected.contains("0DTJ4ZZ is already on line 4") == true)
  }

  @Test func blankLineIsRejected() {
    let error = importError("blank-line.txt")
    #expect(error?.line == 8)
    #expect(error?.found == "an empty line")
  }

  @Test func latin1TitleIsRejected() {
    let error = importError("latin1.txt")
    #expect(error?.line == 10)
    #expect(error?.column == "0FT44ZZ Resection of Gallbladder, Percutaneous Endoscopic Approach (v".count + 1)
    #expect(error?.expected.contains("UTF-8") == true)
  }

  @Test func emptyFileIsRejected() {
    let error = importError("empty.txt")
    #expect(error?.found == "an empty file")
    #expect(error?.expected.contains("at least one ICD-10-PCS code") == true)
  }

  @Test func missingFileIsRejected() {
    let error = #expect(throws: ImportError.self) {
      try ICD10PCSCodeListImporter().importFile(at: "/nonexistent/icd10pcs-codes-2024.txt")
    }
    #expect(error?.expected.contains("existing file") == true)
  }

  @Test func malformedAxesTableIsRejected() {
    let badPrefix = #expect(throws: ImportError.self) {
      try PCSAxisTitles(data: Data("prefix\ttitle\n0\tMedical and Surgical\n0O\tNot a body system\n".utf8), file: "axes.tsv")
    }
    #expect(badPrefix?.line == 3)
    #expect(badPrefix?.expected.contains("1 to 6 ICD-10-PCS characters") == true)
    let duplicate = #expect(throws: ImportError.self) {
      try PCSAxisTitles(data: Data("prefix\ttitle\n0\tMedical and Surgical\n0\tAgain\n".utf8), file: "axes.tsv")
    }
    #expect(duplicate?.line == 3)
    let header = #expect(throws: ImportError.self) {
      try PCSAxisTitles(data: Data("0\tMedical and Surgical\n".utf8), file: "axes.tsv")
    }
    #expect(header?.line == 1)
    #expect(header?.expected == "the header prefix<TAB>title")
  }
}
