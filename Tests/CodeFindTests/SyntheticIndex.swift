@testable import CodeFind

/// A small index written from hand-made contents: two systems sharing a key, a hierarchy with
/// titles that extend their parent's (one chain of three), notes on codes, chapters and sections,
/// 7th characters, non-ASCII text, index terms with and without a target, a tiny lexicon and two
/// sources. Small enough to damage at every byte.
enum SyntheticIndex {
  /// The ICD-10-CM-like code set.
  static let diagnoses: CodeSet = {
    var e11Notes = TabularNotes()
    e11Notes.append("diabetes (mellitus) due to insulin secretory defect", as: .inclusionTerm)
    e11Notes.append("diabetes mellitus due to underlying condition (E08.-)", as: .excludes1)
    e11Notes.append("insulin (Z79.4)", as: .useAdditionalCode)
    var chapterNotes = TabularNotes()
    chapterNotes.append("transitory endocrine and metabolic disorders specific to newborn (P70-P74)", as: .excludes2)
    var sectionNotes = TabularNotes()
    sectionNotes.append("diabetes mellitus with hyperosmolarity", as: .general)
    let sevenths = [
      SeventhCharacter(character: "A", meaning: "initial encounter"),
      SeventhCharacter(character: "D", meaning: "subsequent encounter"),
      SeventhCharacter(character: "S", meaning: "sequela"),
    ]
    let edema = "Traumatic cerebral edema with loss of consciousness of any duration with death due to brain injury"
    let codes = [
      Code(
        system: .icd10cm, key: "B20", display: "B20", title: "Human immunodeficiency virus [HIV] disease",
        isBillable: true, depth: 1, chapter: "1", section: "B20-B20"),
      Code(
        system: .icd10cm, key: "E11", display: "E11", title: "Type 2 diabetes mellitus", isBillable: false,
        children: ["E114"], depth: 1, chapter: "4", section: "E08-E13", notes: e11Notes),
      Code(
        system: .icd10cm, key: "E114", display: "E11.4", title: "Type 2 diabetes mellitus with neurological complications",
        isBillable: false, parent: "E11", children: ["E1140", "E1141"], depth: 2, chapter: "4", section: "E08-E13"),
      Code(
        system: .icd10cm, key: "E1140", display: "E11.40",
        title: "Type 2 diabetes mellitus with diabetic neuropathy, unspecified", isBillable: true, parent: "E114",
        depth: 3, chapter: "4", section: "E08-E13"),
      Code(
        system: .icd10cm, key: "E1141", display: "E11.41", title: "Type 2 diabetes mellitus with diabetic mononeuropathy",
        isBillable: true, parent: "E114", depth: 3, chapter: "4", section: "E08-E13"),
      Code(
        system: .icd10cm, key: "H810", display: "H81.0", title: "Ménière's disease", isBillable: false,
        children: ["H8101"], depth: 1),
      Code(
        system: .icd10cm, key: "H8101", display: "H81.01", title: "Ménière's disease, right ear", isBillable: false,
        parent: "H810", children: ["H8101X"], depth: 2),
      Code(
        system: .icd10cm, key: "H8101X", display: "H81.01X", title: "Ménière's disease, right ear, with vertigo",
        isBillable: true, parent: "H8101", depth: 3),
      Code(
        system: .icd10cm, key: "S061X7", display: "S06.1X7", title: edema, isBillable: false,
        children: ["S061X7A", "S061X7D"], depth: 1, chapter: "19", seventhCharacters: sevenths),
      Code(
        system: .icd10cm, key: "S061X7A", display: "S06.1X7A", title: edema + ", initial encounter", isBillable: true,
        parent: "S061X7", depth: 2, chapter: "19"),
      Code(
        system: .icd10cm, key: "S061X7D", display: "S06.1X7D", title: edema + ", subsequent encounter", isBillable: true,
        parent: "S061X7", depth: 2, chapter: "19"),
    ]
    let chapters = [
      Chapter(
        id: "1", title: "Certain infectious and parasitic diseases (A00-B99)",
        sections: [Section(id: "B20-B20", title: "Human immunodeficiency virus [HIV] disease")]),
      Chapter(
        id: "4", title: "Endocrine, nutritional and metabolic diseases (E00-E89)",
        sections: [Section(id: "E08-E13", title: "Diabetes mellitus", notes: sectionNotes)], notes: chapterNotes),
      Chapter(id: "19", title: "Injury, poisoning and certain other consequences of external causes (S00-T88)"),
    ]
    return CodeSet(system: CodeSystem(id: .icd10cm, name: "ICD-10-CM", version: "2026"), codes: codes, chapters: chapters)
  }()

  /// The ICD-10-PCS-like code set, with a key (`B20`) that the other set has too.
  static let procedures: CodeSet = {
    let codes = [
      Code(system: .icd10pcs, key: "0DT", display: "0DT", title: "Resection", isBillable: false, children: ["0DTJ"], depth: 1),
      Code(
        system: .icd10pcs, key: "0DTJ", display: "0DTJ", title: "Resection of Appendix", isBillable: false, parent: "0DT",
        children: ["0DTJ0ZZ", "0DTJ4ZZ"], depth: 2),
      Code(
        system: .icd10pcs, key: "0DTJ0ZZ", display: "0DTJ0ZZ", title: "Resection of Appendix, Open Approach",
        isBillable: true, parent: "0DTJ", depth: 3),
      Code(
        system: .icd10pcs, key: "0DTJ4ZZ", display: "0DTJ4ZZ",
        title: "Resection of Appendix, Percutaneous Endoscopic Approach", isBillable: true, parent: "0DTJ", depth: 3),
      Code(system: .icd10pcs, key: "B20", display: "B20", title: "Plain Radiography", isBillable: false, depth: 1),
    ]
    return CodeSet(system: CodeSystem(id: .icd10pcs, name: "ICD-10-PCS", version: "2024"), codes: codes)
  }()

  /// Alphabetic-index entries: one to a body part, one to a code, one without a target.
  static let indexTerms = [
    IndexTerm(system: .icd10pcs, term: "Appendectomy", reference: "see Resection, Appendix 0DTJ", kind: .see, target: "0DTJ"),
    IndexTerm(system: .icd10pcs, term: "Laparoscopic appendectomy", reference: "0DTJ4ZZ", kind: .code, target: "0DTJ4ZZ"),
    IndexTerm(system: .icd10pcs, term: "Excision", reference: "use Resection", kind: .use, target: nil),
  ]

  /// A tiny lexicon: a lay term of two words, an abbreviation matched by its spelling, and a
  /// word-part rewrite.
  static let lexicon = Lexicon(
    entries: [
      Lexicon.Entry(
        key: ["heart", "attack"], matchesText: false, requiresCapitals: false,
        expansion: Expansion(kind: .layTerm, matchedCount: 2, terms: ["myocardial", "infarction"], phrase: "myocardial infarction")),
      Lexicon.Entry(
        key: ["CHF"], matchesText: true, requiresCapitals: true,
        expansion: Expansion(kind: .abbreviation, matchedCount: 1, terms: ["congestive", "heart", "failure"], phrase: "congestive heart failure")),
      Lexicon.Entry(
        key: ["appy"], matchesText: false, requiresCapitals: false,
        expansion: Expansion(kind: .shorthand, matchedCount: 1, terms: ["appendectomy"], phrase: "appendectomy")),
    ],
    wordPartRewrites: [Lexicon.WordPartRewrite(source: "haem*", target: "hem*")])

  /// Everything the synthetic index holds.
  static let contents: IndexContents = {
    let sets = [diagnoses, procedures]
    let analyzed = CodeAnalysis(analyzer: Analyzer()).analyze(CodeCatalog(codeSets: sets, indexTerms: indexTerms))
    let sources = [
      IndexSource(path: "/synthetic/icd10cm-tabular-2026.xml", size: 9_700_000, modificationTime: 1_700_000_000_123_456_789, checksum: 0xDEAD_BEEF),
      IndexSource(path: "/synthetic/données/icd10pcs-index.tsv", size: 0, modificationTime: -5, checksum: 0),
    ]
    return IndexContents(codeSets: sets, analyzedCodes: analyzed, lexicon: lexicon, indexTerms: indexTerms, sources: sources)
  }()

  /// The index file's bytes.
  static let bytes: [UInt8] = IndexWriter().bytes(for: contents)
}
