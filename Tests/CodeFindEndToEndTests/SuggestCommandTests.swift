import CodeFindTestSupport
import Foundation
import Testing

@Suite("codefind suggest, run as a process on the shipped data")
struct SuggestCommandTests {
  private let note = "Assessment:\n1. T2DM w/ CKD stage 3b.\n2. Denies chest pain.\nFamily history: mother had breast cancer.\n"

  @Test func tableFromStandardInput() throws {
    let result = try CodeFindProcess.run(["suggest", "-"], input: note)
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("E11.22"))
    #expect(result.standardOutput.contains("CKD stage 3b (2:12)"))
    #expect(result.standardOutput.contains("Z80.3"))
    #expect(!result.standardOutput.contains("R07.9"))
  }

  @Test func allListsWhatTheRecordDenies() throws {
    let result = try CodeFindProcess.run(["suggest", "--all"], input: note)
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("R07.9"))
    #expect(result.standardOutput.contains("negated"))
  }

  @Test func jsonHasTheProtocolShape() throws {
    let result = try CodeFindProcess.run(["suggest", "--json", "-"], input: "HTN 👍 and pnéumonia")
    #expect(result.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    let items = try #require(object["items"] as? [[String: Any]])
    #expect(items.contains { $0["code"] as? String == "I10" && $0["assertion"] as? String == "present" })
    let evidence = items.flatMap { ($0["evidence"] as? [[String: Any]]) ?? [] }
    #expect(evidence.contains { $0["text"] as? String == "pnéumonia" && $0["start"] as? Int == 11 && $0["end"] as? Int == 20 })
  }

  @Test func missingFileIsAClearError() throws {
    let result = try CodeFindProcess.run(["suggest", "/nonexistent/note.txt"])
    #expect(result.status != 0)
    #expect(result.standardError.contains("cannot read '/nonexistent/note.txt': there is no such file"))
  }

  @Test func folderIsAClearError() throws {
    let folder = try TemporaryFolder("e2e")
    defer { folder.remove() }
    let result = try CodeFindProcess.run(["suggest", folder.path])
    #expect(result.status != 0)
    #expect(result.standardError.contains("cannot read '\(folder.path)': it is a folder"), "\(result)")
  }

  @Test func unknownSystemIsAClearError() throws {
    let result = try CodeFindProcess.run(["suggest", "--system", "ICD9", "-"], input: note)
    #expect(result.status != 0)
    #expect(result.standardError.contains("no code system \"ICD9\" in the index; use one of"), "\(result)")
    #expect(result.standardOutput.isEmpty, "\(result)")
  }

  @Test func knownSystemInAnyCaseIsAccepted() throws {
    let result = try CodeFindProcess.run(["suggest", "--system", "ICD10CM", "-"], input: note)
    #expect(result.status == 0, "\(result)")
    #expect(result.standardOutput.contains("E11.22"))
  }
}
