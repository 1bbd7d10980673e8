import CodeFindProtocol
import Testing

@Suite("JSON-RPC messages and fields")
struct MessageTests {
  @Test func readsRequestsNotificationsAndResponses() throws {
    #expect(
      try Message(json: ["jsonrpc": "2.0", "id": 7, "method": "lookup", "params": ["query": "x"]])
        == .request(id: .number(7), method: "lookup", params: ["query": "x"]))
    #expect(try Message(json: ["jsonrpc": "2.0", "id": "a", "method": "m"]) == .request(id: .string("a"), method: "m", params: nil))
    #expect(try Message(json: ["jsonrpc": "2.0", "method": "exit"]) == .notification(method: "exit", params: nil))
    #expect(try Message(json: ["jsonrpc": "2.0", "id": 1, "result": nil]) == .response(id: .number(1)))
  }

  @Test(arguments: [
    (JSONValue.integer(3), nil as RequestID?, -32600, "a request must be a JSON object, not number"),
    (["id": 1, "method": "m"] as JSONValue, .number(1), -32600, #"missing "jsonrpc": "2.0""#),
    (["jsonrpc": "2.0", "id": 1.5, "method": "m"] as JSONValue, nil, -32600, "\"id\" must be a string or an integer, not number"),
    (["jsonrpc": "2.0", "id": 2] as JSONValue, .number(2), -32600, #"missing "method""#),
    (["jsonrpc": "2.0", "id": 3, "method": 4] as JSONValue, .number(3), -32600, "\"method\" must be a string, not number"),
    (["jsonrpc": "2.0", "id": 5, "method": "m", "params": "p"] as JSONValue, .number(5), -32602, "\"params\" must be an object or an array, not string"),
  ])
  func rejectsInvalidRequests(json: JSONValue, id: RequestID?, code: Int, message: String) {
    #expect {
      try Message(json: json)
    } throws: { error in
      guard let error = error as? MessageError else { return false }
      return error.id == id && error.error.code.rawValue == code && error.error.message == message
    }
  }

  @Test func fieldErrorsNameTheFieldByPath() throws {
    func message(_ params: JSONValue, _ read: (FieldReader) throws -> Void) -> String? {
      do {
        try read(try FieldReader(params: params))
        return nil
      } catch {
        let error = error as? ResponseError
        #expect(error?.code == .invalidParams)
        return error?.message
      }
    }
    #expect(message(["query": 5]) { _ = try $0.string("query") } == "params.query must be a string, not number")
    #expect(message([:]) { _ = try $0.string("query") } == "params.query is missing")
    #expect(message(["limit": 0]) { _ = try $0.integer("limit", default: 10, in: 1...1000) } == "params.limit must be between 1 and 1000, not 0")
    #expect(message(["limit": "3"]) { _ = try $0.integer("limit", default: 10, in: 1...1000) } == "params.limit must be an integer, not string")
    #expect(message(["systems": ["icd10cm", 3]]) { _ = try $0.optionalStrings("systems") } == "params.systems[1] must be a string, not number")
    #expect(
      message(["textDocument": ["uri": true]]) { _ = try $0.documentURI() } == "params.textDocument.uri must be a string, not boolean")
    #expect(message(["position": ["line": 1]]) { _ = try Position(try $0.object("position")) } == "params.position.character is missing")
    #expect(message([1, 2]) { _ in } == "params must be an object, not array")
  }

  @Test func requestsReadTheirParams() throws {
    let lookup = try LookupRequest(params: ["query": "chest pain", "limit": 3, "systems": ["icd10cm"], "billableOnly": true])
    #expect(lookup == LookupRequest(query: "chest pain", limit: 3, systems: ["icd10cm"], billableOnly: true))
    #expect(try LookupRequest(params: ["query": "x"]) == LookupRequest(query: "x"))
    #expect(throws: ResponseError.invalidParams("params.query is 4097 bytes long; the limit is 4096")) {
      try LookupRequest(params: ["query": .string(String(repeating: "a", count: 4097))])
    }
    let change = try DidChangeTextDocumentNotification(params: [
      "textDocument": ["uri": "file:///a", "version": 2],
      "contentChanges": [["text": "all"], ["range": ["start": ["line": 0, "character": 1], "end": ["line": 0, "character": 2]], "text": "b"]],
    ])
    #expect(change.changes.map(\.text) == ["all", "b"])
    #expect(change.changes[0].range == nil && change.changes[1].range?.end == Position(line: 0, character: 2))
    #expect(try CancelRequestNotification(params: ["id": "x"]).id == .string("x"))
  }

  @Test func negotiatesThePositionEncoding() {
    #expect(PositionEncoding.negotiate(offered: nil) == .utf16)
    #expect(PositionEncoding.negotiate(offered: ["utf-32", "utf-16"]) == .utf16)
    #expect(PositionEncoding.negotiate(offered: ["utf-16", "utf-8"]) == .utf8)
  }
}
