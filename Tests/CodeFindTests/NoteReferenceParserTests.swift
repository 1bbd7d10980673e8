import Testing

@testable import CodeFind

/// Code references read out of note text, in the forms the ICD-10-CM tabular list writes them.
@Suite("Note references")
struct NoteReferenceParserTests {
  private func matches(_ text: String, _ key: String) -> Bool {
    NoteReferenceParser.references(in: text).contains { $0.matches(Array(key.utf8)) }
  }

  @Test(arguments: [
    ("type 1 diabetes mellitus (E10.-)", "E109", true), ("type 1 diabetes mellitus (E10.-)", "E119", false),
    ("gynecomastia (N62)", "N62", true), ("nonspecific reaction (R76.1-)", "R7611", true), ("(R76.1-)", "R762", false),
    ("hypertensive disease (I10-I16)", "I150", true), ("(I10-I16)", "I169", true), ("(I10-I16)", "I20", false),
    ("(I10-I16)", "I1", false), ("(O70.-, O71.7-O71.8)", "O7189", true), ("(O70.-, O71.7-O71.8)", "O719", false),
    ("(A00-R94 and T80-T88.6, T88.8)", "T886", true), ("(A00-R94 and T80-T88.6, T88.8)", "T887", false),
    ("(A00-R94 and T80-T88.6, T88.8)", "T888", true), ("(A00-R94 and T80-T88.6, T88.8)", "R9431", true),
    ("(T36-T50 with fifth or sixth character 5)", "T360X5A", true), ("(T36-T50 with fifth or sixth character 5)", "T3695XA", true),
    ("(T36-T50 with fifth or sixth character 5)", "T360X1A", false), ("(T36-T65 with fifth or sixth character 1-4)", "T510X3A", true),
    ("diabetes mellitus (E08-E13 with .42)", "E1142", true), ("(E08-E13 with .42)", "E1140", false),
    ("(E08-E13 with .51-.52)", "E1152", true), ("(E08-E13 with .51-.52)", "E1159", false), ("(E08-E13 with .62-)", "E10621", true),
    ("(I69. with final characters -23)", "I69023", true), ("(I69. with final characters -23)", "I69022", false),
    ("(S06.0X- with seventh character A)", "S060X1A", true), ("(S06.0X- with seventh character A)", "S060X1D", false),
    ("(F11-F19 with fifth to sixth characters 51)", "F11151", true), ("(F11-F19 with fifth to sixth characters 51)", "F11150", false),
    ("(V01-V09 with 5th character 9)", "V0109XA", true), ("(A37 with fifth-character 1)", "A3701", true),
    ("(D29.2.-)", "D2920", true), ("(M1A.-, M10.-)", "M1A0", true), ("(K50.014, K50.114, K50.814, K50.914,)", "K50914", true),
    ("code from category T31 or T32 to identify extent", "T320", true), ("(P03.82 )", "P0382", true),
  ])
  func referenceMatches(_ text: String, _ key: String, _ expected: Bool) {
    #expect(matches(text, key) == expected, "\(text) · \(key)")
  }

  @Test(arguments: [
    "glucose-6-phosphate dehydrogenase (G6PD) deficiency", "with C3 glomerulopathy", "type 2 diabetes",
    "(S52.- with open fracture 7th character)", "COVID-19", "vitamin B12 deficiency anemia", "code T31 to identify", "certain localized infections - see body system-related chapters",
  ])
  func textWithoutReadableReferences(_ text: String) {
    #expect(NoteReferenceParser.references(in: text).isEmpty, "\(text)")
  }

  @Test func rangeIsWrittenAsTheNoteWritesIt() {
    let references = NoteReferenceParser.references(in: "(O00-O07, O08.0) and (E08-E13 with .42)")
    #expect(references.map(\.written) == ["O00-O07", "O08.0", "E08-E13 with .42"])
  }

  /// Every reference read from a shipped Excludes1, Excludes2, code-first or use-additional-code note
  /// names real codes: both ends of a range start some code's key, except where the 2026 tabular list
  /// still names codes it no longer defines (G31.90, R10.4).
  @Test func everyShippedReferenceNamesRealCodes() {
    let index = ShippedIndex.reader
    var notes: [String] = []
    for set in ShippedIndex.contents.codeSets {
      for code in set.codes { for kind in ApplicableNote.kinds { notes += code.notes[kind] } }
      for chapter in set.chapters {
        for kind in ApplicableNote.kinds { notes += chapter.notes[kind] + chapter.sections.flatMap { $0.notes[kind] } }
      }
    }
    var references = 0
    var dangling: [String] = []
    for note in notes {
      for reference in NoteReferenceParser.references(in: note) {
        references += 1
        for end in [reference.low, reference.high] where index.keyPositions(withPrefix: String(decoding: end, as: UTF8.self)).isEmpty {
          dangling.append(reference.written)
        }
      }
    }
    #expect(references > 8000)
    #expect(Set(dangling) == ["G31.90", "R10.1-R10.4"], "\(dangling.prefix(20))")
  }
}
