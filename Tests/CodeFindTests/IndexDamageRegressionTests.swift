import Testing

@testable import CodeFind

/// Damage aimed at two places that once crashed or hung the reader, on the synthetic index: a code
/// key that is not canonical, and a system whose code or chapter range runs past the tables.
@Suite("Index damage regressions")
struct IndexDamageRegressionTests {
  /// Writes `value` little-endian at `offset` of `bytes`.
  static func set(_ value: UInt32, at offset: Int, in bytes: inout [UInt8]) {
    for index in 0..<4 { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(index))) }
  }

  @Test("a key of multi-byte characters makes its code unreadable, not a trap in CodeKey.display")
  func nonCanonicalKey() throws {
    let intact = try IndexReader(bytes: SyntheticIndex.bytes)
    let ordinal = try #require(intact.ordinals(forKey: "E1140").first)
    let records = try #require(intact.header.sections[.codes])
    let strings = try #require(intact.header.sections[.strings])
    let record = records.lowerBound + ordinal * IndexFormat.codeRecordSize
    var bytes = SyntheticIndex.bytes
    let keyOffset = bytes.withUnsafeBytes { ByteView($0).uint32(at: record + IndexReader.CodeField.keyOffset) }
    let start = strings.lowerBound + Int(try #require(keyOffset))
    // Five bytes, like "E1140", but two characters: an ICD-10-CM display would split after the third.
    bytes.replaceSubrange(start..<(start + 5), with: Array("é日".utf8))
    let reader = try IndexReader(bytes: bytes)
    #expect(reader.code(at: ordinal) == nil)
    var exercise = IndexExercise(reader)
    exercise.codes(-1...(reader.codeCount + 1))
    exercise.wholeIndex(codeSets: true)
    #expect(exercise.problems.isEmpty, "\(exercise.problems)")
  }

  @Test("a system whose code or chapter count runs past the tables is left out", arguments: [24, 40])
  func systemRangePastTheTables(field: Int) throws {
    let intact = try IndexReader(bytes: SyntheticIndex.bytes)
    let systems = try #require(intact.header.sections[.systems])
    var bytes = SyntheticIndex.bytes
    Self.set(UInt32.max, at: systems.lowerBound + 8 + field, in: &bytes)  // the first system's record
    let reader = try IndexReader(bytes: bytes)
    #expect(reader.systems.map(\.system) == Array(intact.systems.map(\.system).dropFirst()))
    var exercise = IndexExercise(reader)
    exercise.wholeIndex(codeSets: true)
    #expect(exercise.problems.isEmpty, "\(exercise.problems)")
  }
}
