import Testing

@testable import CodeFind

@Suite("Word segmenter")
struct WordSegmenterTests {
  static let asciiSamples = [
    "Type 2 diabetes mellitus with diabetic neuropathy, unspecified",
    "E11.40 S72.001A 0DTJ4ZZ e.g. i.e. Alzheimer's rock'n'roll 1,000 2.5 3.14.15 1;2 a;b a,b",
    "w/o s/p h/o r/o and/or BP:120/80 Dx:diabetes x-ray 5-FU A&E foo_bar _x __ a__b",
    "end.Next 'quoted' O'Neil's '90s 3'5 trailing' .5 5. a.1 1.a",
    "Resection of Appendix, Percutaneous Endoscopic Approach (PCS 0DTJ4ZZ)",
  ]

  @Test("the ASCII scanner finds ICU's word segments", arguments: asciiSamples)
  func scannerMatchesICU(text: String) {
    let units = Array(text.utf16)
    #expect(WordSegmenter.scan(units) == WordSegmenter.icuWords(units))
  }

  @Test("the ASCII scanner finds ICU's word segments on every ICD-10-CM title")
  func scannerMatchesICUOnTitles() {
    var mismatches: [String] = []
    for code in ShippedData.icd10cm.codes where code.title.utf8.allSatisfy({ $0 < 0x80 }) {
      let units = Array(code.title.utf16)
      if WordSegmenter.scan(units) != WordSegmenter.icuWords(units) { mismatches.append(code.title) }
    }
    #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(5))")
  }

  @Test("without ICU, non-ASCII letters join words")
  func fallback() {
    let units = Array("café 👍 x".utf16)
    #expect(WordSegmenter.scan(units).count == 3)
  }
}
