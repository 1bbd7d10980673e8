import Foundation
import Testing

@testable import CodeFind

#if canImport(Glibc)
  import Glibc
#endif

/// One suite for both storages of index bytes, `MappedFile` and `InMemoryStorage`: the same bytes
/// give the same answers, down to an index opened over either.
@Suite("Byte storage: a mapped file and bytes in memory")
struct ByteStorageTests {
  /// The storages under test.
  enum Kind: String, CaseIterable, CustomTestStringConvertible {
    case mappedFile
    case inMemory

    var testDescription: String { rawValue }

    /// A storage of `bytes` of this kind; a mapped file is written into `folder` first.
    func storage(of bytes: [UInt8], in folder: TemporaryFolder) throws -> any ByteStorage {
      switch self {
      case .inMemory:
        return InMemoryStorage(bytes)
      case .mappedFile:
        let path = folder.file("bytes-\(bytes.count)")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return try MappedFile(path: path)
      }
    }
  }

  static let samples: [[UInt8]] = {
    var random = SplitMix64(seed: 0xB17E)
    return [[0x2A], Array("CODEFIND".utf8)] + [7, 4095, 4096, 4097, 70_000].map { count in
      (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
    } + [SyntheticIndex.bytes]
  }()

  @Test("same bytes, same count, whichever way they are read", arguments: Kind.allCases)
  func sameBytes(_ kind: Kind) throws {
    let folder = try TemporaryFolder("storage")
    defer { folder.remove() }
    for sample in Self.samples {
      let storage = try kind.storage(of: sample, in: folder)
      #expect(storage.count == sample.count)
      #expect(storage.withUnsafeBytes { Array($0) } == sample)
      #expect(Array(storage.stableBytes) == sample)
      #expect(storage.withUnsafeBytes { $0.count } == storage.stableBytes.count)
    }
  }

  @Test("an empty file has no bytes and is not an index", arguments: Kind.allCases)
  func empty(_ kind: Kind) throws {
    let folder = try TemporaryFolder("storage")
    defer { folder.remove() }
    let storage = try kind.storage(of: [], in: folder)
    #expect(storage.count == 0)
    #expect(storage.withUnsafeBytes { $0.count } == 0)
    #expect(storage.stableBytes.isEmpty)
    #expect(throws: IndexError.empty(path: "empty")) { try IndexReader(storage: storage, path: "empty") }
  }

  @Test("a typed error thrown while reading comes out as it went in", arguments: Kind.allCases)
  func typedErrors(_ kind: Kind) throws {
    let folder = try TemporaryFolder("storage")
    defer { folder.remove() }
    let storage = try kind.storage(of: [1, 2, 3], in: folder)
    let thrown = IndexError.corruptHeader(path: "p", reason: "r")
    do {
      try storage.withUnsafeBytes { _ throws(IndexError) -> Void in throw thrown }
      Issue.record("the error was lost")
    } catch {
      #expect(error == thrown)
    }
  }

  @Test("an index over either storage gives the same answers", arguments: Kind.allCases)
  func sameAnswers(_ kind: Kind) throws {
    let folder = try TemporaryFolder("storage")
    defer { folder.remove() }
    let reader = try IndexReader(storage: kind.storage(of: SyntheticIndex.bytes, in: folder), path: "synthetic")
    let reference = try IndexReader(bytes: SyntheticIndex.bytes)
    try reader.verify()
    #expect(reader.fileSize == SyntheticIndex.bytes.count)
    #expect(reader.systems == reference.systems)
    #expect((0..<reader.codeCount).map(reader.code(at:)) == (0..<reference.codeCount).map(reference.code(at:)))
    #expect((0..<reader.termCount).map(reader.termText) == (0..<reference.termCount).map(reference.termText))
    #expect(reader.lexicon().allEntries == reference.lexicon().allEntries)
    #expect(reader.indexTerms() == reference.indexTerms())
  }

  @Test("a path that is not a regular file, or no file at all, cannot be mapped")
  func notARegularFile() throws {
    let folder = try TemporaryFolder("storage")
    defer { folder.remove() }
    for path in [folder.path, "/dev/null"] {
      #expect(throws: SystemCallError("fstat", path: path, code: ENODEV)) { try MappedFile(path: path) }
      #expect {
        try IndexReader(path: path)
      } throws: { error in
        guard case .unreadable(let failed, let reason) = error as? IndexError else { return false }
        return failed == path && !reason.isEmpty
      }
    }
    let missing = folder.file("missing.cfidx")
    #expect(throws: SystemCallError("open", path: missing, code: ENOENT)) { try MappedFile(path: missing) }
  }

  @Test("advice never changes the mapped bytes", arguments: MappedFile.Advice.allCases)
  func advice(_ advice: MappedFile.Advice) throws {
    let folder = try TemporaryFolder("storage")
    defer { folder.remove() }
    let file = try #require(try Kind.mappedFile.storage(of: SyntheticIndex.bytes, in: folder) as? MappedFile)
    try file.advise(advice)
    #expect(Array(file.stableBytes) == SyntheticIndex.bytes)
    let empty = try #require(try Kind.mappedFile.storage(of: [], in: folder) as? MappedFile)
    try empty.advise(advice)
  }

  @Test("a mapping keeps its bytes when a new index is renamed over its file")
  func mappingOutlivesReplacement() throws {
    let folder = try TemporaryFolder("storage")
    defer { folder.remove() }
    let path = folder.file("index.cfidx")
    try IndexWriter().write(SyntheticIndex.contents, to: path)
    let before = try IndexReader(path: path)
    var smaller = SyntheticIndex.contents
    smaller.codeSets = [SyntheticIndex.procedures]
    smaller.analyzedCodes = Array(smaller.analyzedCodes.suffix(SyntheticIndex.procedures.codes.count))
    try IndexWriter().write(smaller, to: path)
    try before.verify()
    #expect(before.codeCount == SyntheticIndex.contents.codeSets.reduce(0) { $0 + $1.codes.count })
    #expect(try IndexReader(path: path).codeCount == SyntheticIndex.procedures.codes.count)
  }
}
