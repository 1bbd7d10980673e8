import CodeFindTestSupport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `codefind index build`, `info` and `verify`, run as processes: on the index of the shipped data
/// that the end-to-end tests share, on damaged copies of it, and across a build killed midway.
@Suite("codefind index, run as a process")
struct IndexCommandTests {
  /// The byte range of a section, read from the section table of an index file (see FORMAT.md:
  /// 40-byte fixed header, section count at 20, then 32-byte entries of kind, checksum, offset, length).
  static func sectionRange(_ kind: UInt32, in bytes: [UInt8]) -> Range<Int>? {
    func integer(_ offset: Int, _ size: Int) -> Int {
      (0..<size).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
    }
    for entry in 0..<integer(20, 4) {
      let base = 40 + entry * 32
      if integer(base, 4) == Int(kind) { return integer(base + 8, 8)..<(integer(base + 8, 8) + integer(base + 16, 8)) }
    }
    return nil
  }

  @Test("the shared index that `index build` wrote is described by `index info` and passes `index verify`")
  func infoAndVerify() throws {
    let index = CodeFindProcess.sharedIndex
    #expect(FileManager.default.fileExists(atPath: index))
    let info = try CodeFindProcess.run(["index", "info", "--index", index])
    #expect(info.status == 0, "\(info.standardError)")
    #expect(info.standardOutput.hasPrefix("index    \(index)\n"))
    #expect(info.standardOutput.contains("\nformat   version "))
    for row in ["icd10cm ", "icd10pcs ", "postings ", "code records ", "strings "] {
      #expect(info.standardOutput.contains("\n" + row), "\(row)")
    }
    #expect(info.standardError.isEmpty, "no rebuild: \(info.standardError)")
    let verify = try CodeFindProcess.run(["index", "verify", "--index", index])
    #expect(verify.status == 0, "\(verify.standardError)")
    #expect(verify.standardOutput == "\(index): all 16 section checksums match; built from the current data\n")
  }

  @Test("`index build --out` writes a new index and says where")
  func buildWrites() throws {
    let temporary = try TemporaryFolder("e2e")
    defer { temporary.remove() }
    let folder = temporary.url
    let data = try SmallDataFolder.create(in: folder)
    let index = folder.appendingPathComponent("nested/small.cfidx").path
    let build = try CodeFindProcess.run(["index", "build", "--data", data, "--out", index])
    #expect(build.status == 0, "\(build.standardError)")
    #expect(build.standardOutput.hasPrefix("wrote \(index) ("))
    let verify = try CodeFindProcess.run(["index", "verify", "--data", data, "--index", index])
    #expect(verify.status == 0 && verify.standardOutput.hasSuffix("built from the current data\n"), "\(verify)")
  }

  @Test("a flipped byte in a section makes `index verify` fail naming that section")
  func verifyNamesDamagedSection() throws {
    let temporary = try TemporaryFolder("e2e")
    defer { temporary.remove() }
    let folder = temporary.url
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: CodeFindProcess.sharedIndex)))
    let index = folder.appendingPathComponent("damaged.cfidx").path
    for (kind, name) in [(11 as UInt32, "postings"), (3, "code records"), (1, "strings")] {
      let range = try #require(Self.sectionRange(kind, in: bytes))
      bytes[range.lowerBound + range.count / 2] ^= 0x10
      try Data(bytes).write(to: URL(fileURLWithPath: index))
      let verify = try CodeFindProcess.run(["index", "verify", "--index", index])
      #expect(verify.status != 0)
      #expect(verify.standardError.contains("section \"\(name)\" fails its checksum"), "\(verify.standardError)")
      bytes[range.lowerBound + range.count / 2] ^= 0x10
    }
    bytes[12] ^= 1
    try Data(bytes).write(to: URL(fileURLWithPath: index))
    let header = try CodeFindProcess.run(["index", "verify", "--index", index])
    #expect(header.status != 0 && header.standardError.contains("damaged header"), "\(header.standardError)")
  }

  @Test("a build killed with SIGKILL leaves the previous index whole, and the next build succeeds")
  func killedBuild() throws {
    let temporary = try TemporaryFolder("e2e")
    defer { temporary.remove() }
    let folder = temporary.url
    let index = folder.appendingPathComponent("index.cfidx")
    let original = try Data(contentsOf: URL(fileURLWithPath: CodeFindProcess.sharedIndex))
    try original.write(to: index)

    let build = Process()
    build.executableURL = CodeFindProcess.executable
    build.arguments = ["index", "build", "--data", SmallDataFolder.shippedData.path, "--out", index.path]
    build.standardOutput = FileHandle.nullDevice
    build.standardError = FileHandle.nullDevice
    try build.run()
    Thread.sleep(forTimeInterval: 1)
    kill(build.processIdentifier, SIGKILL)
    build.waitUntilExit()
    #expect(build.terminationReason == .uncaughtSignal)

    #expect(try Data(contentsOf: index) == original, "the old index is left as it was")
    let verify = try CodeFindProcess.run(["index", "verify", "--index", index.path])
    #expect(verify.status == 0, "\(verify.standardError)")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "index.cfidx" }
    #expect(leftovers.allSatisfy { $0.hasPrefix("index.cfidx.tmp-") }, "\(leftovers)")

    let data = try SmallDataFolder.create(in: folder)
    let next = try CodeFindProcess.run(["index", "build", "--data", data, "--out", index.path])
    #expect(next.status == 0, "\(next.standardError)")
    let reverify = try CodeFindProcess.run(["index", "verify", "--data", data, "--index", index.path])
    #expect(reverify.status == 0, "\(reverify.standardError)")
  }
}
