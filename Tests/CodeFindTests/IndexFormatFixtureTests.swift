import Foundation
import Testing

@testable import CodeFind

/// The committed index file of the current format version (`Fixtures/Index/format-vN.cfidx`): the
/// writer must still write it byte for byte, so that a layout change cannot slip in without a new
/// version, and the reader must still read it.
///
/// The contents are the synthetic index's, with terms made by a plain word split instead of the
/// analyzer, so that work on the analyzer does not move the bytes. After a deliberate change of the
/// synthetic contents (not of the format), rewrite the fixture by running this suite with
/// `CODEFIND_WRITE_INDEX_FIXTURE=1`.
@Suite("Index format fixture")
struct IndexFormatFixtureTests {
  /// The fixture's file name for a format version.
  static func fileName(_ version: UInt32) -> String { "format-v\(version).cfidx" }

  /// The synthetic contents with analyzer-free terms: lowercased runs of letters and digits, one
  /// position per word, in the title, the inclusion terms and the index terms that name the code.
  static let contents: IndexContents = {
    func words(_ text: String) -> [String] {
      text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }
    var analyzed: [AnalyzedCode] = []
    for set in [SyntheticIndex.diagnoses, SyntheticIndex.procedures] {
      for code in set.codes {
        var occurrences: [AnalyzedCode.Occurrence] = []
        for (position, word) in words(code.title).enumerated() {
          occurrences.append(.init(term: word, field: .title, position: UInt16(position)))
        }
        for (position, word) in code.notes[.inclusionTerm].flatMap(words).enumerated() {
          occurrences.append(.init(term: word, field: .inclusionTerm, position: UInt16(position)))
        }
        let leading = SyntheticIndex.indexTerms.filter { $0.system == code.system && $0.target == code.key }
        for (position, word) in leading.map(\.term).flatMap(words).enumerated() {
          occurrences.append(.init(term: word, field: .indexTerm, position: UInt16(position)))
        }
        // Each phrase's words, so that the fixture has essential phrases too.
        let phrases = ([code.title] + code.notes[.inclusionTerm]).map { Array(Set(words($0))).sorted() }
        analyzed.append(AnalyzedCode(occurrences: occurrences, essentialPhrases: phrases))
      }
    }
    var contents = SyntheticIndex.contents
    contents.analyzedCodes = analyzed
    return contents
  }()

  @Test("the writer writes the committed fixture of this format version byte for byte")
  func writerMatchesFixture() throws {
    let bytes = IndexWriter().bytes(for: Self.contents)
    if ProcessInfo.processInfo.environment["CODEFIND_WRITE_INDEX_FIXTURE"] == "1" {
      let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/Index")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data(bytes).write(to: folder.appendingPathComponent(Self.fileName(IndexFormat.version)))
      return
    }
    let fixture = try [UInt8](Data(contentsOf: URL(fileURLWithPath: ImporterFixtures.path("Index/\(Self.fileName(IndexFormat.version))"))))
    let firstDifference = zip(bytes, fixture).enumerated().first { $0.element.0 != $0.element.1 }?.offset
    #expect(
      bytes == fixture,
      """
      the writer's bytes differ from \(Self.fileName(IndexFormat.version)) (sizes \(bytes.count) and \(fixture.count), \
      first difference at \(firstDifference.map(String.init) ?? "the end")): a change of the layout needs a new \
      IndexFormat.version, FORMAT.md and a new fixture (run this suite with CODEFIND_WRITE_INDEX_FIXTURE=1)
      """)
  }

  @Test("the fixture of this format version opens, verifies and reads back")
  func fixtureReads() throws {
    let reader = try IndexReader(path: ImporterFixtures.path("Index/\(Self.fileName(IndexFormat.version))"))
    try reader.verify()
    #expect(reader.formatVersion == IndexFormat.version)
    #expect(IndexRoundTripTests.differences(reader.codeSets(), Self.contents.codeSets).isEmpty)
    #expect(reader.lexicon().allEntries == SyntheticIndex.lexicon.allEntries)
    #expect(reader.indexTerms() == SyntheticIndex.indexTerms)
    #expect(reader.sources == Self.contents.sources)
    let terms = Set(Self.contents.analyzedCodes.flatMap { $0.occurrences.map(\.term) })
    #expect(Set((0..<reader.termCount).compactMap(reader.termText)) == terms)
    let appendix = try #require(reader.term("appendix"))
    var postings: [Int] = []
    reader.forEachPosting(of: appendix) { ordinal, _ in postings.append(ordinal) }
    #expect(postings.compactMap { reader.code(at: $0)?.key }.sorted() == ["0DTJ", "0DTJ0ZZ", "0DTJ4ZZ"])
  }
}
