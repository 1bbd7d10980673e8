import CodeFind
import Testing

@Suite("Lexicon")
struct LexiconTests {
  let analyzer = Analyzer()
  let lexicon = TextTestData.lexicon

  /// The expansions of `text`'s tokens from the first, as phrases of normalized terms.
  func expansions(_ text: String, in lexicon: Lexicon? = nil) -> [String] {
    (lexicon ?? self.lexicon).expansions(of: analyzer.analyze(text)[...]).map { $0.terms.joined(separator: " ") }
  }

  @Test(
    "shipped rows expand as documented",
    arguments: [
      ("heart attack", "myocardial infarction"), ("myocardial infarction", "heart attack"), ("kidney", "renal"),
      ("renal", "kidney"), ("broken", "fracture"), ("pink eye", "conjunctivitis"),
      ("high blood pressure", "hypertension"), ("hypertension", "high blood pressure"), ("sugar", "diabetes"),
      ("stroke", "cerebral infarction"), ("afib", "atrial fibrillation"), ("a-fib", "atrial fibrillation"),
      ("lap", "percutaneous endoscopic"), ("laparoscopic", "percutaneous endoscopic"), ("appy", "appendectomy"),
      ("lt", "left"), ("l", "left"), ("rt", "right"), ("r", "right"), ("bilat", "bilateral"),
      ("init", "initial encounter"), ("subs", "subsequent encounter"), ("seq", "sequela"), ("unsp", "unspecified"),
      ("fx", "fracture"), ("dm", "type 2 diabetes mellitus"), ("dm", "diabetes mellitus"),
      ("DM2", "type 2 diabetes mellitus"), ("T2DM", "type 2 diabetes mellitus"),
      ("type II DM", "type 2 diabetes mellitus"),
      ("htn", "hypertension"), ("ckd", "chronic kidney disease"), ("copd", "chronic obstructive pulmonary disease"),
      ("chf", "congestive heart failure"), ("uti", "urinary tract infection"), ("mi", "myocardial infarction"),
      ("cva", "cerebral infarction"), ("gerd", "gastro esophageal reflux disease"), ("sob", "shortness of breath"),
      ("d/o", "disorder"), ("sz", "seizure"), ("dep", "depression"), ("w/", "with"), ("w/o", "without"),
      ("s/p", "status post"), ("h/o", "history of"), ("r/o", "rule out"),
      ("lou gehrig", "amyotrophic lateral sclerosis"), ("bell's palsy", "facial nerve palsy"),
      ("late effect", "sequela"), ("late effects", "sequela"), ("anomaly", "congenital malformation"),
      ("anaemia", "anemia"), ("tumour", "tumor"), ("haemorrhage", "hemorrhage"), ("oesophagitis", "esophagitis"),
      ("Leukaemia", "leukemia"), ("diarrhoea", "diarrhea"), ("paediatric", "pediatric"),
      ("heart attacks", "myocardial infarction"),
      ("CKD III", "chronic kidney disease stage 3"), ("ckd3", "chronic kidney disease stage 3"),
      ("mesh", "synthetic substitute"), ("ligation", "occlusion"), ("reduction", "reposition"),
      ("herniorrhaphy", "supplement"), ("below knee", "lower leg"), ("ACL", "knee bursa and ligament"),
      ("colonoscopy", "large intestine via natural or artificial opening endoscopic"),
      ("cystoscopy", "bladder via natural or artificial opening endoscopic"),
    ])
  func shippedRows(text: String, expected: String) {
    #expect(expansions(text).contains(expected), "\(text) → \(expansions(text))")
  }

  @Test("every phrase of the shipped synonyms file expands to something other than itself")
  func everyRowCounts() throws {
    let path = TextTestData.dataFolder.appendingPathComponent("terminology/synonyms.tsv").path
    let rules = try SynonymFile.parse(try String(contentsOfFile: path, encoding: .utf8), file: path)
    var idle: [String] = []
    for rule in rules where !rule.isWordPartRewrite {
      let single = Lexicon(abbreviations: [], rules: [rule])
      for source in rule.sources where single.expansions(of: analyzer.analyze(source)[...]).isEmpty {
        idle.append("line \(rule.line): \(source)")
      }
    }
    #expect(idle.isEmpty, "phrases that expand to nothing: \(idle)")
  }

  @Test("an ambiguous abbreviation keeps every expansion")
  func ambiguous() {
    let found = expansions("DM")
    for meaning in ["diabetes mellitus", "dermatomyositis", "deep masseter"] {
      #expect(found.contains(meaning))
    }
    #expect(Set(found).count == found.count, "each expansion once")
  }

  @Test("abbreviations match whole tokens exactly")
  func exactAbbreviations() {
    #expect(expansions("GAD").contains("generalized anxiety disorder"))
    #expect(expansions("gadolinium").isEmpty)
    #expect(expansions("ga").allSatisfy { !$0.contains("anxiety") })
    #expect(expansions("AIDS").contains("acquired immune deficiency syndrome"))
    #expect(expansions("hearing aid").isEmpty)
    #expect(expansions("aid").isEmpty)
  }

  @Test("abbreviations that are ordinary words expand only in capitals")
  func capitals() {
    #expect(expansions("ALL").contains("acute lymphocytic leukemia"))
    #expect(expansions("all").isEmpty)
    #expect(expansions("COLD").isEmpty == false)
    #expect(expansions("cold").isEmpty)
  }

  @Test("the longest phrase comes first, and says how many tokens it stands for")
  func longestFirst() throws {
    let found = lexicon.expansions(of: analyzer.analyze("heart attack in 2019")[...])
    let first = try #require(found.first)
    #expect(first.matchedCount == 2)
    #expect(first.terms == ["myocardial", "infarction"])
    #expect(first.kind == .layTerm)
    #expect(found.map(\.matchedCount) == found.map(\.matchedCount).sorted(by: >))
  }

  @Test("expands from any position of a text")
  func positions() {
    let tokens = analyzer.analyze("lap appy")
    #expect(lexicon.expansions(of: tokens[1...]).contains { $0.terms == ["appendectomy"] })
    #expect(lexicon.expansions(of: tokens[2...]).isEmpty)
  }

  @Test("letters-and-digits shorthand without a row splits, and its letters expand")
  func splits() {
    let found = expansions("COPD3")
    #expect(found.contains("copd 3"))
    #expect(found.contains("chronic obstructive pulmonary disease 3"))
    #expect(expansions("e11").isEmpty)
  }

  @Test("word-part rewrites anchor at the start, the end or anywhere")
  func rewrites() {
    let rules = [
      SynonymRule(kind: .spelling, mapping: ["haem*"], to: ["hem*"]),
      SynonymRule(kind: .spelling, mapping: ["*isation"], to: ["*ization"]),
      SynonymRule(kind: .spelling, mapping: ["*oedem*"], to: ["*edem*"]),
    ]
    let small = Lexicon(abbreviations: [], rules: rules)
    #expect(expansions("haematoma", in: small) == ["hematoma"])
    #expect(expansions("cephalhaematoma", in: small).isEmpty)
    #expect(expansions("hospitalisation", in: small) == ["hospitalization"])
    #expect(expansions("lymphoedema", in: small) == ["lymphedema"])
    #expect(expansions("isation", in: small) == ["ization"])
    // One rewrite's output is the next one's input; a word with a pattern's first letters but not
    // the pattern is left alone.
    #expect(expansions("haemoedemisation", in: small) == ["hemedemization"])
    #expect(expansions("oedipal", in: small).isEmpty)
    // A rewrite can make the letters a later one looks for.
    let chained = Lexicon(
      abbreviations: [],
      rules: [
        SynonymRule(kind: .spelling, mapping: ["*xy*"], to: ["*ab*"]),
        SynonymRule(kind: .spelling, mapping: ["*abc*"], to: ["*z*"]),
      ])
    #expect(expansions("mxyc", in: chained) == ["mz"])
  }

  @Test("an in-memory lexicon maps groups both ways and mappings one way")
  func directions() {
    let small = Lexicon(
      abbreviations: [Abbreviation(abbreviation: "CHF", expansions: ["congestive heart failure"])],
      rules: [
        SynonymRule(kind: .synonym, group: ["kidney", "renal"]),
        SynonymRule(kind: .layTerm, mapping: ["sugar"], to: ["diabetes"]),
      ])
    #expect(small.entryCount == 4)
    #expect(expansions("kidney", in: small) == ["renal"])
    #expect(expansions("renal", in: small) == ["kidney"])
    #expect(expansions("sugar", in: small) == ["diabetes"])
    #expect(expansions("diabetes", in: small).isEmpty)
    #expect(expansions("chf", in: small) == ["congestive heart failure"])
  }

  @Test("loading names the malformed line")
  func loadMalformed() throws {
    let folder = try TextTestData.fixture("Malformed")
    let error = try #require(throws: LexiconError.self) {
      try Lexicon.load(folder: folder, abbreviations: [])
    }
    #expect(error.line == 5)
    #expect(error.file.hasSuffix("Malformed/synonyms.tsv"))
    #expect(error.description.contains("synonyms.tsv:5: a group needs two or more phrases"))
  }

  @Test("loading a folder without its word list says which file is missing")
  func loadMissing() throws {
    let folder = try TextTestData.fixture("MissingWords")
    let error = try #require(throws: LexiconError.self) {
      try Lexicon.load(folder: folder, abbreviations: [])
    }
    #expect(error.line == nil)
    #expect(error.file.hasSuffix("ordinary-words.txt"))
    #expect(error.problem.contains("cannot read the file"))
  }
}
