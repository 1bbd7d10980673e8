import Foundation
import Testing

@testable import CodeFind

/// Suggestion from record text on the shipped data: each assertion kind and its scope, the codes a
/// record's detail supports, combination codes, and evidence offsets in text with accents and emoji.
@Suite("Suggest")
struct SuggestTests {
  let suggester = CodeSuggester(index: ShippedIndex.reader)

  /// Every item, with what the record says of it.
  private func everything(_ text: String) -> [SuggestionResult.Item] {
    suggester.suggest(text, options: SuggestOptions(limit: 100, items: .all)).items
  }

  /// The codes a coder would report.
  private func reported(_ text: String) -> [String] {
    suggester.suggest(text).items.map(\.code)
  }

  private func assertion(of code: String, in text: String) -> Assertion? {
    everything(text).first { $0.code == code }?.assertion
  }

  // MARK: Assertions

  @Test("a condition the record states is present and reported")
  func present() {
    #expect(assertion(of: "J18.9", in: "Assessment: community acquired pneumonia.") == .present)
    #expect(reported("Assessment: community acquired pneumonia.").contains("J18.9"))
  }

  @Test("denies, no, negative for, without: negated and not reported, through a list")
  func negatedForward() {
    let text = "Patient denies chest pain, shortness of breath, or fever."
    #expect(assertion(of: "R07.9", in: text) == .negated)
    #expect(assertion(of: "R06.02", in: text) == .negated)
    #expect(assertion(of: "R50.9", in: text) == .negated)
    #expect(reported(text).isEmpty)
    #expect(assertion(of: "R50.9", in: "No fever.") == .negated)
    #expect(assertion(of: "J18.9", in: "Negative for pneumonia.") == .negated)
  }

  @Test("ruled out after the condition negates it")
  func negatedBackward() {
    let items = everything("Pulmonary embolism was ruled out.")
    #expect(!items.isEmpty)
    #expect(items.allSatisfy { $0.assertion == .negated })
    #expect(reported("Pulmonary embolism was ruled out.").isEmpty)
  }

  @Test("but ends a negation: what follows is present")
  func scopeEndsAtBut() {
    let text = "Denies fever but has a productive cough."
    #expect(assertion(of: "R50.9", in: text) == .negated)
    #expect(everything(text).contains { $0.code.hasPrefix("R05") && $0.assertion == .present })
  }

  @Test("possible, suspected, r/o: possible and not reported")
  func possible() {
    for text in ["Possible urinary tract infection.", "Suspected UTI.", "r/o UTI"] {
      #expect(assertion(of: "N39.0", in: text) == .possible, "\(text)")
      #expect(reported(text).isEmpty, "\(text)")
    }
  }

  @Test("history of a past condition leads to its personal-history code")
  func history() {
    let items = everything("History of stroke.")
    #expect(items.contains { $0.code == "Z86.73" && $0.assertion == .history && $0.isReportable })
    #expect(!items.contains { $0.code.hasPrefix("I63") })
    #expect(reported("Status post myocardial infarction in 2018.").contains("I25.2"))
  }

  @Test("status post a procedure leads to the status it leaves; a relative's or a denied one to none")
  func statusPostProcedure() {
    for (text, code) in [
      ("s/p CABG.", "Z95.1"), ("Coronary artery disease, status post CABG 2015.", "Z95.1"),
      ("History of kidney transplant.", "Z94.0"),
    ] {
      let items = everything(text)
      #expect(items.contains { $0.code == code && $0.assertion == .history && $0.isReportable }, "\(text): \(items.map(\.code))")
      #expect(reported(text).contains(code), "\(text)")
    }
    #expect(!everything("Mother s/p CABG.").contains { $0.code.hasPrefix("Z95") })
    #expect(!everything("No history of CABG.").contains { $0.code.hasPrefix("Z95") })
  }

  @Test("history of a chronic condition is the patient's still")
  func historyOfChronicCondition() {
    #expect(assertion(of: "I10", in: "History of hypertension.") == .present)
  }

  @Test("a relative's condition leads to the family-history code, never to the condition's")
  func family() {
    for (text, code) in [
      ("Mother had breast cancer.", "Z80.3"), ("Family history of colon cancer.", "Z80.0"),
      ("Family history:\nDiabetes mellitus.", "Z83.3"), ("Father died of a heart attack.", "Z82.49"),
    ] {
      let items = everything(text)
      #expect(items.contains { $0.code == code && $0.assertion == .family }, "\(text): \(items.map(\.code))")
      #expect(!items.contains { !$0.code.hasPrefix("Z8") }, "\(text): \(items.map(\.code))")
      #expect(reported(text) == [code], "\(text)")
    }
  }

  @Test("return if, prophylaxis: hypothetical conditions are never returned")
  func hypothetical() {
    #expect(everything("Return if fever or chest pain.").isEmpty)
    #expect(everything("Continue DVT prophylaxis.").isEmpty)
  }

  // MARK: Specificity and combination codes

  @Test("the code the words support, as specific as they are and no more")
  func specificity() {
    for (text, code) in [
      ("Pneumonia.", "J18.9"), ("Diabetes.", "E11.9"), ("T2DM.", "E11.9"), ("HTN.", "I10"), ("CHF.", "I50.9"),
      ("CKD stage 3a.", "N18.31"), ("CKD 4.", "N18.4"), ("Acute on chronic systolic CHF.", "I50.23"),
      ("Left distal radius fracture.", "S52.502A"), ("AFib.", "I48.91"), ("Pnuemonia.", "J18.9"),
      ("Migraine without aura, not intractable.", "G43.009"), ("Umbilical hernia without obstruction or gangrene.", "K42.9"),
    ] {
      #expect(reported(text) == [code], "\(text)")
    }
  }

  @Test("diabetes with a complication is one combination code; a CKD stage stays as the additional code")
  func diabetesCombinations() {
    let kidney = reported("T2DM with CKD stage 3b.")
    #expect(kidney.contains("E11.22") && kidney.contains("N18.32"), "\(kidney)")
    #expect(!kidney.contains("E11.9"))
    let neuropathy = reported("Type 2 diabetes mellitus with peripheral neuropathy.")
    #expect(neuropathy.contains { $0.hasPrefix("E11.4") }, "\(neuropathy)")
    #expect(!neuropathy.contains { $0.hasPrefix("G6") || $0 == "E11.9" }, "\(neuropathy)")
    // The link is presumed across sentences of one record.
    let apart = reported("Type 1 diabetes mellitus.\nPeripheral neuropathy noted.")
    #expect(apart.contains { $0.hasPrefix("E10.4") } && !apart.contains("E10.9"), "\(apart)")
  }

  @Test("hypertension with heart failure or CKD is hypertensive heart or kidney disease")
  func hypertensionCombinations() {
    let heart = reported("HTN. Chronic systolic CHF.")
    #expect(heart.contains("I11.0") && heart.contains("I50.22") && !heart.contains("I10"), "\(heart)")
    let kidney = reported("Hypertension. CKD stage 4.")
    #expect(kidney.contains("I12.9") && kidney.contains("N18.4") && !kidney.contains("I10"), "\(kidney)")
    let both = reported("HTN; CKD 3a; chronic diastolic heart failure.")
    #expect(both.contains("I13.0") && !both.contains("I11.0") && !both.contains("I12.9"), "\(both)")
  }

  @Test("a negated complication makes no combination code")
  func negatedComplicationDoesNotCombine() {
    let codes = reported("Type 2 diabetes. No neuropathy.")
    #expect(codes == ["E11.9"], "\(codes)")
  }

  // MARK: Evidence offsets

  @Test("evidence offsets are UTF-16 offsets whose text is the record's slice, with accents and emoji")
  func offsetsWithAccentsAndEmoji() throws {
    let text = "Patiënte 👩🏽‍⚕️ seen today 😷.\nAssessment: Ménière's disease 🎧; HTN 👍; pnéumonia ❤️ of right lower lobe."
    let items = everything(text)
    #expect(!items.isEmpty)
    for item in items {
      for evidence in item.evidence {
        let slice = try #require(text.utf16Slice(evidence.utf16Range))
        #expect(String(slice) == evidence.text)
      }
    }
    let utf16 = Array(text.utf16)
    func offset(of word: String) -> Int? {
      let needle = Array(word.utf16)
      return (0...(utf16.count - needle.count)).first { Array(utf16[$0..<($0 + needle.count)]) == needle }
    }
    let hypertension = try #require(items.first { $0.code == "I10" })
    #expect(hypertension.evidence.map(\.text) == ["HTN"])
    #expect(hypertension.evidence.first?.utf16Range.lowerBound == offset(of: "HTN"))
    let meniere = try #require(items.first { $0.code.hasPrefix("H81.0") })
    #expect(meniere.evidence.map(\.text) == ["Ménière's disease"])
    #expect(items.contains { $0.code.hasPrefix("J18") && $0.evidence.contains { $0.text == "pnéumonia" } })
  }

  @Test("line breaks and evidence: each span lies in its own line")
  func evidenceSpansOneLine() {
    let text = "Assessment:\n1. Hyperlipidemia.\n2. Hypothyroidism."
    let items = everything(text)
    #expect(Set(items.map(\.code)) == ["E78.5", "E03.9"])
    #expect(items.allSatisfy { $0.evidence.allSatisfy { !$0.text.contains("\n") } })
  }

  // MARK: Options and output

  @Test("limit, systems and every item")
  func options() {
    let text = "HTN. Hyperlipidemia. Hypothyroidism. Denies chest pain."
    #expect(suggester.suggest(text, options: SuggestOptions(limit: 2)).items.count == 2)
    #expect(suggester.suggest(text, options: SuggestOptions(systems: [.icd10pcs])).items.isEmpty)
    #expect(!suggester.suggest(text).items.contains { $0.assertion == .negated })
    #expect(suggester.suggest(text, options: SuggestOptions(items: .all)).items.contains { $0.assertion == .negated })
    #expect(suggester.suggest("").items.isEmpty)
  }

  @Test("items: what a coder would report, only present, or all, chosen before the limit")
  func itemsBeforeLimit() {
    let text = "History of DVT. Family history of colon cancer. Hyperlipidemia. Hypothyroidism. Asthma. Gout. Denies chest pain."
    let reportable = suggester.suggest(text, options: SuggestOptions(limit: 100)).items
    #expect(reportable.allSatisfy { $0.isReportable })
    #expect(Set(reportable.map(\.assertion)) == [.present, .history, .family], "\(reportable.map(\.code))")
    let present = suggester.suggest(text, options: SuggestOptions(limit: 3, items: .present)).items
    #expect(present.count == 3 && present.allSatisfy { $0.assertion == .present }, "\(present.map(\.code))")
    let everyPresent = suggester.suggest(text, options: SuggestOptions(limit: 100, items: .present)).items
    #expect(everyPresent.map(\.code) == reportable.filter { $0.assertion == .present }.map(\.code))
    #expect(everyPresent.count > 3)
    let all = suggester.suggest(text, options: SuggestOptions(limit: 100, items: .all)).items
    #expect(all.contains { $0.assertion == .negated && !$0.isReportable })
    #expect(Set(reportable.map(\.code)).isSubset(of: all.map(\.code)))
  }

  @Test("the JSON is the suggest method's result: items with code, system, title, score, assertion, evidence")
  func json() throws {
    let result = suggester.suggest("HTN 👍.")
    let data = try JSONEncoder().encode(result)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(Set(object.keys) == ["items", "elapsedMicros"])
    let items = try #require(object["items"] as? [[String: Any]])
    let item = try #require(items.first)
    #expect(Set(item.keys) == ["code", "system", "title", "score", "assertion", "evidence"])
    #expect(item["system"] as? String == "icd10cm")
    #expect(item["assertion"] as? String == "present")
    let evidence = try #require((item["evidence"] as? [[String: Any]])?.first)
    #expect(evidence["start"] as? Int == 0 && evidence["end"] as? Int == 3 && evidence["text"] as? String == "HTN")
  }
}
