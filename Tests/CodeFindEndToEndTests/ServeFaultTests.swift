import CodeFindProtocol
import Foundation
import Testing

/// Faults around a running `codefind serve`: its index file replaced under it, and a client that
/// goes away while replies are still being written.
@Suite("codefind serve under faults")
struct ServeFaultTests {
  private func firstCode(_ response: JSONValue?) -> String? { response?["result"]?["items"]?.arrayValue?.first?["code"]?.stringValue }

  @Test("a server keeps answering from the index it mapped when the file is replaced (as a rebuild replaces it)")
  func indexReplacedUnderARunningServer() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("codefind-serve-fault-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let index = folder.appendingPathComponent("index.cfidx").path
    try FileManager.default.copyItem(atPath: CodeFindProcess.sharedIndex, toPath: index)
    let server = try ServeProcess(index: index)
    #expect(firstCode(server.request("lookup", ["query": "e1140"])) == "E11.40")
    let before = server.request("lookup", ["query": "diab typ 2 neuro", "limit": 20])
    // A rebuild writes a new file and renames it over the old one: here, bytes that are no index at all.
    let replacement = folder.appendingPathComponent("index.cfidx.new").path
    #expect(FileManager.default.createFile(atPath: replacement, contents: Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31) })))
    #expect(rename(replacement, index) == 0)
    let after = server.request("lookup", ["query": "diab typ 2 neuro", "limit": 20])
    #expect(after["result"]?["items"] != nil && after["result"]?["items"] == before["result"]?["items"])
    #expect(server.request("code", ["code": "E11.40"])["result"]?["title"] == "Type 2 diabetes mellitus with diabetic neuropathy, unspecified")
    #expect(server.finish().status == 0)
  }

  @Test("a client that closes its end mid-reply ends the server cleanly, not by SIGPIPE")
  func clientDisconnectsMidReply() throws {
    let server = try ServeProcess()
    #expect(firstCode(server.request("lookup", ["query": "e11"])) == "E11")
    server.closeReplies()
    // Many requests in one write, which the pipe takes at once (so that this process never writes to
    // a server that has gone): the server's first reply fails with EPIPE.
    var requests: [UInt8] = []
    for id in 2..<100 {
      let request: JSONValue = ["jsonrpc": "2.0", "id": .integer(id), "method": "lookup", "params": ["query": "pain", "limit": 100]]
      requests += server.framing.frame(request.serialized)
    }
    server.write(requests)
    let (status, log) = server.finish()
    #expect(server.exitedNormally, "the server died of a signal: \(log)")
    #expect(status == 0)
    #expect(log.contains("standard output is closed; stopping"), "\(log)")
  }
}
