import CodeFindProtocol
import CodeFindServer
import CodeFindTestSupport
import Testing

/// `$/cancelRequest` of a request being handled, and the order of replies when requests arrive
/// one by one, together, and with cancellations among them.
@Suite("codefind serve: cancelling running requests, reply order")
struct ServerCancellationTests {
  /// A record of many sentences, each with conditions to look up.
  private static func record(sentences: Int) -> JSONValue {
    .string(String(repeating: "Assessment: type 2 diabetes with neuropathy. Denies chest pain. ", count: sentences / 2))
  }

  private static let cancelled: JSONValue = ["code": -32800, "message": "request cancelled"]

  /// Asks how often the server checked for a cancellation, and says "cancelled" from a given check on.
  private final class Cancellation {
    var checks = 0
    let from: Int
    init(from: Int) { self.from = from }
    func check() -> Bool {
      checks += 1
      return checks >= from
    }
  }

  private func request(_ method: String, _ params: JSONValue) -> Message {
    .request(id: .number(1), method: method, params: params)
  }

  /// How often a server checked for a cancellation while it handled a request that every check
  /// from the fourth on says is cancelled; the reply must say "request cancelled".
  private func checksWhenCancelledAtTheFourthCheck(_ method: String, _ params: JSONValue) -> Int {
    let cancellation = Cancellation(from: 4)
    let server = CodeFindServer(index: ShippedIndex.reader, framing: .lineDelimited, isCancelled: cancellation.check)
    let (reply, outcome) = server.handle(request(method, params))
    #expect(reply == ["jsonrpc": "2.0", "id": 1, "error": Self.cancelled])
    #expect(outcome == .proceed)
    return cancellation.checks
  }

  @Test func aSuggestCancelledWhileItRunsStopsAtTheNextSentence() {
    // Once cancelled, the suggester reads no more sentences: the checks do not grow with the
    // sentences left, and come nowhere near one per sentence.
    let short = checksWhenCancelledAtTheFourthCheck("suggest", ["text": Self.record(sentences: 40)])
    let long = checksWhenCancelledAtTheFourthCheck("suggest", ["text": Self.record(sentences: 400)])
    #expect(short == long)
    #expect(long < 40)
  }

  @Test func aValidateCancelledWhileItRunsStopsAtTheNextCode() {
    // Once cancelled, the validator checks no more codes: the checks do not grow with the codes left.
    func codes(_ claims: Int) -> JSONValue {
      .array(Array(repeating: ["E11.9", "E10.9", "I10"], count: claims).flatMap { $0.map(JSONValue.string) })
    }
    let short = checksWhenCancelledAtTheFourthCheck("validate", ["codes": codes(10)])
    let long = checksWhenCancelledAtTheFourthCheck("validate", ["codes": codes(100)])
    #expect(short == long)
    #expect(long < 30)
  }

  @Test func requestsNotCancelledAreAnsweredInFull() throws {
    let cancellation = Cancellation(from: .max)
    let server = CodeFindServer(index: ShippedIndex.reader, framing: .lineDelimited, isCancelled: cancellation.check)
    let suggest = request("suggest", ["text": Self.record(sentences: 4)])
    let (reply, _) = server.handle(suggest)
    let items = try #require(reply?["result"]?["items"]?.arrayValue)
    #expect(!items.isEmpty)
    // The same answer as from a server that never checks.
    let unchecked = CodeFindServer(index: ShippedIndex.reader, framing: .lineDelimited).handle(suggest).response
    #expect(reply?["result"]?["items"] == unchecked?["result"]?["items"])
    #expect(cancellation.checks > 1)
  }

  @Test func aCancelRequestReadWhileASuggestRunsAnswersItWithRequestCancelled() {
    let client = TestClient()
    // The cancellation is written after the request, alone, so that the server has most likely
    // begun the suggestion (minutes of work) when it arrives; either way the answer is -32800.
    client.send(["jsonrpc": "2.0", "id": 1, "method": "suggest", "params": ["text": Self.record(sentences: 4000)]])
    client.notify("$/cancelRequest", ["id": 1])
    #expect(client.next() == ["jsonrpc": "2.0", "id": 1, "error": Self.cancelled])
    #expect(client.result("lookup", ["query": "e1140"]) != nil)
    #expect(client.finish() == 0)
  }

  @Test func repliesKeepTheOrderOfRequestsWrittenOneByOneOrTogether() {
    let client = TestClient()
    func lookup(_ id: Int) -> JSONValue {
      ["jsonrpc": "2.0", "id": .integer(id), "method": "lookup", "params": ["query": "diab typ 2", "limit": 3]]
    }
    // Thirty requests in one write (under 4 KiB, so that the pipe passes it whole), with
    // notifications among them and the cancellation of the 15th, which is still waiting when it is read.
    var together: [JSONValue] = []
    for id in 1...30 {
      together.append(lookup(id))
      if id % 10 == 0 { together.append(["jsonrpc": "2.0", "method": "initialized"]) }
    }
    together.append(["jsonrpc": "2.0", "method": "$/cancelRequest", "params": ["id": 15]])
    client.write(together.flatMap { client.framing.frame($0.serialized) })
    // Then thirty more, one write each, as a client waiting for nothing would send them.
    for id in 31...60 { client.send(lookup(id)) }
    for id in 1...60 {
      let reply = client.next()
      #expect(reply?["id"] == .integer(id))
      #expect(id == 15 ? reply?["error"] == Self.cancelled : reply?["result"]?["items"]?.arrayValue?.count == 3)
    }
    #expect(client.finish() == 0)
  }
}
