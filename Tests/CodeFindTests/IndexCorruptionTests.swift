import Foundation
import Testing

@testable import CodeFind

/// A damaged index file is an error with a message, never a crash: truncations, flipped bits,
/// foreign files, newer versions and random bytes, on a small synthetic index (every accessor over
/// everything) and on the shipped index (a bounded number of damages, the damaged part read).
@Suite("Index corruption")
struct IndexCorruptionTests {
  static let name = "damaged index"

  // MARK: Truncation

  @Test("every truncation of the synthetic index is refused at open")
  func syntheticTruncations() {
    let bytes = SyntheticIndex.bytes
    var opened: [Int] = []
    for length in 0..<bytes.count {
      do {
        _ = try IndexReader(bytes: Array(bytes[..<length]), name: Self.name)
        opened.append(length)
      } catch {
        switch length {
        case 0: #expect(error == .empty(path: Self.name))
        case 1..<IndexFormat.magic.count: #expect(error == .wrongMagic(path: Self.name))
        default:
          guard case .truncated(_, let size, _) = error else {
            Issue.record("a file cut to \(length) bytes gave \(error)")
            continue
          }
          #expect(size == length)
        }
      }
    }
    #expect(opened.isEmpty, "truncated files that opened: \(opened)")
  }

  @Test("the shipped index cut at every section boundary and at 50 random points is refused")
  func shippedTruncations() throws {
    let bytes = ShippedIndex.bytes
    let reader = ShippedIndex.reader
    var random = SplitMix64(seed: 0x7255)
    var lengths = reader.header.sections.inFileOrder.flatMap { [$0.range.lowerBound, $0.range.upperBound, $0.range.upperBound - 1] }
    lengths += (0..<50).map { _ in Int.random(in: 0..<bytes.count, using: &random) }
    for length in Set(lengths) where length < bytes.count {
      #expect(throws: IndexError.self, "cut to \(length) bytes") { try IndexReader(bytes: Array(bytes[..<length]), name: Self.name) }
    }
  }

  @Test("a truncated file on disk is refused, through the mapped file")
  func truncatedFile() throws {
    let folder = try TemporaryFolder("truncated")
    defer { folder.remove() }
    let path = folder.file("index.cfidx")
    for length in [1, IndexFormat.fixedHeaderSize, SyntheticIndex.bytes.count / 2, SyntheticIndex.bytes.count - 1] {
      #expect(FileManager.default.createFile(atPath: path, contents: Data(SyntheticIndex.bytes[..<length])))
      #expect(throws: IndexError.self) { try IndexReader(path: path) }
    }
  }

  // MARK: Flipped bits

  @Test("seeded bit flips in every section and the header of the synthetic index")
  func syntheticFlips() throws {
    let bytes = SyntheticIndex.bytes
    let intact = try IndexReader(bytes: bytes)
    var random = SplitMix64(seed: 0xF11B)
    var positions = Array(0..<Self.headerLength(bytes))
    for (_, range) in intact.header.sections.inFileOrder {
      positions += range.count <= 48 ? Array(range) : (0..<48).map { _ in Int.random(in: range, using: &random) }
    }
    positions += Self.padding(of: intact)
    for position in positions {
      var damaged = bytes
      damaged[position] ^= UInt8.random(in: 1...255, using: &random)
      Self.checkDamage(damaged, at: position, intact: intact) { reader in
        var exercise = IndexExercise(reader)
        exercise.codes(-1...(reader.codeCount))
        exercise.terms(-1...(reader.termCount))
        exercise.words(["diabetes", "menier", "appy", "", "zz", "résection"])
        exercise.wholeIndex(codeSets: true)
        return exercise.problems
      }
    }
  }

  @Test("seeded bit flips in every section and the header of the shipped index, the damaged part read")
  func shippedFlips() throws {
    let intact = ShippedIndex.reader
    var random = SplitMix64(seed: 0x5B1F)
    var positions = (0..<3).map { _ in Int.random(in: 0..<Self.headerLength(ShippedIndex.bytes), using: &random) }
    for (_, range) in intact.header.sections.inFileOrder where !range.isEmpty {
      positions += (0..<2).map { _ in Int.random(in: range, using: &random) }
    }
    positions += Self.padding(of: intact).prefix(2)
    for position in positions {
      var damaged = ShippedIndex.bytes
      damaged[position] ^= UInt8.random(in: 1...255, using: &random)
      let (codes, terms) = Self.neighbourhood(of: position, in: intact)
      Self.checkDamage(damaged, at: position, intact: intact) { reader in
        var exercise = IndexExercise(reader)
        exercise.codes(codes)
        exercise.codes(stride(from: 0, to: reader.codeCount, by: 997))
        exercise.terms(terms)
        exercise.terms(stride(from: 0, to: reader.termCount, by: 499))
        exercise.words(["diabetes", "pnuemonia", "appendectomy", "fracture", "menier"])
        exercise.wholeIndex(codeSets: false)
        return exercise.problems
      }
    }
  }

  @Test("random bytes in every section behind an intact header and counts")
  func randomSections() throws {
    let intact = try IndexReader(bytes: SyntheticIndex.bytes)
    var random = SplitMix64(seed: 0xB17E5)
    for round in 0..<32 {
      var damaged = SyntheticIndex.bytes
      for (section, range) in intact.header.sections.inFileOrder where section != .systems {
        let kept = [.terms, .chapters].contains(section) ? 8 : 0
        for position in range.dropFirst(kept) { damaged[position] = UInt8.random(in: 0...255, using: &random) }
      }
      let reader: IndexReader
      do {
        reader = try IndexReader(bytes: damaged, name: Self.name)
      } catch {
        Issue.record("round \(round): an intact header with random sections must open, got \(error)")
        continue
      }
      var exercise = IndexExercise(reader)
      exercise.codes(-1...(reader.codeCount))
      exercise.terms(-1...(reader.termCount))
      exercise.words(["diabetes", "a", "zz"])
      exercise.wholeIndex(codeSets: true)
      #expect(exercise.problems.isEmpty, "round \(round): \(exercise.problems.prefix(5))")
      #expect(throws: IndexError.self) { try reader.verify() }
    }
  }

  // MARK: Foreign files and versions

  @Test("an empty file, a foreign file and random bytes are not indexes")
  func foreignFiles() {
    #expect(throws: IndexError.empty(path: Self.name)) { try IndexReader(bytes: [], name: Self.name) }
    let text = Array("icd10cm,E11.9,Type 2 diabetes mellitus without complications\n".utf8)
    #expect(throws: IndexError.wrongMagic(path: Self.name)) { try IndexReader(bytes: text, name: Self.name) }
    var wrongMagic = SyntheticIndex.bytes
    wrongMagic[0] = UInt8(ascii: "c")
    #expect(throws: IndexError.wrongMagic(path: Self.name)) { try IndexReader(bytes: wrongMagic, name: Self.name) }
    var random = SplitMix64(seed: 0xAB5)
    for _ in 0..<200 {
      let noise = (0..<Int.random(in: 1...4096, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
      #expect(throws: IndexError.self) { try IndexReader(bytes: noise, name: Self.name) }
      #expect(throws: IndexError.self) { try IndexReader(bytes: IndexFormat.magic + noise, name: Self.name) }
    }
  }

  @Test("a newer and an older format version are each refused as such")
  func versions() {
    let newer = Self.withVersion(IndexFormat.version + 1)
    #expect(throws: IndexError.newerVersion(path: Self.name, version: IndexFormat.version + 1, supported: IndexFormat.version)) {
      try IndexReader(bytes: newer, name: Self.name)
    }
    #expect(throws: IndexError.olderVersion(path: Self.name, version: IndexFormat.version - 1, supported: IndexFormat.version)) {
      try IndexReader(bytes: Self.withVersion(IndexFormat.version - 1), name: Self.name)
    }
    let unpatched = Self.withVersion(IndexFormat.version + 1, fixingChecksum: false)
    #expect(throws: IndexError.newerVersion(path: Self.name, version: IndexFormat.version + 1, supported: IndexFormat.version)) {
      try IndexReader(bytes: unpatched, name: Self.name)
    }
  }

  // MARK: Helpers

  /// Opens a damaged copy; when it opens, runs `read` (which returns problems), and expects
  /// `verify()` to name the damaged section. Damage to the header must fail at open; damage to
  /// padding between sections must go unnoticed.
  static func checkDamage(
    _ damaged: [UInt8], at position: Int, intact: IndexReader, read: (IndexReader) -> [String]
  ) {
    let section = intact.header.sections.inFileOrder.first { $0.range.contains(position) }?.section
    let headerEnd = intact.header.sections.inFileOrder.first?.range.lowerBound ?? 0
    let reader: IndexReader
    do {
      reader = try IndexReader(bytes: damaged, name: name)
    } catch {
      #expect(section != nil || position < headerEnd, "damaged padding at \(position) gave \(error)")
      return
    }
    #expect(position >= headerEnd, "damage at \(position) in the header went unnoticed")
    let problems = read(reader)
    #expect(problems.isEmpty, "damage at \(position) (\(section?.description ?? "padding")): \(problems.prefix(5))")
    do {
      try reader.verify()
      #expect(section == nil, "damage at \(position) in \(section?.description ?? "") passed verify()")
    } catch {
      #expect(error == .checksumMismatch(path: name, section: section?.description ?? "padding"), "damage at \(position)")
    }
  }

  /// The bytes between sections and after the last one.
  static func padding(of reader: IndexReader) -> [Int] {
    var result: [Int] = []
    var end = reader.header.sections.inFileOrder.first?.range.lowerBound ?? 0
    for (_, range) in reader.header.sections.inFileOrder {
      result += end..<range.lowerBound
      end = range.upperBound
    }
    return result + Array(end..<reader.fileSize)
  }

  /// The codes and terms whose stored bytes include the byte at `position` (with their neighbours),
  /// found from the intact index, so that a damaged copy reads exactly what was damaged.
  static func neighbourhood(of position: Int, in reader: IndexReader) -> (codes: [Int], terms: [Int]) {
    guard let (section, range) = reader.header.sections.inFileOrder.first(where: { $0.range.contains(position) }) else {
      return ([], [])
    }
    let offset = position - range.lowerBound
    typealias Field = IndexReader.CodeField
    func around(_ center: Int?) -> [Int] { center.map { Array(($0 - 2)...($0 + 2)) } ?? [] }
    /// The last code whose data in the section (at `start`) begins at or before the damage.
    func lastCode(_ start: (Int) -> Int?) -> [Int] {
      around((0..<reader.codeCount).last { start($0).map { $0 <= offset } ?? false })
    }
    /// The last term whose data (at the entry's field `field`) begins at or before the damage.
    func lastTerm(_ field: Int) -> [Int] {
      around(
        (0..<reader.termCount).last { term in
          reader.withSection(.terms) { $0.uint32(at: 8 + term * IndexFormat.termEntrySize + field) }.map { Int($0) <= offset } ?? false
        })
    }
    switch section {
    case .codes: return (around(offset / IndexFormat.codeRecordSize), [])
    case .children:
      return (lastCode { reader.children(of: $0).isEmpty ? nil : reader.codeField($0, Field.childStart).map { Int($0) * 4 } }, [])
    case .notes: return (lastCode { reader.codeField($0, Field.notes).map(Int.init) }, [])
    case .seventhCharacters: return (lastCode { reader.codeField($0, Field.sevenths).map(Int.init) }, [])
    case .forward: return (lastCode { reader.codeField($0, Field.forward).map(Int.init) }, [])
    case .codeKeys: return (around(reader.ordinal(atSortedKeyPosition: offset / 4)), [])
    case .terms: return ([], around((offset - 8) / IndexFormat.termEntrySize))
    case .postings: return ([], lastTerm(12))
    case .termText: return ([], lastTerm(0))
    case .termPrefixes: return ([], around(reader.withSection(.termPrefixes) { $0.uint32(at: offset & ~3) }.map(Int.init)))
    case .strings:
      let codes = (0..<reader.codeCount).filter { ordinal in
        let base = ordinal * IndexFormat.codeRecordSize
        let spans = reader.withSection(.codes) { records in
          [
            (records.uint32(at: base + Field.keyOffset), records.uint8(at: base + Field.keyLength).map(UInt32.init)),
            (records.uint32(at: base + Field.titleOffset), records.uint16(at: base + Field.titleLength).map(UInt32.init)),
          ]
        }
        return spans.contains { start, length in
          guard let start, let length else { return false }
          return (Int(start)..<(Int(start) + Int(length))).contains(offset)
        }
      }
      return (codes.prefix(20).flatMap(around), [])
    case .systems, .chapters, .lexicon, .indexTerms, .termBitmaps: return ([], [])
    }
  }

  /// The length of the header (fixed part, section table and sources) of an index file's bytes.
  static func headerLength(_ bytes: [UInt8]) -> Int {
    bytes.withUnsafeBytes { ByteView($0).uint32(at: 16).map(Int.init) ?? 0 }
  }

  /// The synthetic index with another format version (and, unless asked not to, a header checksum
  /// that matches it).
  static func withVersion(_ version: UInt32, fixingChecksum: Bool = true) -> [UInt8] {
    var bytes = SyntheticIndex.bytes
    withUnsafeBytes(of: version.littleEndian) { bytes.replaceSubrange(8..<12, with: $0) }
    guard fixingChecksum else { return bytes }
    let checksum = bytes.withUnsafeBytes { raw in
      IndexHeader.headerChecksum(ByteView(UnsafeRawBufferPointer(rebasing: raw[0..<headerLength(bytes)])))
    }
    withUnsafeBytes(of: checksum.littleEndian) { bytes.replaceSubrange(12..<16, with: $0) }
    return bytes
  }
}
