import Testing

@testable import CodeFind

@Suite("Analyzer")
struct AnalyzerTests {
  let analyzer = Analyzer()

  @Test("splits a query into folded texts, terms and kinds")
  func query() {
    let tokens = analyzer.analyze("Type II DM w/ CKD3, s/p fx of L femur (S72.001A)")
    #expect(tokens.map(\.text) == ["type", "ii", "dm", "w/", "ckd3", "s/p", "fx", "of", "l", "femur", "s72.001a"])
    #expect(tokens.map(\.term) == ["type", "2", "dm", "w/", "ckd3", "s/p", "fx", "of", "l", "femur", "s72001a"])
    #expect(
      tokens.map(\.kind) == [
        .word, .word, .word, .shorthand, .shorthand, .shorthand, .word, .word, .word, .word, .code,
      ])
    #expect(tokens.map(\.position) == Array(0..<11))
    #expect(tokens.map(\.isAllCaps) == [false, true, true, false, true, false, false, false, true, false, true])
  }

  @Test(
    "keeps codes whole",
    arguments: [
      ("E11.40", "E1140"), ("e1140", "E1140"), ("S72.001A", "S72001A"), ("0DTJ4ZZ", "0DTJ4ZZ"), ("0dtj", "0DTJ"),
      ("J1100", "J1100"), ("C4A.0", "C4A0"), ("E11.A", "E11A"), ("M1A.0110", "M1A0110"), ("BW03ZZZ", "BW03ZZZ"),
      ("HZ2ZZZZ", "HZ2ZZZZ"), ("E1", "E1"),
    ])
  func codes(spelling: String, key: String) throws {
    let tokens = analyzer.analyze("see \(spelling) here")
    try #require(tokens.count == 3)
    #expect(tokens[1].kind == .code)
    #expect(tokens[1].codeKey == key)
    #expect(tokens[1].original(in: "see \(spelling) here") == Substring(spelling))
  }

  @Test(
    "CodeKey.isCodeShaped tells codes from other words as the analyzer does",
    arguments: [
      "E11.40", "e1140", "E11.", "E11.-", "e11-", "0dtj", "0DTJ4ZZ", "J1100", "C4A.0", "M1A.0110", "E1", "3rd", "21st",
      "T2DM", "CKD3", "HbA1c", "3a", "diabetes", "fx", "w/", "s/p", "2", "1.5", "E11.40.1", "E11.400000", "-",
    ])
  func codeShapedWords(word: String) {
    let tokens = analyzer.analyze(word)
    #expect(CodeKey.isCodeShaped(word) == (tokens.count == 1 && tokens[0].kind == .code))
  }

  @Test("a code's trailing dot is not part of it")
  func trailingDot() {
    let tokens = analyzer.analyze("E11.")
    #expect(tokens.map(\.text) == ["e11"])
    #expect(tokens.first?.kind == .code)
  }

  @Test(
    "mixes of letters and digits that are not code-shaped are shorthand",
    arguments: ["T2DM", "CKD3", "DM2", "HbA1c", "3a"])
  func shorthand(text: String) {
    #expect(analyzer.analyze(text).map(\.kind) == [.shorthand])
  }

  @Test("numbers stay apart from words and keep their decimals")
  func numbers() {
    let tokens = analyzer.analyze("type 2, 2.5 cm, 1,000 mg, 3rd degree, 21st")
    #expect(tokens.map(\.text) == ["type", "2", "2.5", "cm", "1,000", "mg", "3rd", "degree", "21st"])
    #expect(tokens.map(\.term) == ["type", "2", "2.5", "cm", "1000", "mg", "third", "degree", "21st"])
    #expect(tokens.filter { $0.kind == .number }.map(\.text) == ["2", "2.5", "1,000", "3rd", "21st"])
  }

  @Test(
    "coder slash forms are one shorthand token",
    arguments: ["w/", "w/o", "s/p", "h/o", "r/o", "d/o", "c/o", "n/v", "L/R"])
  func slashForms(form: String) {
    let tokens = analyzer.analyze("pain \(form) fever")
    #expect(tokens.map(\.text) == ["pain", form.lowercased(), "fever"])
    #expect(tokens[1].kind == .shorthand)
  }

  @Test("slash forms next to words, and words around slashes")
  func slashContexts() {
    #expect(analyzer.analyze("DM w/neuropathy").map(\.text) == ["dm", "w/", "neuropathy"])
    #expect(analyzer.analyze("s/p.").map(\.text) == ["s/p"])
    #expect(analyzer.analyze("and/or").map(\.text) == ["and", "or"])
    #expect(analyzer.analyze("BP 120/80").map(\.text) == ["bp", "120", "80"])
  }

  @Test("words keep apostrophes and dots inside, and lose them in the term")
  func innerPunctuation() {
    let tokens = analyzer.analyze("Alzheimer's e.g. Crohn’s x-ray Dx:diabetes")
    #expect(tokens.map(\.text) == ["alzheimer's", "e.g", "crohn's", "x", "ray", "dx", "diabetes"])
    #expect(tokens.map(\.term) == ["alzheimer", "eg", "crohn", "x", "ray", "dx", "diabetes"])
  }

  @Test(
    "roman numerals of stages and types become arabic",
    arguments: [
      ("type II", "2"), ("Type I", "1"), ("stage IV", "4"), ("CKD III", "3"), ("ckd iv", "4"),
      ("factor VIII", "8"), ("cranial nerve VI", "6"), ("Gustilo type IIIA", "3a"), ("stage three", "3"),
      ("Le Fort I", "1"), ("grade ii", "2"),
    ])
  func romanNumerals(text: String, expected: String) {
    #expect(analyzer.analyze(text).last?.term == expected)
  }

  @Test(
    "words that look like roman numerals stay words",
    arguments: ["I have pain", "IV fluids", "mix", "vitamin C", "x ray", "IV drug use", "XX male", "mild", "civil"])
  func notNumerals(text: String) {
    let tokens = analyzer.analyze(text)
    #expect(tokens.map(\.term) == tokens.map { PluralStemmer.singular($0.text) })
  }

  @Test("plural words index as their singular")
  func plurals() {
    let tokens = analyzer.analyze("Fractures injuries diseases abscesses stenoses diabetes pelvis sepsis")
    #expect(
      tokens.map(\.term) == ["fracture", "injury", "disease", "abscess", "stenosis", "diabetes", "pelvis", "sepsis"])
  }

  @Test("UTF-16 ranges slice the input to each token's original text")
  func offsets() throws {
    let text = "👩‍⚕️ Ménière’s (Me\u{0301}nie\u{0300}re) 🦴 fx, ﬁbrosis naïve: E11.40 ＣＫＤ３ 𝐀𝐁 w/o"
    let tokens = analyzer.analyze(text)
    let originals = try tokens.map { try #require($0.original(in: text)) }
    #expect(
      originals == [
        "Ménière’s", "Me\u{0301}nie\u{0300}re", "fx", "ﬁbrosis", "naïve", "E11.40", "ＣＫＤ３", "𝐀𝐁", "w/o",
      ])
    #expect(tokens.map(\.text) == ["meniere's", "meniere", "fx", "fibrosis", "naive", "e11.40", "ckd3", "ab", "w/o"])
    for (token, original) in zip(tokens, originals) {
      #expect(TextFolding.fold(original) == token.text)
    }
    let emojiWidth = "👩‍⚕️ ".utf16.count
    #expect(tokens.first?.utf16Range == emojiWidth..<(emojiWidth + "Ménière’s".utf16.count))
  }

  @Test("a range that does not fit the text gives no original")
  func foreignRange() {
    let token = Token(text: "x", term: "x", utf16Range: 3..<9, position: 0, kind: .word, isAllCaps: false)
    #expect(token.original(in: "abc") == nil)
    let split = Token(text: "x", term: "x", utf16Range: 1..<2, position: 0, kind: .word, isAllCaps: false)
    #expect(split.original(in: "🦴") == nil)
  }

  @Test("empty and symbol-only text has no tokens")
  func empty() {
    #expect(analyzer.analyze("").isEmpty)
    #expect(analyzer.analyze("  \n\t ").isEmpty)
    #expect(analyzer.analyze("👩‍⚕️ 🦴 -- / ...").isEmpty)
  }

  @Test("analyzes non-ASCII text from many tasks at once (per-thread ICU iterators)")
  func concurrent() async {
    let text = "Patiënt 👩‍⚕️ with Ménière’s disease, s/p ﬁbrosis; E11.40 and ＣＫＤ３."
    let expected = analyzer.analyze(text)
    let sentences = SentenceSplitter().sentences(in: text + " Next one. And another.")
    let allEqual = await withTaskGroup(of: Bool.self) { group in
      for _ in 0..<8 {
        group.addTask {
          (0..<200).allSatisfy { _ in
            Analyzer().analyze(text) == expected
              && SentenceSplitter().sentences(in: text + " Next one. And another.") == sentences
          }
        }
      }
      return await group.allSatisfy { $0 }
    }
    #expect(allEqual)
    #expect(sentences.count == 3)
  }

  @Test("capitals are recorded per token")
  func capitals() {
    #expect(analyzer.analyze("ALL all All 2 ÉCG").map(\.isAllCaps) == [true, false, false, false, true])
  }
}
