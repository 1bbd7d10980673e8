import CodeFindProtocol
import Foundation
import Testing

@Suite("codefind serve, run as a process and spoken to over pipes")
struct ServeCommandTests {
  private func firstCode(_ response: JSONValue?) -> String? { response?["result"]?["items"]?.arrayValue?.first?["code"]?.stringValue }

  @Test func speaksLineDelimitedJSONRPC() throws {
    let server = try ServeProcess()
    let initialize = server.request("initialize", [:])
    #expect(initialize["result"]?["serverInfo"]?["name"] == "codefind" && initialize["result"]?["capabilities"] == nil)
    #expect(firstCode(server.request("lookup", ["query": "e1140"])) == "E11.40")
    #expect(server.request("code", ["code": "E11.40"])["result"]?["parent"]?["code"] == "E11.4")
    #expect(server.request("shutdown", [:]) == ["jsonrpc": "2.0", "id": 4, "result": nil])
    server.send(["jsonrpc": "2.0", "method": "exit"])
    #expect(server.next() == nil)
    #expect(server.waitForExit().status == 0)
  }

  @Test(arguments: [[], ["--lsp"]])
  func speaksContentLengthFramingDetectedOrAsked(arguments: [String]) throws {
    let server = try ServeProcess(framing: .contentLength, arguments: arguments)
    let initialize = server.request("initialize", ["capabilities": ["general": ["positionEncodings": ["utf-8"]]]])
    #expect(initialize["result"]?["capabilities"]?["positionEncoding"] == "utf-8")
    server.send([
      "jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": ["textDocument": ["uri": "file:///a.txt", "languageId": "plaintext", "version": 1, "text": "E11.4"]],
    ])
    let published = server.next()
    #expect(published?["method"] == "textDocument/publishDiagnostics")
    #expect(published?["params"]?["diagnostics"]?.arrayValue?.first?["code"] == "not-billable")
    let completion = server.request("textDocument/completion", ["textDocument": ["uri": "file:///a.txt"], "position": ["line": 0, "character": 5]])
    let labels = (completion["result"]?["items"]?.arrayValue ?? []).compactMap { $0["label"]?.stringValue }
    #expect(labels.prefix(2).contains("E11.40"))
    #expect(firstCode(server.request("lookup", ["query": "0dtj4zz"])) == "0DTJ4ZZ")
    #expect(server.request("shutdown", [:])["result"] == .null)
    server.send(["jsonrpc": "2.0", "method": "exit"])
    #expect(server.waitForExit().status == 0)
  }

  @Test func badInputIsAnsweredAndNeverEndsTheServer() throws {
    let server = try ServeProcess()
    server.write(Array("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \n".utf8))
    #expect(server.next()?["error"]?["code"] == -32700)
    server.write([0x7B, 0x22, 0x71, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D, 0x0A])
    #expect(server.next()?["error"]?["message"]?.stringValue?.hasPrefix("invalid JSON: string is not valid UTF-8") == true)
    // A 10 MB line: skipped without being kept, answered with -32600.
    let huge = #"{"jsonrpc":"2.0","id":2,"method":"lookup","params":{"query":""# + String(repeating: "a", count: 10 << 20) + "\"}}\n"
    server.write(Array(huge.utf8))
    let tooLarge = server.next()
    #expect(tooLarge?["id"] == .null && tooLarge?["error"]?["code"] == -32600)
    #expect(tooLarge?["error"]?["message"]?.stringValue?.contains("larger than the limit of 8388608 bytes") == true)
    #expect(server.request("no/such/method", [:])["error"]?["code"] == -32601)
    #expect(server.request("lookup", ["query": ["diabetes"]])["error"]?["message"] == "params.query must be a string, not array")
    #expect(server.request("lookup", ["query": "chest pain", "limit": "ten"])["error"]?["message"] == "params.limit must be an integer, not string")
    server.write(Array((String(repeating: "{\"a\":", count: 200_000) + "\n").utf8))
    #expect(server.next()?["error"]?["code"] == -32700)
    #expect(firstCode(server.request("lookup", ["query": "e1140"])) == "E11.40")
    let (status, log) = server.finish()
    #expect(status == 0)
    #expect(!log.contains("Fatal error"))
  }

  @Test func closedStandardInputEndsTheServerQuietly() throws {
    let result = try CodeFindProcess.run(["serve"], input: "")
    #expect(result.status == 0)
    #expect(result.standardOutput.isEmpty)
  }

  @Test func strayOutputNeverReachesTheProtocolStream() throws {
    // The index-building progress and logs go to standard error; standard output holds replies only.
    let result = try CodeFindProcess.run(
      ["serve"], input: #"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{}}"# + "\n" + #"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"# + "\n")
    #expect(result.standardOutput == #"{"jsonrpc":"2.0","id":1,"result":null}"# + "\n")
    #expect(result.standardError.contains("codefind serve: ignored textDocument/didChange: params.textDocument is missing"))
  }

  @Test func answersEveryOneOfAHundredThousandPipelinedLookups() throws {
    let server = try ServeProcess()
    let queries = ["e1140", "E11.4", "0dtj", "I10", "S72.001A", "chest pain"]
    let count = 100_000
    let requests = server.standardInput
    let writer = Thread {
      var batch: [UInt8] = []
      for id in 0..<count {
        let query = queries[id % queries.count]
        batch += Array(#"{"jsonrpc":"2.0","id":\#(id),"method":"lookup","params":{"query":"\#(query)","limit":1}}"#.utf8) + [0x0A]
        if batch.count > 1 << 16 {
          requests.write(Data(batch))
          batch.removeAll(keepingCapacity: true)
        }
      }
      requests.write(Data(batch))
    }
    writer.start()
    var expected: [String: String] = [:]
    var answered = 0
    var wrong = 0
    var peakAfterWarmUp: Int?
    while answered < count, let reply = server.next() {
      guard let id = reply["id"]?.integerValue, id == answered, let code = firstCode(reply) else {
        wrong += 1
        answered += 1
        continue
      }
      let query = queries[id % queries.count]
      if let known = expected[query] { if known != code { wrong += 1 } } else { expected[query] = code }
      answered += 1
      if answered == 1000 { peakAfterWarmUp = server.peakResidentKilobytes }
    }
    let peakAtEnd = server.peakResidentKilobytes
    #expect(answered == count && wrong == 0)
    #expect(expected["e1140"] == "E11.40" && expected["S72.001A"] == "S72.001A")
    let warmUp = try #require(peakAfterWarmUp), end = try #require(peakAtEnd)
    print("codefind serve peak RSS: \(warmUp) kB after 1,000 lookups, \(end) kB after \(count)")
    // Flat memory: answering 99,000 more lookups may not grow the peak by more than 32 MB.
    #expect(end - warmUp < 32 << 10)
    #expect(server.finish().status == 0)
  }
}
