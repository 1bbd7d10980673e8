import CodeFind
import CodeFindProtocol
import CodeFindTestSupport
import Testing

@Suite("codefind serve: requests in line-delimited framing, in process")
struct ServerRequestTests {
  private func codes(_ result: JSONValue?) -> [String] {
    (result?["items"]?.arrayValue ?? []).compactMap { $0["code"]?.stringValue }
  }

  @Test func initializeDescribesTheIndex() throws {
    let client = TestClient()
    let result = try #require(client.result("initialize", [:]))
    #expect(result["serverInfo"]?["name"] == "codefind")
    #expect(result["protocolVersion"] == 1)
    let systems = try #require(result["index"]?["systems"]?.arrayValue)
    #expect(systems.map { $0["id"]?.stringValue } == ShippedIndex.reader.systems.map(\.system.id.rawValue))
    #expect(systems.map { $0["codes"]?.integerValue } == ShippedIndex.reader.systems.map(\.ordinals.count))
    // Capabilities are LSP's business: not sent in line-delimited framing.
    #expect(result["capabilities"] == nil)
    #expect(client.finish() == 0)
  }

  @Test func lookupFindsCodesByWordsAndSpelling() throws {
    let client = TestClient()
    let words = client.result("lookup", ["query": "diab typ 2 neuro", "limit": 5])
    #expect(codes(words).prefix(3).contains("E11.40"))
    let item = try #require(words?["items"]?.arrayValue?.first { $0["code"] == "E11.40" })
    #expect(item["system"] == "icd10cm" && item["billable"] == true)
    #expect(item["title"] == "Type 2 diabetes mellitus with diabetic neuropathy, unspecified")
    #expect(words?["elapsedMicros"]?.integerValue != nil)
    #expect(codes(client.result("lookup", ["query": "e1140"])).first == "E11.40")
    let billable = codes(client.result("lookup", ["query": "E11.4", "billableOnly": true]))
    #expect(billable.first == "E11.40" && !billable.contains("E11.4"))
    let pcs = client.result("lookup", ["query": "appendix resection", "systems": ["icd10pcs"], "limit": 20])
    let systems = Set((pcs?["items"]?.arrayValue ?? []).compactMap { $0["system"]?.stringValue })
    #expect(systems == ["icd10pcs"])
    #expect(codes(client.result("lookup", ["query": "chest pain", "limit": 3])).count == 3)
  }

  @Test func wrongParamsNameTheField() {
    let client = TestClient()
    func error(_ method: String, _ params: JSONValue?) -> (Int?, String?) {
      let response = client.request(method, params)
      return (response["error"]?["code"]?.integerValue, response["error"]?["message"]?.stringValue)
    }
    #expect(error("lookup", ["query": 5]) == (-32602, "params.query must be a string, not number"))
    #expect(error("lookup", nil) == (-32602, "params.query is missing"))
    #expect(error("lookup", ["query": "x", "limit": 5000]) == (-32602, "params.limit must be between 1 and 1000, not 5000"))
    #expect(error("lookup", ["query": "x", "billableOnly": "yes"]) == (-32602, "params.billableOnly must be a boolean, not string"))
    let system = error("lookup", ["query": "x", "systems": ["icd9"]])
    #expect(system.0 == -32602 && system.1?.hasPrefix("params.systems[0] is \"icd9\", which is not in the index") == true)
    #expect(error("code", ["code": ["E11"]]) == (-32602, "params.code must be a string, not array"))
    let spelling = error("code", ["code": "not a code!"])
    #expect(spelling.0 == -32602 && spelling.1?.contains("is not a code spelling") == true)
  }

  @Test("the code result's note kinds are the library's instructional note kinds, in their order")
  func noteKindsOfTheProtocolAreTheLibrarys() {
    #expect(CodeResponse.Notes.kinds == NoteKind.instructional.map(\.rawValue))
  }

  @Test func codeGivesDetailsAndCloseMatches() throws {
    let client = TestClient()
    let details = try #require(client.result("code", ["code": " e1140 "]))
    #expect(details["code"] == "E11.40" && details["billable"] == true && details["system"] == "icd10cm")
    #expect(details["parent"]?["code"] == "E11.4")
    #expect(details["children"] == [])
    // Excludes1 notes of the category apply to every code in it.
    #expect(details["notes"]?["excludes1"]?.arrayValue?.contains { $0.stringValue?.contains("type 1 diabetes mellitus") == true } == true)
    #expect(details["seventhCharacters"] == nil)
    let header = try #require(client.result("code", ["code": "E11"]))
    #expect(header["billable"] == false)
    let children = (header["children"]?.arrayValue ?? []).compactMap { $0["code"]?.stringValue }
    #expect(children.contains("E11.9"))
    let fracture = try #require(client.result("code", ["code": "S72.001"]))
    #expect(fracture["seventhCharacters"]?.arrayValue?.contains { $0["char"] == "A" } == true)
    let unknown = client.request("code", ["code": "E11.99"])
    #expect(unknown["error"]?["code"] == -32602)
    #expect(unknown["error"]?["message"]?.stringValue?.contains("E11.99 is not a code in ICD-10-CM") == true)
    #expect(unknown["error"]?["message"]?.stringValue?.contains("; closest codes: E11.9") == true)
    #expect(unknown["error"]?["data"]?["closeMatches"]?.arrayValue?.first?["code"] == "E11.9")
  }

  @Test func validateChecksCodesAsOneClaim() throws {
    let client = TestClient()
    let items = try #require(client.result("validate", ["codes": ["E11", "e119", "E10.9", "Q99.99"]])?["items"]?.arrayValue)
    #expect(items.count == 4)
    let kinds = items.map { ($0["problems"]?.arrayValue ?? []).compactMap { $0["kind"]?.stringValue } }
    #expect(items[0]["input"] == "E11" && items[0]["valid"] == true && items[0]["billable"] == false)
    #expect(kinds[0].contains("not-billable"))
    #expect(items[1]["code"] == "E11.9" && items[1]["billable"] == true)
    // Type 1 and type 2 diabetes are never coded together: each names the other.
    let excludes = try #require(items[1]["problems"]?.arrayValue?.first { $0["kind"] == "excludes1" })
    #expect(excludes["related"]?.arrayValue?.contains("E10.9") == true)
    #expect(kinds[2].contains("excludes1"))
    #expect(items[3]["valid"] == false && items[3]["code"] == nil && kinds[3].contains("unknown"))
    #expect(client.request("validate", ["codes": "E11"])["error"]?["message"] == "params.codes must be an array of strings, not string")
  }

  @Test func unknownMethodsAreNotFound() {
    let client = TestClient()
    let unknown = client.request("nonsense")
    #expect(unknown["error"]?["code"] == -32601 && unknown["error"]?["message"] == "method not found: nonsense")
    // Unknown notifications are ignored: the next request is answered.
    client.notify("initialized", [:])
    client.notify("$/unknown", [:])
    #expect(client.result("lookup", ["query": "E11"]) != nil)
  }

  @Test func suggestReturnsPresentCodesWithTheirEvidence() throws {
    let client = TestClient()
    let text = "Assessment: Type 2 diabetes with diabetic neuropathy. Denies chest pain. Mother had breast cancer. Café 😀 HTN."
    let utf16 = Array(text.utf16)
    func check(_ result: JSONValue?) -> [String: String] {
      var assertions: [String: String] = [:]
      for item in result?["items"]?.arrayValue ?? [] {
        guard let code = item["code"]?.stringValue else { continue }
        assertions[code] = item["assertion"]?.stringValue
        for evidence in item["evidence"]?.arrayValue ?? [] {
          let start = evidence["start"]?.integerValue ?? -1
          let end = evidence["end"]?.integerValue ?? -1
          #expect(0 <= start && start < end && end <= utf16.count, "\(code): \(start)..<\(end)")
          guard 0 <= start && start < end && end <= utf16.count else { continue }
          #expect(String(decoding: utf16[start..<end], as: UTF16.self) == evidence["text"]?.stringValue)
        }
      }
      return assertions
    }
    let present = check(client.result("suggest", ["text": .string(text)]))
    #expect(present["E11.40"] == "present" && present["I10"] == "present", "\(present)")
    #expect(Set(present.values) == ["present"], "\(present)")
    let all = check(client.result("suggest", ["text": .string(text), "includeNegated": true]))
    #expect(all["R07.9"] == "negated" && all["Z80.3"] == "family", "\(all)")
    let error = client.request("suggest", ["text": "x", "systems": ["icd9"]])["error"]
    #expect(error?["code"] == -32602 && error?["message"]?.stringValue?.hasPrefix("params.systems[0]") == true)
    #expect(client.request("suggest", ["text": 5])["error"]?["message"] == "params.text must be a string, not number")
  }

  @Test func suggestReturnsTheLimitOfPresentItemsWhenTheRecordHasMore() {
    let client = TestClient()
    // Four present conditions; the family-history code ranks first when every item is asked for.
    let text = "History of DVT. Family history of colon cancer. Hyperlipidemia. Hypothyroidism. Asthma. Gout."
    let everything = client.result("suggest", ["text": .string(text), "limit": 3, "includeNegated": true])
    let assertions = (everything?["items"]?.arrayValue ?? []).compactMap { $0["assertion"]?.stringValue }
    #expect(assertions.count == 3 && assertions.contains("family"), "\(assertions)")
    let present = client.result("suggest", ["text": .string(text), "limit": 3])?["items"]?.arrayValue ?? []
    #expect(present.count == 3, "\(present)")
    #expect(present.allSatisfy { $0["assertion"] == "present" }, "\(present)")
    #expect(client.finish() == 0)
  }

  @Test func badMessagesAreAnsweredAndTheServerGoesOn() {
    let client = TestClient()
    client.write(Array("{not json\n".utf8))
    let parse = client.next()
    #expect(parse?["id"] == .null && parse?["error"]?["code"] == -32700)
    client.write([0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D, 0x0A])
    let utf8 = client.next()
    #expect(utf8?["error"]?["code"] == -32700)
    #expect(utf8?["error"]?["message"]?.stringValue?.contains("not valid UTF-8") == true)
    client.write(Array(#"{"id": 9, "method": "lookup"}"#.utf8) + [0x0A])
    #expect(client.next() == ["jsonrpc": "2.0", "id": 9, "error": ["code": -32600, "message": #"missing "jsonrpc": "2.0""#]])
    client.write(Array((String(repeating: "[", count: 10_000) + "\n").utf8))
    #expect(client.next()?["error"]?["message"]?.stringValue?.contains("nesting deeper than 64 levels") == true)
    #expect(codes(client.result("lookup", ["query": "e1140"])).first == "E11.40")
    #expect(client.finish() == 0)
  }

  @Test func batchesAreAnsweredWithAnArray() throws {
    let client = TestClient()
    client.send([
      ["jsonrpc": "2.0", "id": 1, "method": "lookup", "params": ["query": "e1140", "limit": 1]],
      ["jsonrpc": "2.0", "method": "initialized"],
      1,
      ["jsonrpc": "2.0", "id": 2, "method": "nonsense"],
    ])
    let replies = try #require(client.next()?.arrayValue)
    #expect(replies.count == 3)
    #expect(replies[0]["id"] == 1 && codes(replies[0]["result"]) == ["E11.40"])
    #expect(replies[1]["id"] == .null && replies[1]["error"]?["code"] == -32600)
    #expect(replies[2]["id"] == 2 && replies[2]["error"]?["code"] == -32601)
    client.send([])
    #expect(client.next()?["error"]?["code"] == -32600)
    // A batch of notifications only gets no reply at all: the next reply is the next request's.
    client.send([["jsonrpc": "2.0", "method": "initialized"]])
    #expect(client.request("shutdown")["result"] == .null)
  }

  @Test func shutdownThenExitEndsWithStatusZero() {
    let client = TestClient()
    #expect(client.request("shutdown") == ["jsonrpc": "2.0", "id": 1, "result": nil])
    #expect(client.request("lookup", ["query": "x"])["error"]?["code"] == -32600)
    client.notify("exit")
    #expect(client.waitForExit() == 0)
  }

  @Test func exitWithoutShutdownEndsWithStatusOne() {
    let client = TestClient()
    client.notify("exit")
    #expect(client.waitForExit() == 1)
  }

  @Test func cancelledRequestsAreAnsweredWithRequestCancelled() throws {
    let client = TestClient()
    // A batch of slow lookups keeps the server busy while the request and its cancellation arrive,
    // so the request is still waiting when it is cancelled.
    let busy = JSONValue.array((0..<200).map { .object([("jsonrpc", "2.0"), ("id", .integer(1000 + $0)), ("method", "lookup"), ("params", ["query": "fracture of left femur"])]) })
    client.send(
      busy, ["jsonrpc": "2.0", "id": 7, "method": "lookup", "params": ["query": "e1140"]],
      ["jsonrpc": "2.0", "method": "$/cancelRequest", "params": ["id": 7]])
    #expect(client.next()?.arrayValue?.count == 200)
    #expect(client.next() == ["jsonrpc": "2.0", "id": 7, "error": ["code": -32800, "message": "request cancelled"]])
    // Cancelling a request already answered, or one never sent, changes nothing.
    client.notify("$/cancelRequest", ["id": 7])
    client.notify("$/cancelRequest", ["id": "never"])
    #expect(codes(client.result("lookup", ["query": "e1140"])).first == "E11.40")
  }
}
