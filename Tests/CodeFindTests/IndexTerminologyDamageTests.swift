import Testing

@testable import CodeFind

/// Damage to the terminology section (read in place, without a checksum check): the lexicon loses
/// the damaged bucket or entry, never traps, and keeps the rest.
@Suite("Index terminology damage")
struct IndexTerminologyDamageTests {
  /// The synthetic index's bytes, the absolute offset of its terminology section, and the
  /// position in the bucket table of the bucket whose first key is `first`.
  static func terminology(bucketOf first: String) throws -> (bytes: [UInt8], section: Int, record: Int) {
    let reader = try IndexReader(bytes: SyntheticIndex.bytes)
    let section = try #require(reader.header.sections[.lexicon]).lowerBound
    let firstKeys = SyntheticIndex.lexicon.allEntries.compactMap(\.key.first)
    let bucket = try #require(Array(Set(firstKeys)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.firstIndex(of: first))
    let record = section + StoredLexiconEntries.headerSize + bucket * StoredLexiconEntries.bucketRecordSize
    return (SyntheticIndex.bytes, section, record)
  }

  /// The expansions of `text` by the lexicon of an index made of `bytes`.
  static func expansions(_ text: String, in bytes: [UInt8]) throws -> [Expansion] {
    let tokens = Analyzer().analyze(text)
    return try IndexReader(bytes: bytes).lexicon().expansions(of: tokens[...])
  }

  /// Checks that every accessor of the damaged index stays in bounds.
  static func exercise(_ bytes: [UInt8]) throws {
    var exercise = IndexExercise(try IndexReader(bytes: bytes))
    exercise.wholeIndex(codeSets: true)
    #expect(exercise.problems.isEmpty, "\(exercise.problems)")
  }

  @Test("the intact synthetic index expands its phrases")
  func intact() throws {
    #expect(try Self.expansions("heart attack", in: SyntheticIndex.bytes).map(\.phrase) == ["myocardial infarction"])
    #expect(try Self.expansions("appy", in: SyntheticIndex.bytes).map(\.phrase) == ["appendectomy"])
  }

  @Test("a bucket count larger than the section leaves the lexicon without entries")
  func bucketCountPastTheSection() throws {
    var (bytes, section, _) = try Self.terminology(bucketOf: "heart")
    IndexDamageRegressionTests.set(UInt32.max, at: section, in: &bytes)
    let lexicon = try IndexReader(bytes: bytes).lexicon()
    #expect(lexicon.allEntries.isEmpty)
    #expect(try Self.expansions("heart attack", in: bytes).isEmpty)
    try Self.exercise(bytes)
  }

  @Test("a bucket whose entries or key run past the section loses its entries; the others stay", arguments: [0, 4, 8, 12])
  func bucketPastTheSection(field: Int) throws {
    var (bytes, _, record) = try Self.terminology(bucketOf: "heart")
    IndexDamageRegressionTests.set(UInt32.max - 2, at: record + field, in: &bytes)
    #expect(try Self.expansions("heart attack", in: bytes).isEmpty)
    #expect(try Self.expansions("appy", in: bytes).map(\.phrase) == ["appendectomy"])
    let entries = try IndexReader(bytes: bytes).lexicon().allEntries
    #expect(entries == SyntheticIndex.lexicon.allEntries.filter { $0.key.first != "heart" })
    try Self.exercise(bytes)
  }

  @Test("an entry cut short by its bucket's length is dropped, not read past the bucket")
  func entryCutShort() throws {
    var (bytes, _, record) = try Self.terminology(bucketOf: "heart")
    let length = try #require(bytes.withUnsafeBytes { ByteView($0).uint32(at: record + 12) })
    IndexDamageRegressionTests.set(length - 1, at: record + 12, in: &bytes)
    #expect(try Self.expansions("heart attack", in: bytes).isEmpty)
    #expect(try Self.expansions("appy", in: bytes).map(\.phrase) == ["appendectomy"])
    try Self.exercise(bytes)
  }

  @Test("a string count that runs past the bucket stops the bucket's entries")
  func stringPastTheBucket() throws {
    var (bytes, section, record) = try Self.terminology(bucketOf: "heart")
    let start = try #require(bytes.withUnsafeBytes { ByteView($0).uint32(at: record + 8) })
    // The entry's key count is 2: its second key part's byte count comes next.
    bytes[section + Int(start) + 1] = 0x7F
    #expect(try Self.expansions("heart attack", in: bytes).isEmpty)
    #expect(try Self.expansions("appy", in: bytes).map(\.phrase) == ["appendectomy"])
    try Self.exercise(bytes)
  }

  @Test("a rewrites offset past the section leaves the entries and drops the rewrites")
  func rewritesPastTheSection() throws {
    var (bytes, section, _) = try Self.terminology(bucketOf: "heart")
    IndexDamageRegressionTests.set(UInt32.max, at: section + 8, in: &bytes)
    let lexicon = try IndexReader(bytes: bytes).lexicon()
    #expect(lexicon.wordPartRewrites.isEmpty)
    #expect(lexicon.allEntries == SyntheticIndex.lexicon.allEntries)
    try Self.exercise(bytes)
  }
}
