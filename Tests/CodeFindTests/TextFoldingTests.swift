import CodeFind
import Testing

@Suite("Text folding")
struct TextFoldingTests {
  @Test(
    "folds case, accents, ligatures, compatibility forms and ß",
    arguments: [
      ("Ménière", "meniere"),
      ("MÉNIÈRE", "meniere"),
      ("Me\u{0301}nie\u{0300}re", "meniere"),
      ("Straße", "strasse"),
      ("ﬁbrosis", "fibrosis"),
      ("ﬂutter", "flutter"),
      ("１２３", "123"),
      ("ＣＫＤ", "ckd"),
      ("Sjögren’s", "sjogren's"),
      ("Æsculapius", "aesculapius"),
      ("Ørsted", "orsted"),
      ("Łódź", "lodz"),
      ("naïve café", "naive cafe"),
      ("soft\u{00AD}hyphen", "softhyphen"),
      ("Crohn Disease", "crohn disease"),
    ])
  func folds(input: String, expected: String) {
    #expect(TextFolding.fold(input) == expected)
  }

  @Test("leaves other scripts as they are, in lowercase")
  func otherScripts() {
    #expect(TextFolding.fold("Α-thalassemia") == "α-thalassemia")
    #expect(TextFolding.fold("糖尿病") == "糖尿病")
  }

  @Test("ASCII text is only lowercased")
  func ascii() {
    #expect(TextFolding.fold("E11.40 Type-2 DM w/o") == "e11.40 type-2 dm w/o")
    #expect(TextFolding.fold("") == "")
  }
}
