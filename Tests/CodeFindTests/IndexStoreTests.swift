import Foundation
import Testing

@testable import CodeFind

/// `IndexStore.open`: the index of a data folder is built on first use, reused while its sources
/// are unchanged, rebuilt when one changes or the index is damaged, and a file that is not an index
/// at a path the user named is never overwritten.
///
/// The data folder is a small one (a short ICD-10-CM file and the shipped terminology): the store
/// behaves the same whatever the data, and a debug build of the shipped data takes about a minute,
/// which the round-trip and end-to-end tests already spend once each.
@Suite("Index store")
struct IndexStoreTests {
  /// A data folder that builds in a fraction of a second.
  static func dataFolder(in folder: TemporaryFolder) throws -> String {
    try SmallDataFolder.create(in: URL(fileURLWithPath: folder.path))
  }

  /// What tells one file from its replacement: inode, modification time and size.
  static func identity(_ path: String) throws -> [String] {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    let keys: [FileAttributeKey] = [.systemFileNumber, .modificationDate, .size]
    return keys.map { "\(attributes[$0] ?? "none")" }
  }

  @Test("the first open builds the index, the next one reuses it as it is")
  func buildsOnceThenReuses() throws {
    let folder = try TemporaryFolder("store")
    defer { folder.remove() }
    let data = try Self.dataFolder(in: folder)
    let index = folder.file("cache/sub/index.cfidx")
    var steps: [String] = []
    let built = try IndexStore.open(data: data, index: index) { steps.append($0) }
    #expect(steps.contains { $0.hasPrefix("writing") }, "\(steps)")
    #expect(built.codeCount == 2)
    #expect(built.sources.map(\.path) == DataSources(directory: DataDirectory(path: data)).all)
    try built.verify()
    let before = try Self.identity(index)

    var again: [String] = []
    let reused = try IndexStore.open(data: data, index: index) { again.append($0) }
    #expect(again.isEmpty, "\(again)")
    #expect(try Self.identity(index) == before)
    #expect(reused.sources == built.sources)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("cache/sub")) == ["index.cfidx"])
  }

  @Test("touching a source file rebuilds the index")
  func touchedSourceRebuilds() throws {
    let folder = try TemporaryFolder("store")
    defer { folder.remove() }
    let data = try Self.dataFolder(in: folder)
    let index = folder.file("index.cfidx")
    let built = try IndexStore.open(data: data, index: index)
    let before = try Self.identity(index)
    let source = (data as NSString).appendingPathComponent("terminology/synonyms.tsv")
    try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 3600)], ofItemAtPath: source)
    #expect(!IndexStore.isFresh(built, for: DataSources(directory: DataDirectory(path: data))))

    var steps: [String] = []
    let rebuilt = try IndexStore.open(data: data, index: index) { steps.append($0) }
    #expect(steps.first == "the data changed since the index was built: rebuilding it", "\(steps)")
    #expect(try Self.identity(index) != before)
    #expect(rebuilt.sources != built.sources)
    #expect(IndexStore.isFresh(rebuilt, for: DataSources(directory: DataDirectory(path: data))))
  }

  @Test("a file that is not an index, at a path the user named, is left byte for byte")
  func notAnIndexIsLeftAlone() throws {
    let folder = try TemporaryFolder("store")
    defer { folder.remove() }
    let data = try Self.dataFolder(in: folder)
    let index = folder.file("notes.txt")
    let text = Data("E11.9 Type 2 diabetes mellitus without complications\n".utf8)
    #expect(FileManager.default.createFile(atPath: index, contents: text))
    let before = try Self.identity(index)
    #expect {
      try IndexStore.open(data: data, index: index)
    } throws: { error in
      guard case .notAnIndex(let path) = error as? IndexBuildError else { return false }
      return path == index
    }
    #expect(FileManager.default.contents(atPath: index) == text)
    #expect(try Self.identity(index) == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["data", "notes.txt"])
  }

  @Test("an index build refuses, before importing anything, to replace a file that is not an index")
  func builderRefusesForeignFile() throws {
    let folder = try TemporaryFolder("store")
    defer { folder.remove() }
    let data = try Self.dataFolder(in: folder)
    let target = folder.file("claims.csv")
    let text = Data("E11.9,I10\n".utf8)
    #expect(FileManager.default.createFile(atPath: target, contents: text))
    var steps: [String] = []
    #expect {
      try IndexBuilder().build(DataSources(directory: DataDirectory(path: data)), to: target) { steps.append($0) }
    } throws: { error in
      guard case .notAnIndex(let path) = error as? IndexBuildError else { return false }
      return path == target
    }
    #expect(steps.isEmpty, "\(steps)")
    #expect(FileManager.default.contents(atPath: target) == text)
  }

  @Test("an empty file at a path the user named is an index to build, for the store and the builder alike")
  func emptyFileIsReplaced() throws {
    let folder = try TemporaryFolder("store")
    defer { folder.remove() }
    let data = try Self.dataFolder(in: folder)
    let index = folder.file("index.cfidx")
    #expect(FileManager.default.createFile(atPath: index, contents: Data()))
    #expect(!IndexBuilder.holdsForeignFile(index))
    var steps: [String] = []
    let built = try IndexStore.open(data: data, index: index) { steps.append($0) }
    #expect(steps.first?.hasPrefix("the index cannot be used (the index file \(index) is empty") == true, "\(steps)")
    try built.verify()

    let target = folder.file("built.cfidx")
    #expect(FileManager.default.createFile(atPath: target, contents: Data()))
    try IndexBuilder().build(DataSources(directory: DataDirectory(path: data)), to: target)
    try IndexReader(path: target).verify()
  }

  @Test("what is not an index: a file with other first bytes, however short; not an index, damaged or not, nor nothing")
  func foreignFileRule() throws {
    let folder = try TemporaryFolder("store")
    defer { folder.remove() }
    let cases: [(String, Data?, Bool)] = [
      ("missing", nil, false), ("empty", Data(), false), ("short", Data("E1".utf8), true),
      ("text", Data("E11.9,I10\n".utf8), true), ("magic prefix", Data("CODEF".utf8), true),
      ("damaged index", Data("CODEFIND and then nothing an index needs".utf8), false),
    ]
    for (name, contents, isForeign) in cases {
      let path = folder.file(name)
      if let contents { #expect(FileManager.default.createFile(atPath: path, contents: contents)) }
      #expect(IndexBuilder.holdsForeignFile(path) == isForeign, "\(name)")
    }
  }

  @Test("a damaged index at a path the user named is rebuilt")
  func damagedExplicitIndexIsRebuilt() throws {
    let folder = try TemporaryFolder("store")
    defer { folder.remove() }
    let data = try Self.dataFolder(in: folder)
    let index = folder.file("index.cfidx")
    let built = try IndexStore.open(data: data, index: index)
    let bytes = try #require(FileManager.default.contents(atPath: index))
    #expect(FileManager.default.createFile(atPath: index, contents: bytes.prefix(bytes.count / 2)))
    var steps: [String] = []
    let rebuilt = try IndexStore.open(data: data, index: index) { steps.append($0) }
    #expect(steps.first?.hasPrefix("the index cannot be used (the index file \(index) is truncated") == true, "\(steps)")
    try rebuilt.verify()
    #expect(rebuilt.sources == built.sources)
  }

  @Test(
    "a damaged or foreign file at the default path is rebuilt",
    .enabled(if: ProcessInfo.processInfo.environment[IndexLocation.environmentVariable] == nil))
  func damagedDefaultIndexIsRebuilt() throws {
    let folder = try TemporaryFolder("store")
    defer { folder.remove() }
    let data = try Self.dataFolder(in: folder)
    let location = IndexLocation(data: DataDirectory(path: data))
    #expect(!location.isExplicit)
    defer { try? FileManager.default.removeItem(atPath: location.path) }
    let built = try IndexStore.open(data: data)
    #expect(built.path == location.path)
    let bytes = try #require(FileManager.default.contents(atPath: location.path))
    for damage in [bytes.prefix(bytes.count - 1), Data("not an index".utf8)] {
      #expect(FileManager.default.createFile(atPath: location.path, contents: damage))
      var steps: [String] = []
      let rebuilt = try IndexStore.open(data: data) { steps.append($0) }
      #expect(steps.first?.hasPrefix("the index cannot be used") == true, "\(steps)")
      try rebuilt.verify()
      #expect(rebuilt.codeCount == built.codeCount)
    }
  }
}
