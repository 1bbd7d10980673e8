import Testing

@testable import CodeFind

@Suite("Numerals")
struct NumeralsTests {
  @Test("roman numerals from 1 to 39 in canonical form")
  func romanValues() {
    #expect(Numerals.romanValue("i") == 1)
    #expect(Numerals.romanValue("iv") == 4)
    #expect(Numerals.romanValue("ix") == 9)
    #expect(Numerals.romanValue("xiv") == 14)
    #expect(Numerals.romanValue("xxxix") == 39)
    #expect(Numerals.romanValue("iiii") == nil)
    #expect(Numerals.romanValue("vx") == nil)
    #expect(Numerals.romanValue("mix") == nil)
    #expect(Numerals.romanValue("xl") == nil)
    #expect(Numerals.romanValue("") == nil)
  }

  @Test("ambiguous numerals convert only after a context word")
  func context() {
    #expect(Numerals.arabic("i", after: nil) == nil)
    #expect(Numerals.arabic("i", after: "type") == "1")
    #expect(Numerals.arabic("iv", after: "the") == nil)
    #expect(Numerals.arabic("iv", after: "stage") == "4")
    #expect(Numerals.arabic("iii", after: nil) == "3")
    #expect(Numerals.arabic("iiib", after: "type") == "3b")
    #expect(Numerals.arabic("iiib", after: nil) == nil)
    #expect(Numerals.arabic("two", after: "type") == "2")
    #expect(Numerals.arabic("two", after: "with") == nil)
    #expect(Numerals.arabic("mix", after: "type") == nil)
  }

  @Test("digit ordinals")
  func ordinals() {
    #expect(Numerals.ordinalValue("1st") == 1)
    #expect(Numerals.ordinalValue("22nd") == 22)
    #expect(Numerals.ordinalValue("11th") == 11)
    #expect(Numerals.ordinalValue("11st") == nil)
    #expect(Numerals.ordinalValue("3rd") == 3)
    #expect(Numerals.ordinalWord("3rd") == "third")
    #expect(Numerals.ordinalWord("20th") == "twentieth")
    #expect(Numerals.ordinalWord("21st") == nil)
  }
}
