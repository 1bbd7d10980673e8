@testable import CodeFind

/// Fuzz target for the index reader: any bytes as an index file, every accessor
/// (``IndexExercise``, shared with the corruption tests), `verify()` and lookups on what opens.
///
/// The header checksum is recomputed before opening, so that mutations of the header and section
/// table reach the checks behind it instead of all failing on the checksum.
enum IndexTarget {
  /// Words looked up in every index that opens: a term, prefixes, a typo, a code, non-ASCII, empty.
  private static let words = ["diabetes", "diab", "diabtes", "e11", "ménière", "0dt", ""]

  /// Opens the input as an index and, when it opens, reads everything in it and checks that every
  /// answer stays in range.
  /// - Parameter bytes: The file's bytes.
  static func run(_ bytes: [UInt8]) {
    guard let reader = try? IndexReader(bytes: resealed(bytes), name: "fuzzed index") else { return }
    var exercise = IndexExercise(reader)
    exercise.codes(-1...min(reader.codeCount, 256))
    exercise.terms(-1...min(reader.termCount, 256))
    exercise.words(words)
    exercise.wholeIndex(codeSets: true)
    _ = try? reader.verify()
    let search = CodeSearch(index: reader)
    for query in ["diabetes type 2 w/o neuro", "E11.4", "0DT", "hiv"] {
      for item in search.lookup(query, options: LookupOptions(explain: true, highlight: true)).items {
        exercise.codes([item.ordinal])
      }
    }
    FuzzCheck.expect(exercise.problems.isEmpty, "out of range: \(exercise.problems.joined(separator: "; "))")
  }

  /// The bytes with the header checksum that their header lengths call for (unchanged when the
  /// header is too short to hold one).
  private static func resealed(_ bytes: [UInt8]) -> [UInt8] {
    guard bytes.count >= IndexFormat.fixedHeaderSize else { return bytes }
    let headerLength = bytes[16..<20].reversed().reduce(0) { $0 << 8 | Int($1) }
    guard headerLength >= 16, headerLength <= bytes.count else { return bytes }
    var sealed = bytes
    let checksum = bytes.withUnsafeBytes { IndexHeader.headerChecksum(ByteView(UnsafeRawBufferPointer(rebasing: $0[..<headerLength]))) }
    withUnsafeBytes(of: checksum.littleEndian) { sealed.replaceSubrange(12..<16, with: $0) }
    return sealed
  }
}
