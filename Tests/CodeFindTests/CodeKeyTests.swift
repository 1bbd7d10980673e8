import CodeFind
import Testing

@Suite("Code keys")
struct CodeKeyTests {
  @Test(
    "ICD-10-CM keys longer than a category get a dot after it",
    arguments: [("E1140", "E11.40"), ("E119", "E11.9"), ("S52522A", "S52.522A"), ("I10", "I10"), ("A0", "A0")])
  func icd10cmDisplay(key: String, display: String) {
    #expect(CodeKey.display(key, in: .icd10cm) == display)
  }

  @Test("other systems show the key as it is", arguments: [CodeSystem.ID.icd10pcs, .hcpcs, .cpt])
  func otherSystemsDisplayTheKey(system: CodeSystem.ID) {
    #expect(CodeKey.display("0DTJ4ZZ", in: system) == "0DTJ4ZZ")
    #expect(CodeKey.display("E1140", in: system) == "E1140")
  }

  @Test("a typed spelling comes back in display form", arguments: [" e11.40 ", "E11.40", "e1140"])
  func typedSpellingRoundTrips(spelling: String) throws {
    let key = try #require(CodeKey.canonical(spelling))
    #expect(CodeKey.display(key, in: .icd10cm) == "E11.40")
  }
}
