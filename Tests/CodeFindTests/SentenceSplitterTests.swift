import CodeFind
import Testing

@Suite("Sentence splitter")
struct SentenceSplitterTests {
  let splitter = SentenceSplitter()

  func sentences(_ text: String) -> [String] {
    splitter.sentences(in: text).map { String($0.original(in: text) ?? "?") }
  }

  @Test("splits at sentence ends and line breaks, trimmed")
  func basic() {
    #expect(
      sentences("Chest pain since Monday. No fever!  Denies SOB?\nHx: HTN\n\nPlan: f/u in 2 wks.") == [
        "Chest pain since Monday.", "No fever!", "Denies SOB?", "Hx: HTN", "Plan: f/u in 2 wks.",
      ])
  }

  @Test("does not split after titles, Latin and coder abbreviations")
  func abbreviations() {
    #expect(
      sentences("Seen by Dr. Smith today. Pt is s/p. Appendectomy in 2019.") == [
        "Seen by Dr. Smith today.", "Pt is s/p. Appendectomy in 2019.",
      ])
    #expect(
      sentences("Risk factors, e.g. Smoking and HTN. Stable.") == ["Risk factors, e.g. Smoking and HTN.", "Stable."])
    #expect(
      sentences("Lesion No. 5 excised. Pt said no. Then left.") == [
        "Lesion No. 5 excised.", "Pt said no.", "Then left.",
      ])
    #expect(sentences("Compare vs. Prior film. H/o. DVT noted.") == ["Compare vs. Prior film.", "H/o. DVT noted."])
  }

  @Test("keeps decimals and codes inside a sentence")
  func decimals() {
    #expect(
      sentences("Temp 38.5 today. Coded E11.40 and S72.001A. Done.") == [
        "Temp 38.5 today.", "Coded E11.40 and S72.001A.", "Done.",
      ])
  }

  @Test("offsets are UTF-16 and survive emoji and accents")
  func offsets() {
    let text = "👩‍⚕️ Ménière’s disease. 🦴 Fx of femur."
    let found = splitter.sentences(in: text)
    #expect(found.map { $0.original(in: text) } == ["👩‍⚕️ Ménière’s disease.", "🦴 Fx of femur."])
    #expect(found.map(\.index) == [0, 1])
    #expect(found.first?.utf16Range.lowerBound == 0)
  }

  @Test("whitespace gives no sentences")
  func empty() {
    #expect(splitter.sentences(in: "").isEmpty)
    #expect(splitter.sentences(in: " \n\n ").isEmpty)
  }
}
