import CodeFindTestSupport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `codefind index build` when the file system says no: a read-only folder, a file-size limit, a
/// full disk; and a rebuild under a reader that has the old index mapped. Each failure must be a
/// clear message, leave the existing index byte for byte and leave no partial file behind.
@Suite("codefind index build under file-system faults, run as a process")
struct IndexBuildFaultTests {
  /// A temporary folder holding a small data folder and an index built from it.
  struct Setup {
    let temporary: TemporaryFolder
    var folder: URL { temporary.url }
    let data: String
    let index: URL
    let bytes: Data

    init() throws {
      temporary = try TemporaryFolder("index-faults")
      data = try SmallDataFolder.create(in: temporary.url)
      index = temporary.url.appendingPathComponent("built.cfidx")
      let build = try CodeFindProcess.run(["index", "build", "--data", data, "--out", index.path])
      #expect(build.status == 0, "\(build.standardError)")
      bytes = try Data(contentsOf: index)
    }

    /// A new folder inside the setup's folder holding a copy of the index as `index.cfidx`.
    func folderWithIndex(_ name: String) throws -> URL {
      let target = folder.appendingPathComponent(name)
      try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
      try bytes.write(to: target.appendingPathComponent("index.cfidx"))
      return target
    }

    func remove() { temporary.remove() }
  }

  /// The names in a folder, sorted.
  static func names(in folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  @Test("a read-only folder: the build fails saying so, and the index there is left byte for byte")
  func readOnlyFolder() throws {
    let setup = try Setup()
    defer { setup.remove() }
    let target = try setup.folderWithIndex("read-only")
    let index = target.appendingPathComponent("index.cfidx")
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: target.path)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: target.path) }
    // Root writes anywhere; without the capabilities that let it, it meets the folder's mode.
    let launcher = geteuid() == 0 ? ["/usr/bin/setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner"] : []
    let build = try CodeFindProcess.run(["index", "build", "--data", setup.data, "--out", index.path], launcher: launcher)
    #expect(build.status == 1, "\(build)")
    #expect(build.standardError.contains("cannot write the index file \(index.path)"), "\(build.standardError)")
    #expect(build.standardError.contains("Permission denied"), "\(build.standardError)")
    #expect(try Data(contentsOf: index) == setup.bytes)
    #expect(try Self.names(in: target) == ["index.cfidx"])
  }

  @Test("a file-size limit (ulimit -f): the build fails with a message, not SIGXFSZ, and cleans up")
  func fileSizeLimit() throws {
    let setup = try Setup()
    defer { setup.remove() }
    let target = try setup.folderWithIndex("limited")
    let index = target.appendingPathComponent("index.cfidx")
    let limit = setup.bytes.count / 2
    let build = try CodeFindProcess.run(
      ["index", "build", "--data", setup.data, "--out", index.path], launcher: ["/usr/bin/prlimit", "--fsize=\(limit)"])
    #expect(build.status == 1, "killed by a signal or succeeded: \(build)")
    #expect(build.standardError.contains("cannot write the index file \(index.path)"), "\(build.standardError)")
    #expect(build.standardError.contains("File too large"), "\(build.standardError)")
    #expect(try Data(contentsOf: index) == setup.bytes)
    #expect(try Self.names(in: target) == ["index.cfidx"], "no temporary file is left")
  }

  @Test("a full disk (a tmpfs too small for a second copy): the build fails, the index is intact, no partial file")
  func fullDisk() throws {
    let setup = try Setup()
    defer { setup.remove() }
    let mountPoint = setup.folder.appendingPathComponent("full")
    try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: false)
    let copy = setup.index.path
    let index = mountPoint.appendingPathComponent("index.cfidx").path
    // Room for the index and half of another: the new file runs out of space midway.
    let pages = (setup.bytes.count + 4095) / 4096
    let size = (pages + pages / 2) * 4096
    // In a user and mount namespace of its own, a tmpfs needs no privilege and vanishes afterwards,
    // so everything is checked inside: the build's status, the index's bytes, the folder's names.
    let script = """
      mount -t tmpfs -o size=\(size) codefind-full '\(mountPoint.path)' || exit 90
      cp '\(copy)' '\(index)' || exit 91
      "$0" "$@"
      echo "status $?"
      cmp -s '\(copy)' '\(index)' && echo "index intact"
      ls -A '\(mountPoint.path)'
      """
    let build = try CodeFindProcess.run(
      ["index", "build", "--data", setup.data, "--out", index],
      launcher: ["/usr/bin/unshare", "--user", "--map-root-user", "--mount", "/bin/sh", "-c", script])
    #expect(build.status == 0, "the namespace or the tmpfs could not be made: \(build)")
    #expect(build.standardOutput == "status 1\nindex intact\nindex.cfidx\n", "\(build)")
    #expect(build.standardError.contains("cannot write the index file \(index)"), "\(build.standardError)")
    #expect(build.standardError.contains("No space left on device"), "\(build.standardError)")
  }

  @Test("a rebuild replaces the file by rename: a reader's mapping of the old index keeps the old bytes")
  func rebuildUnderAMappedReader() throws {
    let setup = try Setup()
    defer { setup.remove() }
    let target = setup.folder.appendingPathComponent("mapped.cfidx")
    // The old index is the shipped one, so that the rebuilt (small) one differs in every section.
    let old = try Data(contentsOf: URL(fileURLWithPath: CodeFindProcess.sharedIndex))
    try old.write(to: target)
    let inode = try #require(FileManager.default.attributesOfItem(atPath: target.path)[.systemFileNumber] as? UInt64)
    let descriptor = open(target.path, O_RDONLY)
    try #require(descriptor >= 0)
    let mapping = mmap(nil, old.count, PROT_READ, MAP_SHARED, descriptor, 0)
    close(descriptor)
    try #require(mapping != MAP_FAILED && mapping != nil)
    defer { munmap(mapping, old.count) }

    let build = try CodeFindProcess.run(["index", "build", "--data", setup.data, "--out", target.path])
    #expect(build.status == 0, "\(build.standardError)")

    let mapped = Data(bytes: try #require(mapping), count: old.count)
    #expect(mapped == old, "the mapped bytes did not change")
    let now = try FileManager.default.attributesOfItem(atPath: target.path)
    #expect(now[.systemFileNumber] as? UInt64 != inode, "a new file took the name; the old one was not rewritten")
    let verify = try CodeFindProcess.run(["index", "verify", "--data", setup.data, "--index", target.path])
    #expect(verify.status == 0 && verify.standardOutput.hasSuffix("built from the current data\n"), "\(verify)")
  }
}
