import CodeFind
import Testing

/// `AnalyzedCode.appendEssentialTerms(of:analyzer:)`: the words of a phrase without its nonessential
/// modifiers (parentheses) and a final "NOS" or "unspecified".
@Suite("Essential phrases")
struct EssentialPhraseTests {
  private func essential(_ phrases: [String], allDefaults: Bool = false) -> [[String]] {
    var analyzed = AnalyzedCode()
    analyzed.appendEssentialTerms(of: phrases, analyzer: Analyzer(), allDefaults: allDefaults)
    return analyzed.essentialPhrases
  }

  @Test func parenthesesAndAFinalNOSAreDropped() {
    #expect(essential(["hypertension (arterial) (benign) (essential)"]) == [["hypertension"]])
    #expect(essential(["Back pain NOS", "Seizure(s) (convulsive) NOS"]) == [["back", "pain"], ["seizure"]])
    #expect(essential(["Psoriasis, unspecified"]) == [["psoriasis"]])
  }

  @Test func nestedParenthesesAndInnerNeutralWordsAreHandled() {
    #expect(essential(["fever (of (unknown) origin) NOS"]) == [["fever"]])
    // Only a final neutral word goes: "unspecified organism" is a specific statement.
    #expect(essential(["Pneumonia, unspecified organism"], allDefaults: true) == [["pneumonia", "unspecified", "organism"]])
  }

  @Test func onlyPhrasesThatMarkADefaultCountUnlessAllDo() {
    #expect(essential(["Renovascular hypertension"]) == [])
    #expect(essential(["Type 2 diabetes mellitus"], allDefaults: true) == [["type", "2", "diabetes", "mellitus"]])
  }

  @Test func repeatedWordsCountOnceAndEmptyPhrasesAreSkipped() {
    #expect(essential(["Migraine without aura, without status NOS"]) == [["migraine", "without", "aura", "status"]])
    #expect(essential(["(NOS)", "NOS", ""]) == [])
    // An unclosed parenthesis drops the rest, a stray closing one is ignored.
    #expect(essential(["anemia (chronic", "gout) NOS"]) == [["anemia"], ["gout"]])
  }
}
