import CodeFindProtocol
import Testing

@Suite("codefind serve: LSP in Content-Length framing, in process")
struct ServerLSPTests {
  private let uri = "file:///tmp/claim.txt"

  /// A client that has initialized an LSP session and opened a document.
  private func session(_ text: String, encodings: [String]? = nil) -> (TestClient, JSONValue?) {
    let client = TestClient(framing: .contentLength)
    var capabilities: JSONValue = [:]
    if let encodings { capabilities = ["general": ["positionEncodings": .array(encodings.map(JSONValue.string))]] }
    let initialized = client.result("initialize", ["processId": nil, "capabilities": capabilities])
    client.notify("initialized", [:])
    client.notify("textDocument/didOpen", ["textDocument": ["uri": .string(uri), "languageId": "plaintext", "version": 1, "text": .string(text)]])
    return (client, initialized)
  }

  private func position(_ line: Int, _ character: Int) -> JSONValue {
    ["textDocument": ["uri": .string(uri)], "position": ["line": .integer(line), "character": .integer(character)]]
  }

  @Test func initializeAnnouncesCapabilitiesAndNegotiatesTheEncoding() throws {
    let (client, result) = session("")
    let capabilities = try #require(result?["capabilities"])
    #expect(capabilities["positionEncoding"] == "utf-16")
    #expect(capabilities["textDocumentSync"]?["change"] == 2 && capabilities["textDocumentSync"]?["openClose"] == true)
    #expect(capabilities["hoverProvider"] == true && capabilities["completionProvider"] != nil)
    #expect(session("", encodings: ["utf-16", "utf-8"]).1?["capabilities"]?["positionEncoding"] == "utf-8")
    #expect(session("", encodings: ["utf-32"]).1?["capabilities"]?["positionEncoding"] == "utf-16")
    #expect(client.finish() == 0)
  }

  @Test func completesTheWordsBeforeTheCursor() throws {
    let (client, _) = session("Patient seen today.\nDx: diab typ 2 neuro\n")
    let list = try #require(client.result("textDocument/completion", position(1, 20)))
    let items = try #require(list["items"]?.arrayValue)
    let labels = items.compactMap { $0["label"]?.stringValue }
    #expect(labels.prefix(3).contains("E11.40"))
    // Editors must keep typo-corrected and abbreviated hits: the filter text is what was typed.
    #expect(items.allSatisfy { $0["filterText"] == "diab typ 2 neuro" })
    // The typed words (after "Dx: ") are replaced by the code.
    let edit = try #require(items.first { $0["label"] == "E11.40" }?["textEdit"])
    #expect(edit == ["range": ["start": ["line": 1, "character": 4], "end": ["line": 1, "character": 20]], "newText": "E11.40"])
    // Zero-padded sort keys keep the server's order.
    let sortTexts = items.compactMap { $0["sortText"]?.stringValue }
    #expect(sortTexts.first == "0000" && sortTexts == sortTexts.sorted() && Set(sortTexts).count == items.count)
    #expect(list["isIncomplete"]?.boolValue == (items.count == 50))
  }

  @Test func completesTheCodeBeingTyped() throws {
    let (client, _) = session("Patient has E11.4")
    let list = try #require(client.result("textDocument/completion", position(0, 17)))
    let items = try #require(list["items"]?.arrayValue)
    let labels = items.compactMap { $0["label"]?.stringValue }
    #expect(labels.prefix(2).contains("E11.40") && labels.allSatisfy { $0.hasPrefix("E11.4") })
    #expect(items.first?["textEdit"]?["range"]?["start"]?["character"] == 12)
    #expect(items.allSatisfy { $0["filterText"] == "E11.4" })
    #expect(items.first { $0["label"] == "E11.4" }?["detail"]?.stringValue?.hasSuffix("(not billable)") == true)
    // Nothing typed before the cursor: nothing to complete.
    #expect(client.result("textDocument/completion", position(0, 0))?["items"] == [])
  }

  @Test func hoverShowsTitleBillableStatusAndNotes() throws {
    let (client, _) = session("Codes: E11.40, E11 and chest pain")
    let hover = try #require(client.result("textDocument/hover", position(0, 9)))
    let markdown = try #require(hover["contents"]?["value"]?.stringValue)
    #expect(hover["contents"]?["kind"] == "markdown")
    #expect(markdown.hasPrefix("**E11.40** · ICD-10-CM 2026 · billable"))
    #expect(markdown.contains("Type 2 diabetes mellitus with diabetic neuropathy, unspecified"))
    #expect(markdown.contains("**Excludes1 (never together)**") && markdown.contains("type 1 diabetes mellitus"))
    #expect(hover["range"] == ["start": ["line": 0, "character": 7], "end": ["line": 0, "character": 13]])
    let header = try #require(client.result("textDocument/hover", position(0, 17))?["contents"]?["value"]?.stringValue)
    #expect(header.contains("**not billable**") && header.contains("Use a more specific code:") && header.contains("- E11.9 "))
    // Words are not codes.
    #expect(client.result("textDocument/hover", position(0, 28)) == .null)
  }

  @Test func publishesDiagnosticsForTheCodesOfADocument() throws {
    let (client, _) = session("Claim: E11 and E11.40\nnotes in lowercase: e11 is not checked")
    let published = try #require(client.notification("textDocument/publishDiagnostics")?["params"])
    #expect(published["uri"] == .string(uri) && published["version"] == 1)
    let diagnostics = try #require(published["diagnostics"]?.arrayValue)
    let notBillable = try #require(diagnostics.first { $0["code"] == "not-billable" })
    #expect(notBillable["range"] == ["start": ["line": 0, "character": 7], "end": ["line": 0, "character": 10]])
    #expect(notBillable["severity"] == 1 && notBillable["source"] == "codefind")
    #expect(notBillable["message"]?.stringValue?.contains("E11") == true)
    // Only E11 in capitals is taken as a code; E11.40 is billable and has no error.
    #expect(diagnostics.allSatisfy { $0["range"]?["start"]?["line"] == 0 })
    #expect(!diagnostics.contains { $0["range"]?["start"]?["character"] == 15 && $0["severity"] == 1 })
    // Fixing the code clears its error; closing the document clears everything.
    client.notify(
      "textDocument/didChange",
      [
        "textDocument": ["uri": .string(uri), "version": 2],
        "contentChanges": [["range": ["start": ["line": 0, "character": 10], "end": ["line": 0, "character": 10]], "text": ".9"]],
      ])
    let fixed = try #require(client.notification("textDocument/publishDiagnostics")?["params"])
    #expect(fixed["version"] == 2)
    #expect(fixed["diagnostics"]?.arrayValue?.contains { $0["code"] == "not-billable" } == false)
    client.notify("textDocument/didClose", ["textDocument": ["uri": .string(uri)]])
    #expect(client.notification("textDocument/publishDiagnostics")?["params"]?["diagnostics"] == [])
  }

  @Test(arguments: [("utf-16", [3, 9, 12, 15, 6, 9, 14, 17]), ("utf-8", [5, 11, 15, 18, 7, 10, 15, 18])])
  func diagnosticsOfManyCodesOnSeveralLinesHaveTheirOwnRanges(_ encoding: String, _ characters: [Int]) throws {
    // Characters of two UTF-16 units (👍) and of two UTF-8 bytes (é, ï), a CRLF and an empty line.
    let (client, _) = session("👍 E11.99 é E11\r\n\nnaïve E11 and E11", encodings: [encoding])
    let published = try #require(client.notification("textDocument/publishDiagnostics")?["params"])
    let ranges = Set((published["diagnostics"]?.arrayValue ?? []).compactMap { $0["range"] })
    let lines = [0, 0, 2, 2]
    let expected: Set<JSONValue> = Set(
      lines.indices.map { mention in
        [
          "start": ["line": .integer(lines[mention]), "character": .integer(characters[2 * mention])],
          "end": ["line": .integer(lines[mention]), "character": .integer(characters[2 * mention + 1])],
        ]
      })
    #expect(ranges == expected)
  }

  @Test func appliesIncrementalAndFullChanges() throws {
    let (client, _) = session("first line\nsecond")
    client.notify(
      "textDocument/didChange",
      [
        "textDocument": ["uri": .string(uri), "version": 2],
        "contentChanges": [["range": ["start": ["line": 1, "character": 0], "end": ["line": 1, "character": 6]], "text": "code E11.40 here"]],
      ])
    #expect(client.result("textDocument/hover", position(1, 7))?["range"]?["start"] == ["line": 1, "character": 5])
    client.notify(
      "textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": 3], "contentChanges": [["text": "I10"]]])
    let hover = client.result("textDocument/hover", position(0, 1))?["contents"]?["value"]?.stringValue
    #expect(hover?.hasPrefix("**I10**") == true)
    client.notify("textDocument/didClose", ["textDocument": ["uri": .string(uri)]])
    let closed = client.request("textDocument/hover", position(0, 1))
    #expect(closed["error"]?["code"] == -32602 && closed["error"]?["message"]?.stringValue?.contains("is not open") == true)
  }

  @Test(arguments: [(nil as String?, 5), ("utf-8", 8)])
  func countsPositionsInTheNegotiatedEncoding(encoding: String?, start: Int) throws {
    // "😀" is 2 UTF-16 units and 4 UTF-8 bytes; "é" is 1 and 2.
    let (client, _) = session("😀 é E11.40", encodings: encoding.map { [$0] })
    let hover = try #require(client.result("textDocument/hover", position(0, start + 1)))
    #expect(hover["range"]?["start"]?["character"]?.integerValue == start)
    #expect(hover["range"]?["end"]?["character"]?.integerValue == start + 6)
    // An incremental edit in the same encoding lands where the client meant.
    client.notify(
      "textDocument/didChange",
      [
        "textDocument": ["uri": .string(uri), "version": 2],
        "contentChanges": [
          ["range": ["start": ["line": 0, "character": .integer(start + 4)], "end": ["line": 0, "character": .integer(start + 6)]], "text": "9"]
        ],
      ])
    #expect(client.result("textDocument/hover", position(0, start + 1))?["contents"]?["value"]?.stringValue?.hasPrefix("**E11.9**") == true)
  }

  @Test func documentRequestsNeedAnOpenDocument() {
    let client = TestClient(framing: .contentLength)
    let response = client.request("textDocument/completion", position(0, 0))
    #expect(response["error"]?["code"] == -32602)
    #expect(response["error"]?["message"] == "params.textDocument.uri file:///tmp/claim.txt is not open: send textDocument/didOpen first")
    // A change to a document never opened is ignored.
    client.notify("textDocument/didChange", ["textDocument": ["uri": "file:///other"], "contentChanges": [["text": "x"]]])
    let other = client.request("textDocument/completion", ["textDocument": ["uri": "file:///other"], "position": ["line": 0, "character": 0]])
    #expect(other["error"]?["message"] == "params.textDocument.uri file:///other is not open: send textDocument/didOpen first")
    #expect(client.request("textDocument/completion", ["textDocument": ["uri": 3], "position": ["line": 0, "character": 0]])["error"]?["message"]
      == "params.textDocument.uri must be a string, not number")
  }
}
