import CodeFind
import Foundation
import Testing

@Suite("Text file reader: strict UTF-8 lines")
struct TextFileReaderTests {
  /// The lines of `bytes`, as numbers and strings.
  private func lines(_ bytes: [UInt8]) throws(ImportError) -> [(Int, String)] {
    var result: [(Int, String)] = []
    try TextFileReader(data: Data(bytes), file: "sample.txt").forEachLine { line in
      result.append((line.number, line.text))
    }
    return result
  }

  @Test func splitsOnNewlinesAndCarriageReturnNewlines() throws {
    let result = try lines(Array("one\r\ntwo\nthree".utf8))
    #expect(result.map(\.0) == [1, 2, 3])
    #expect(result.map(\.1) == ["one", "two", "three"])
  }

  @Test func keepsEmptyLinesButNoneAfterTheLastNewline() throws {
    let result = try lines(Array("one\n\nthree\n".utf8))
    #expect(result.map(\.1) == ["one", "", "three"])
  }

  @Test func skipsAByteOrderMark() throws {
    let result = try lines([0xEF, 0xBB, 0xBF] + Array("code\r\n".utf8))
    #expect(result.map(\.1) == ["code"])
  }

  @Test func readsMultibyteUTF8() throws {
    let result = try lines(Array("αKG\tα-ketoglutarate\n".utf8))
    #expect(result.map(\.1) == ["αKG\tα-ketoglutarate"])
  }

  @Test func emptyDataHasNoLines() throws {
    #expect(try lines([]).isEmpty)
    #expect(try lines([0xEF, 0xBB, 0xBF]).isEmpty)
  }

  @Test func latin1ByteNamesLineAndColumn() {
    let error = #expect(throws: ImportError.self) {
      try lines(Array("first\nsecond caf".utf8) + [0xE9] + Array(" line\n".utf8))
    }
    #expect(error?.line == 2)
    #expect(error?.column == 11)
    #expect(error?.expected.contains("save the file as UTF-8") == true)
    #expect(error?.found?.contains("0xE9") == true)
  }

  @Test func overlongAndTruncatedSequencesAreRejected() {
    let overlong = #expect(throws: ImportError.self) { try lines([0x41, 0xC0, 0x80]) }
    #expect(overlong?.line == 1)
    #expect(overlong?.column == 2)
    let truncated = #expect(throws: ImportError.self) { try lines(Array("ok\nend ".utf8) + [0xE2, 0x82]) }
    #expect(truncated?.line == 2)
    #expect(truncated?.column == 5)
  }

  @Test func missingFileIsAnImportError() {
    let error = #expect(throws: ImportError.self) {
      try TextFileReader(contentsOf: "/nonexistent/codefind/file.txt")
    }
    #expect(error?.file == "/nonexistent/codefind/file.txt")
    #expect(error?.expected.contains("existing file") == true)
  }

  @Test func directoryIsAnImportError() throws {
    let folder = try ImporterFixtures.path("ICD10PCS")
    let error = #expect(throws: ImportError.self) { try TextFileReader(contentsOf: folder) }
    #expect(error?.found == "a directory")
  }

  @Test func bodyErrorsStopTheReading() {
    var seen: [Int] = []
    let error = #expect(throws: ImportError.self) {
      try TextFileReader(data: Data("a\nb\nc\n".utf8), file: "sample.txt").forEachLine { (line) throws(ImportError) in
        seen.append(line.number)
        if line.number == 2 { throw ImportError(file: "sample.txt", line: 2, expected: "no b") }
      }
    }
    #expect(error?.line == 2)
    #expect(seen == [1, 2])
  }
}
