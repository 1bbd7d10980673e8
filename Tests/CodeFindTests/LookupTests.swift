import CodeFind
import Testing

/// The lookup rules of design.md ("Lookup semantics"), each checked on the shipped data.
@Suite("Lookup on the shipped data")
struct LookupTests {
  static let search = CodeSearch(index: ShippedIndex.reader)

  private func codes(_ query: String, limit: Int = 10, systems: Set<CodeSystem.ID> = [], billableOnly: Bool = false) -> [String] {
    Self.search.lookup(query, options: LookupOptions(limit: limit, systems: systems, billableOnly: billableOnly)).items.map(\.code)
  }

  @Test(arguments: ["E11.40", "e1140", " E11.40 ", "e11.40"])
  func codeInAnySpellingComesFirst(_ query: String) {
    #expect(codes(query).first == "E11.40")
  }

  @Test func codePrefixListsTheCodeThenItsDescendantsInCodeOrder() {
    let found = codes("E11.4", limit: 6)
    #expect(found == ["E11.4", "E11.40", "E11.41", "E11.42", "E11.43", "E11.44"])
    #expect(codes("E11.").first == "E11")
  }

  @Test func allDigitPCSCodesAreCodes() {
    #expect(codes("0016070").first == "0016070")
    #expect(codes("02703", limit: 3).first == "02703")
  }

  @Test func stopWordsOfAnEquivalentNeedNotMatch() {
    #expect(codes("water on the knee", limit: 3).contains("M25.469"))
    // …but "with" does: nausea with vomiting is not vomiting without nausea.
    #expect(codes("n/v", limit: 1).first == "R11.2")
  }

  @Test func pcsPrefixInLowercase() {
    let found = codes("0dtj", limit: 5)
    #expect(found.first == "0DTJ")
    #expect(found.contains("0DTJ4ZZ"))
    #expect(codes("0dtj4zz").first == "0DTJ4ZZ")
  }

  @Test func lastWordMatchesAsAPrefix() {
    #expect(codes("chest pai", limit: 3).contains("R07.9"))
    #expect(codes("pneumoni", limit: 3).contains("J18.9"))
  }

  @Test func abbreviatedEarlierWordsMatchAsPrefixes() {
    #expect(codes("diab typ 2 neuro", limit: 5).contains("E11.40"))
  }

  @Test(arguments: [("pnuemonia", "J18.9"), ("diabetis mellitus type 2", "E11.9")])
  func typosAreTolerated(_ query: String, _ wanted: String) {
    #expect(codes(query).contains(wanted), "\(query) should find \(wanted)")
  }

  @Test(arguments: [("hypertention", "hypertension"), ("asthama", "asthma"), ("osteoarthritus", "osteoarthritis")])
  func misspelledWordsFindTheirTitles(_ query: String, _ word: String) throws {
    let first = try #require(Self.search.lookup(query, options: LookupOptions(limit: 1)).items.first)
    #expect(first.title.lowercased().contains(word))
  }

  @Test func typoCostsRankAfterExactMatches() {
    let exact = Self.search.lookup("pneumonia", options: LookupOptions(limit: 1, explain: true)).items.first?.explanation
    let typo = Self.search.lookup("pnuemonia", options: LookupOptions(limit: 1, explain: true)).items.first?.explanation
    #expect(exact?.typos == 0)
    #expect(typo?.typos == 1)
  }

  @Test(arguments: [("heart attack", "I21.9"), ("CHF", "I50.9"), ("lap appy", "0DTJ4ZZ"), ("GAD", "F41.1")])
  func terminologyFindsTheClinicalCode(_ query: String, _ wanted: String) {
    #expect(codes(query, limit: 5).contains(wanted), "\(query) should find \(wanted) in the top 5")
  }

  @Test func shorthandWithLateralityAndEncounter() {
    let found = codes("fx l radius init", limit: 10)
    #expect(!found.isEmpty)
    for code in found.prefix(5) {
      #expect(code.hasSuffix("A"), "\(code) should be an initial-encounter code")
    }
  }

  @Test func aQueryWithoutSpecificsFavoursTheUnspecifiedCode() {
    #expect(codes("pneumonia", limit: 3).first == "J18.9")
    #expect(codes("chest pain", limit: 3).first == "R07.9")
  }

  /// ICD-10-CM marks a term's default code with "NOS" and parenthesized nonessential modifiers
  /// (`hypertension (arterial) (benign) …` under I10, `Back pain NOS` under M54.9); a header's
  /// default is its child titled "…, unspecified" or "… without complications" (E11 > E11.9).
  @Test(arguments: [
    ("hypertension", "I10"), ("back pain", "M54.9"), ("dementia", "F03.90"), ("seizure", "R56.9"), ("diabetes", "E11.9"),
    ("HTN", "I10"),
  ])
  func aQueryOfAnEssentialPhraseFindsItsDefaultCode(_ query: String, _ wanted: String) throws {
    let first = try #require(Self.search.lookup(query, options: LookupOptions(limit: 3, explain: true)).items.first)
    #expect(first.code == wanted)
    #expect(first.explanation?.isEssentialPhrase == true)
  }

  @Test func aPhraseWithAWordTheQueryLacksIsNotIt() throws {
    // I15.9 "Secondary hypertension, unspecified" has the essential phrase "secondary hypertension".
    let items = Self.search.lookup("hypertension", options: LookupOptions(limit: 10, explain: true)).items
    let secondary = try #require(items.first { $0.code == "I15.9" })
    #expect(secondary.explanation?.isEssentialPhrase == false)
  }

  @Test func billableRanksBeforeItsHeader() throws {
    let found = codes("chest pain", limit: 10)
    let billable = try #require(found.firstIndex(of: "R07.89"))
    let header = try #require(found.firstIndex(of: "R07.8"))
    #expect(billable < header)
  }

  @Test func partialMatchesWhenNoCodeHasEveryWord() {
    let result = Self.search.lookup("pneumonia zzzqqq", options: LookupOptions(limit: 5, explain: true))
    #expect(!result.items.isEmpty)
    #expect(result.items.first?.explanation?.wordsMatched == 1)
  }

  @Test func anEquivalentNoCodeHasWholeIsLookedUpWordByWord() {
    // HCV is "hepatitis C virus", and no code has "virus": the codes with hepatitis and C come back.
    let result = Self.search.lookup("HCV", options: LookupOptions(limit: 5, explain: true))
    #expect(result.items.first?.code == "B18.2")
    #expect(result.items.allSatisfy { $0.title.lowercased().contains("hepatitis c") })
    #expect(result.items.first?.explanation?.wordsMatched == 2)
    #expect(result.items.first?.explanation?.wordsInQuery == 3)
    // A query with results is not spelled out; one without an equivalent still finds nothing.
    #expect(codes("GAD", limit: 1) == ["F41.1"])
    #expect(codes("zzzzqqq").isEmpty)
  }

  @Test func filtersBySystemAndBillable() {
    let pcs = Self.search.lookup("appendix resection", options: LookupOptions(limit: 10, systems: [.icd10pcs])).items
    #expect(!pcs.isEmpty && pcs.allSatisfy { $0.system == .icd10pcs })
    #expect(!codes("E11.4", billableOnly: true).contains("E11.4"))
  }

  @Test func bothSystemsTogether() {
    let items = Self.search.lookup("appendicitis appendectomy", options: LookupOptions(limit: 20)).items
    #expect(Set(items.map(\.system)).count >= 1)
    let cm = Self.search.lookup("appendicitis", options: LookupOptions(limit: 5)).items
    #expect(cm.first?.system == .icd10cm)
  }

  @Test func titleMatchesRankBeforeIndexTermMatches() throws {
    let first = try #require(Self.search.lookup("appendectomy", options: LookupOptions(limit: 1, explain: true)).items.first)
    #expect(first.code.hasPrefix("0DBJ") || first.code.hasPrefix("0DTJ"))
  }

  @Test func abbreviationsDoNotPrefixMatch() {
    // "GAD" is generalized anxiety disorder, never a prefix of gadolinium.
    let found = Self.search.lookup("GAD", options: LookupOptions(limit: 5)).items
    #expect(!found.contains { $0.title.lowercased().contains("gadolinium") })
  }

  @Test func emptyAndPunctuationQueriesReturnNothing() {
    #expect(codes("").isEmpty)
    #expect(codes("  ,;  ").isEmpty)
  }

  @Test func highlightsCoverTheMatchedWords() throws {
    let item = try #require(Self.search.lookup("chest pain", options: LookupOptions(limit: 1, highlight: true)).items.first)
    let words = item.highlights.compactMap { range -> String? in
      let units = Array(item.title.utf16)
      guard range.upperBound <= units.count else { return nil }
      return String(decoding: units[range], as: UTF16.self).lowercased()
    }
    #expect(words.contains("chest") && words.contains("pain"))
  }
}
