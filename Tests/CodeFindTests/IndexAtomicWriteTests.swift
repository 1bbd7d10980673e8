import Foundation
import Testing

@testable import CodeFind

/// `IndexWriter.write(_:to:)` replaces an index through a temporary file and a rename: readers see
/// the old file or the new one, whole, and a writer killed midway leaves the old file as it was.
@Suite("Index atomic write")
struct IndexAtomicWriteTests {
  /// Two different indexes: the synthetic contents, and the same with other sources.
  static let old = SyntheticIndex.contents
  static let new: IndexContents = {
    var contents = SyntheticIndex.contents
    contents.sources = [IndexSource(path: "/elsewhere/new-source.txt", size: 42, modificationTime: 7, checksum: 0x1234_5678)]
    return contents
  }()

  /// The inode number of a file.
  static func inode(_ path: String) throws -> UInt64 {
    try #require(FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? UInt64)
  }

  /// The names in a folder that look like the writer's temporary files.
  static func temporaryFiles(in folder: TemporaryFolder) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }.sorted()
  }

  @Test("writing over an index renames a new file in place and never rewrites the old one")
  func replacesWithoutRewritingTheOldFile() throws {
    let folder = try TemporaryFolder("atomic")
    defer { folder.remove() }
    let path = folder.file("index.cfidx")
    try IndexWriter().write(Self.old, to: path)
    let before = try Self.inode(path)
    let oldReader = try IndexReader(path: path)
    try IndexWriter().write(Self.new, to: path)
    #expect(try Self.inode(path) != before, "a new file took the old one's name")
    // The old file, still mapped, is whole and unchanged.
    try oldReader.verify()
    #expect(oldReader.sources == Self.old.sources)
    #expect(oldReader.codeSets().map(\.codes) == Self.old.codeSets.map(\.codes))
    let newReader = try IndexReader(path: path)
    try newReader.verify()
    #expect(newReader.sources == Self.new.sources)
    #expect(try Self.temporaryFiles(in: folder).isEmpty)
  }

  @Test("a temporary file left by a killed writer breaks neither the next open nor the next write")
  func leftoverTemporaryFile() throws {
    let folder = try TemporaryFolder("atomic")
    defer { folder.remove() }
    let path = folder.file("index.cfidx")
    try IndexWriter().write(Self.old, to: path)
    // A writer killed after writing half its temporary file (the pid is beyond any pid_max).
    let leftover = path + ".tmp-99999999-12345"
    let half = IndexWriter().bytes(for: Self.new).prefix(1000)
    #expect(FileManager.default.createFile(atPath: leftover, contents: Data(half)))
    let reader = try IndexReader(path: path)
    try reader.verify()
    #expect(reader.sources == Self.old.sources)
    try IndexWriter().write(Self.new, to: path)
    let replaced = try IndexReader(path: path)
    try replaced.verify()
    #expect(replaced.sources == Self.new.sources)
    #expect(try Self.temporaryFiles(in: folder) == ["index.cfidx.tmp-99999999-12345"], "only the leftover remains")
  }

  @Test("readers opening the path while it is rewritten see the old or the new index, whole")
  func concurrentReadersSeeOldOrNew() async throws {
    let folder = try TemporaryFolder("atomic")
    defer { folder.remove() }
    let path = folder.file("index.cfidx")
    try IndexWriter().write(Self.old, to: path)
    let writer = Task.detached {
      for round in 0..<40 { try IndexWriter().write(round % 2 == 0 ? Self.new : Self.old, to: path) }
    }
    let readers = Task.detached {
      var seen: Set<[IndexSource]> = []
      for _ in 0..<300 {
        let reader = try IndexReader(path: path)
        try reader.verify()
        seen.insert(reader.sources)
      }
      return seen
    }
    try await writer.value
    let seen = try await readers.value
    #expect(seen.isSubset(of: [Self.old.sources, Self.new.sources]))
    #expect(try Self.temporaryFiles(in: folder).isEmpty)
  }

  @Test("a write that cannot finish leaves what was there and no temporary file")
  func failedWriteLeavesTheOldFile() throws {
    let folder = try TemporaryFolder("atomic")
    defer { folder.remove() }
    // The target is a folder with a file in it: the rename fails after the temporary file is written.
    let target = folder.file("index.cfidx")
    try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
    #expect(FileManager.default.createFile(atPath: target + "/keep", contents: Data("kept".utf8)))
    #expect(throws: IndexError.self) { try IndexWriter().write(Self.new, to: target) }
    #expect(FileManager.default.contents(atPath: target + "/keep") == Data("kept".utf8))
    #expect(try Self.temporaryFiles(in: folder).isEmpty)
    // A folder that cannot be created: a path component is a file.
    let blocked = folder.file("file")
    #expect(FileManager.default.createFile(atPath: blocked, contents: Data()))
    do {
      try IndexWriter().write(Self.new, to: blocked + "/sub/index.cfidx")
      Issue.record("writing under a regular file must fail")
    } catch {
      guard case .unwritable(let path, _) = error else {
        Issue.record("expected unwritable, got \(error)")
        return
      }
      #expect(path == blocked + "/sub/index.cfidx")
      #expect("\(error)".contains("cannot write the index file"))
    }
  }

  @Test("missing folders on the way to the index are created")
  func createsMissingFolders() throws {
    let folder = try TemporaryFolder("atomic")
    defer { folder.remove() }
    let path = folder.file("a/b/c/index.cfidx")
    try IndexWriter().write(Self.old, to: path)
    let reader = try IndexReader(path: path)
    try reader.verify()
    #expect(reader.codeCount == Self.old.codeSets.reduce(0) { $0 + $1.codes.count })
  }
}
