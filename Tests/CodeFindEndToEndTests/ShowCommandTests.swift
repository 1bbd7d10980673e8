import Foundation
import Testing

@Suite("codefind show and codesets, run as a process on the shipped data")
struct ShowCommandTests {
  @Test func showsE1140() throws {
    let result = try CodeFindProcess.run(["show", "E11.40"])
    #expect(result.status == 0)
    #expect(result.standardOutput.hasPrefix("E11.40  Type 2 diabetes mellitus with diabetic neuropathy, unspecified"))
    #expect(result.standardOutput.contains("billable  yes"))
    #expect(result.standardOutput.contains("parent    E11.4  Type 2 diabetes mellitus with neurological complications"))
    #expect(result.standardOutput.contains("type 1 diabetes mellitus (E10.-)"))
  }

  @Test(arguments: ["e1140", " E11.40 ", "E11.40"])
  func acceptsCommonSpellings(_ spelling: String) throws {
    let result = try CodeFindProcess.run(["show", spelling])
    #expect(result.status == 0)
    #expect(result.standardOutput.hasPrefix("E11.40  "))
  }

  @Test func headerListsBillableChildren() throws {
    let result = try CodeFindProcess.run(["show", "T15.0", "--own-notes-only"])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("billable  no"))
    #expect(result.standardOutput.contains("T15.00"))
  }

  @Test func unknownCodeSaysSoAndSuggests() throws {
    let result = try CodeFindProcess.run(["show", "S06.1X7D"])
    #expect(result.status != 0)
    #expect(result.standardError.contains("S06.1X7D is not a code in ICD-10-CM"), "\(result)")
    #expect(result.standardError.contains("; closest codes: S06.1X7A"), "\(result)")
  }

  @Test func notACodeSpelling() throws {
    let result = try CodeFindProcess.run(["show", "E11;40"])
    #expect(result.status != 0)
    #expect(result.standardError.contains("not a code spelling"))
  }

  @Test func missingDataFolderSaysWhereItLooked() throws {
    let result = try CodeFindProcess.run(["codesets", "--data", "/nonexistent/codefind-data"])
    #expect(result.status != 0)
    #expect(result.standardError.contains("/nonexistent/codefind-data"))
  }

  @Test func codesetsListsCounts() throws {
    let result = try CodeFindProcess.run(["codesets"])
    #expect(result.status == 0)
    let lines = result.standardOutput.split(separator: "\n")
    let icd = lines.first { $0.hasPrefix("icd10cm ") }?.split(separator: " ")
    #expect(icd?[3] == "98186" && icd?[4] == "74719" && icd?[2] == "2026")
    let pcs = lines.first { $0.hasPrefix("icd10pcs ") }?.split(separator: " ")
    #expect(pcs?[4] == "78603" && pcs?[2] == "2024")
  }

  @Test func codeInTwoSystemsIsShownInBoth() throws {
    let result = try CodeFindProcess.run(["show", "B20", "--own-notes-only"])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("B20  Human immunodeficiency virus [HIV] disease\n  system    ICD-10-CM 2026"))
    #expect(result.standardOutput.contains("B20  Plain Radiography\n  system    ICD-10-PCS 2024"))
    let pcsOnly = try CodeFindProcess.run(["show", "B20", "--system", "icd10pcs"])
    #expect(!pcsOnly.standardOutput.contains("ICD-10-CM"))
  }

  @Test func unknownSystemIsAClearError() throws {
    let result = try CodeFindProcess.run(["show", "B20", "--system", "icd9"])
    #expect(result.status != 0)
    #expect(result.standardError.contains("no code system \"icd9\" in the index; use one of"), "\(result)")
    #expect(result.standardError.contains("icd10pcs") && result.standardOutput.isEmpty, "\(result)")
  }

  @Test func systemInAnyCaseSelectsIt() throws {
    let result = try CodeFindProcess.run(["show", "B20", "--system", "ICD10CM"])
    #expect(result.status == 0, "\(result)")
    #expect(result.standardOutput.hasPrefix("B20  Human immunodeficiency virus [HIV] disease"), "\(result)")
    #expect(!result.standardOutput.contains("ICD-10-PCS"), "\(result)")
  }

  @Test func pcsCodeAndBrowseHeader() throws {
    let code = try CodeFindProcess.run(["show", "0dtj4zz"])
    #expect(code.standardOutput.hasPrefix("0DTJ4ZZ  Resection of Appendix, Percutaneous Endoscopic Approach"))
    let header = try CodeFindProcess.run(["show", "0DT"])
    #expect(header.standardOutput.hasPrefix("0DT  Resection\n"))
    #expect(header.standardOutput.contains("0DTJ   Resection of Appendix"))
  }
}
