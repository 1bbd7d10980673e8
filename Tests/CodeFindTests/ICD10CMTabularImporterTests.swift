import CodeFind
import Foundation
import Testing

@Suite("ICD-10-CM tabular importer on the shipped FY2026 XML")
struct ICD10CMShippedTests {
  let set = ShippedData.icd10cm

  @Test func systemAndVersion() {
    #expect(set.system == CodeSystem(id: .icd10cm, name: "ICD-10-CM", version: "2026"))
    #expect(set.chapters.count == 22)
  }

  @Test func officialBillableCount() {
    #expect(set.billableCount == 74_719)
  }

  @Test func headerCounts() {
    let headers = set.codes.filter(\.isHeader)
    // Leaves of the XML that take a 7th character became headers whose children are exactly their
    // padded key followed by each applicable 7th character; the other headers are the XML's own.
    let tabularHeaders = headers.filter { header in
      let padded = header.key + String(repeating: "X", count: max(0, 6 - header.key.count))
      let extensions = Set(set.seventhCharacters(of: header).map { padded + String($0.character) })
      return !header.children.allSatisfy(extensions.contains)
    }
    #expect(tabularHeaders.count == 10_538)
    #expect(headers.count - tabularHeaders.count == 12_929)
    #expect(set.codes.allSatisfy { $0.isBillable != $0.isHeader })
  }

  @Test func seventhCharacterCodes() throws {
    let t1500xa = try #require(set.code("T15.00XA"))
    #expect(t1500xa.isBillable)
    #expect(t1500xa.title == "Foreign body in cornea, unspecified eye, initial encounter")
    #expect(t1500xa.parent == "T1500")
    #expect(set.code("T15.0")?.isBillable == false)
    #expect(set.code("T15.00")?.isBillable == false)
    #expect(set.code("S06.1X7A")?.isBillable == true)
    #expect(set.code("S06.1X7D") == nil)
    #expect(set.code("S06.1X7S") == nil)
    #expect(set.code("S06.1X6D")?.isBillable == true)
    #expect(set.code("S72.001A")?.isBillable == true)
    #expect(set.code("S72.001A")?.title == "Fracture of unspecified part of neck of right femur, initial encounter for closed fracture")
    // A six-character code ending in A (LOC status unknown) takes its own 7th character.
    #expect(set.code("S06.0XA")?.isBillable == false)
    #expect(set.code("S06.0XAA")?.isBillable == true)
    let sevenths = set.seventhCharacters(of: try #require(set.code("S72.001")))
    #expect(sevenths.count == 16)
    #expect(sevenths.first == SeventhCharacter(character: "A", meaning: "initial encounter for closed fracture"))
  }

  @Test func titlesAndHierarchy() throws {
    let e1140 = try #require(set.code("E11.40"))
    #expect(e1140.title == "Type 2 diabetes mellitus with diabetic neuropathy, unspecified")
    #expect(e1140.display == "E11.40")
    #expect(e1140.depth == 3)
    #expect(set.ancestors(of: e1140).map(\.display) == ["E11.4", "E11"])
    #expect(set.section(of: e1140)?.id == "E08-E13")
    #expect(set.chapter(of: e1140)?.id == "4")
    let e11 = try #require(set.code("e11"))
    #expect(set.children(of: e11).map(\.display) == [
      "E11.0", "E11.1", "E11.2", "E11.3", "E11.4", "E11.5", "E11.6", "E11.8", "E11.9", "E11.A",
    ])
  }

  @Test(arguments: ["E11.40", "e1140", " E11.40 ", "E1140", "e11.40"])
  func anyCommonSpelling(_ spelling: String) {
    #expect(set.code(spelling)?.key == "E1140")
  }

  @Test func excludes1OfDiabetes() throws {
    let e10 = try #require(set.code("E10"))
    #expect(e10.notes[.excludes1].contains("type 2 diabetes mellitus (E11.-)"))
    let e11 = try #require(set.code("E11"))
    #expect(e11.notes[.excludes1].contains("type 1 diabetes mellitus (E10.-)"))
    #expect(e11.notes[.excludes1].count == 8)
    #expect(e11.notes[.useAdditionalCode].contains("insulin (Z79.4)"))
  }

  @Test func inheritedNotes() throws {
    let e1140 = try #require(set.code("E11.40"))
    #expect(set.notes(of: e1140, inherited: false).isEmpty)
    let inherited = set.notes(of: e1140, inherited: true)
    #expect(inherited.first { $0.origin == .code("E11") }?.notes[.excludes1].contains("type 1 diabetes mellitus (E10.-)") == true)
    #expect(inherited.contains { $0.origin == .chapter("4") })
  }

  @Test func everyNoteKindIsRead() {
    for kind in NoteKind.allCases {
      #expect(set.codes.contains { !$0.notes[kind].isEmpty }, "no code has \(kind) notes")
    }
    #expect(set.code("E11.21")?.notes[.inclusionTerm].contains("Type 2 diabetes mellitus with Kimmelstiel-Wilson disease") == true)
  }
}

@Suite("ICD-10-CM tabular importer on malformed XML")
struct ICD10CMMalformedTests {
  private func importXML(_ xml: String) throws(ImportError) -> CodeSet {
    try ICD10CMTabularImporter().importData(Data(xml.utf8), file: "fixture.xml")
  }

  static let valid = """
    <?xml version="1.0" encoding="utf-8"?>
    <ICD10CM.tabular><version>2026</version>
    <chapter><name>4</name><desc>Endocrine diseases (E00-E89)</desc>
    <section id="E08-E13"><desc>Diabetes mellitus</desc>
    <diag><name>E11</name><desc>Type 2 diabetes mellitus</desc>
    <diag><name>E11.9</name><desc>Type 2 diabetes mellitus without complications</desc></diag>
    </diag></section></chapter></ICD10CM.tabular>
    """

  @Test func validFixtureImports() throws {
    let set = try importXML(Self.valid)
    #expect(set.codes.map(\.display) == ["E11", "E11.9"])
    #expect(set.billableCount == 1)
  }

  @Test func truncatedFile() {
    let truncated = String(Self.valid.prefix(Self.valid.count / 2))
    let error = #expect(throws: ImportError.self) { try importXML(truncated) }
    #expect(error?.line != nil)
    #expect(error?.expected == "well-formed UTF-8 XML")
  }

  @Test func mismatchedTag() {
    let bad = Self.valid.replacingOccurrences(of: "</section>", with: "</sectoin>")
    let error = #expect(throws: ImportError.self) { try importXML(bad) }
    #expect(error?.line == 7)
  }

  @Test func wrongRoot() {
    let error = #expect(throws: ImportError.self) { try importXML("<?xml version=\"1.0\"?><codes><code/></codes>") }
    #expect(error?.description.contains("<ICD10CM.tabular>") == true)
  }

  @Test func diagWithoutName() {
    let bad = Self.valid.replacingOccurrences(of: "<name>E11.9</name>", with: "")
    let error = #expect(throws: ImportError.self) { try importXML(bad) }
    #expect(error?.description.contains("<name>") == true)
  }

  @Test func childThatDoesNotExtendItsParent() {
    let bad = Self.valid.replacingOccurrences(of: "<name>E11.9</name>", with: "<name>E12.9</name>")
    let error = #expect(throws: ImportError.self) { try importXML(bad) }
    #expect(error?.description.contains("extends its parent E11") == true)
  }

  @Test func wrongEncoding() {
    var bytes = Array(Self.valid.utf8)
    // "Ménière" in Latin-1 inside a document that declares UTF-8.
    let latin1: [UInt8] = [0x4D, 0xE9, 0x6E, 0x69, 0xE8, 0x72, 0x65]
    let insertAt = bytes.firstIndex(of: UInt8(ascii: "T")) ?? 0
    bytes.insert(contentsOf: latin1, at: insertAt)
    let error = #expect(throws: ImportError.self) {
      try ICD10CMTabularImporter().importData(Data(bytes), file: "latin1.xml")
    }
    #expect(error?.file == "latin1.xml")
  }

  /// Fuzzing regression (fuzz/run.sh icd10cm-xml): element names that are not UTF-8 made
  /// Foundation's XMLParser trap inside its start-element callback.
  @Test("an element name that is not UTF-8 is an error naming its line and column, not a crash", arguments: [
    [0x3C, 0xFF, 0x61, 0xFF, 0x00],
    Array("<ICD10CM.tabular>\n<vers".utf8) + [0xE9] + Array("ion>2026</version></ICD10CM.tabular>".utf8),
  ])
  func elementNameNotUTF8(bytes: [UInt8]) {
    let error = #expect(throws: ImportError.self) {
      try ICD10CMTabularImporter().importData(Data(bytes), file: "fuzzed.xml")
    }
    #expect(error?.file == "fuzzed.xml")
    #expect(error?.line == bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count)
    #expect(error?.column != nil)
    #expect(error?.expected.contains("UTF-8") == true)
  }

  @Test func emptyAndCodeless() {
    #expect(throws: ImportError.self) { try importXML("") }
    #expect(throws: ImportError.self) {
      try importXML("<ICD10CM.tabular><version>2026</version></ICD10CM.tabular>")
    }
    #expect(throws: ImportError.self) {
      try importXML("<ICD10CM.tabular><chapter><name>1</name></chapter></ICD10CM.tabular>")
    }
  }

  @Test func missingFile() {
    let error = #expect(throws: ImportError.self) {
      try ICD10CMTabularImporter().importFile(at: "/nonexistent/icd10cm-tabular-2026.xml")
    }
    #expect(error?.file == "/nonexistent/icd10cm-tabular-2026.xml")
  }
}
