import Foundation

/// Imports HCPCS Level II in CMS's fixed-width contractor record layout: the annual alpha-numeric
/// file (`HCPC2024_JAN_ANWEB.txt` and its quarterly updates).
///
/// Each line is one record of up to 320 ASCII characters. The columns used here (1-based, inclusive)
/// follow CMS's "HCPCS Contractor Record" layout (`HCPC<YYYY>_recordlayout.txt`, shipped in every
/// release zip; checked against the 2016 and 2024 editions, which agree):
///
/// | columns | field |
/// |---|---|
/// | 1–5 | HCPCS code (a modifier record has blanks in 1–3 and the modifier in 4–5) |
/// | 6–10 | sequence number |
/// | 11 | record identification code: `3` first line of a procedure, `4` its continuation, `7` first line of a modifier, `8` its continuation |
/// | 12–91 | long description (80 characters; continued on `4`/`8` records) |
/// | 92–119 | short description (28 characters) |
/// | 269–276, 277–284, 285–292 | code added, action effective and termination dates (YYYYMMDD) |
/// | 293 | action code (`A`, `B`, `C`, `D`, `F`, `N`, `P`, `R`, `S`, `T`) |
/// | 294–320 | filler |
///
/// A procedure's title is its long description, with the text of its continuation records appended
/// after a space. First records (`3`) must reach the action code in column 293; continuation records
/// may stop after their text, as CMS writes them. Every procedure code becomes a billable code of a
/// flat code set (depth 1, no headers); codes keep the file's order.
///
/// Modifier records (`7`, `8`) are checked for their layout and order, then skipped: modifiers are
/// two-character qualifiers of a code on a claim line, not codes that can be reported on their own.
public struct HCPCSImporter: Sendable {
  /// The release to record, or `nil` to take the year from the file's name.
  public var version: String?

  /// Creates an importer.
  /// - Parameter version: The release to record ("2024"); by default the first year in the file's
  ///   name (`HCPC2024_JAN_ANWEB.txt` → "2024"), or an empty string when the name has none.
  public init(version: String? = nil) {
    self.version = version
  }

  /// Imports the record file at `path`.
  /// - Parameter path: The path of the fixed-width file.
  /// - Returns: The procedure codes.
  /// - Throws: ``ImportError`` when the file cannot be read, or for the first malformed record.
  /// - Complexity: O(*n*) in the size of the file.
  public func importFile(at path: String) throws(ImportError) -> CodeSet {
    try importRecords(of: TextFileReader(contentsOf: path))
  }

  /// Imports records held in memory.
  /// - Parameters:
  ///   - data: The file's bytes.
  ///   - file: The name to use in error messages and to take the version from.
  /// - Returns: The procedure codes.
  /// - Throws: ``ImportError`` for a record that is too long, truncated, not ASCII, has an unknown
  ///   record identification code, a malformed code, sequence number or action code, a continuation
  ///   without its first record, a duplicate code, or for a file without procedure records.
  /// - Complexity: O(*n*) in the size of the data.
  public func importData(_ data: Data, file: String) throws(ImportError) -> CodeSet {
    try importRecords(of: TextFileReader(data: data, file: file))
  }

  private static let recordLength = 320
  private static let longDescription = 12...91
  private static let actionCodeColumn = 293
  private static let actionCodes: Set<UInt8> = Set("ABCDFNPRST".utf8)

  private func importRecords(of reader: TextFileReader) throws(ImportError) -> CodeSet {
    var codes: [Code] = []
    var lines: [String: Int] = [:]
    // Columns 1-5 of the last first record (a procedure code, or three blanks and a modifier): the
    // continuation records that follow must repeat them.
    var openRecord: String?
    var records = 0
    try reader.forEachLine { (line) throws(ImportError) in
      records += 1
      let record = Record(line: line, file: reader.file)
      try record.checkLayout()
      switch record.byte(at: 11) {
      case UInt8(ascii: "3"):
        let code = try record.procedureCode()
        try record.checkFirstRecord()
        if let first = lines.updateValue(line.number, forKey: code) {
          throw record.failure("each code once (\(code) is already on line \(first))", column: 1)
        }
        let title = record.text(in: Self.longDescription)
        guard !title.isEmpty else { throw record.failure("a long description in columns 12-91", column: 12) }
        codes.append(Code(system: .hcpcs, key: code, display: code, title: title, isBillable: true))
        openRecord = code
      case UInt8(ascii: "4"):
        let code = try record.procedureCode()
        guard code == openRecord, let last = codes.indices.last else {
          throw record.failure("a continuation (4) right after the records of its code", column: 11)
        }
        let text = record.text(in: Self.longDescription)
        if !text.isEmpty { codes[last].title += " " + text }
      case UInt8(ascii: "7"):
        let modifier = try record.modifierCode()
        try record.checkFirstRecord()
        openRecord = modifier
      default:
        guard try record.modifierCode() == openRecord else {
          throw record.failure("a continuation (8) right after the records of its modifier", column: 11)
        }
      }
    }
    guard !codes.isEmpty else {
      throw ImportError(
        file: reader.file, line: 1, expected: "at least one procedure record (3 in column 11)",
        found: records == 0 ? "an empty file" : "modifier records only")
    }
    let system = CodeSystem(
      id: .hcpcs, name: "HCPCS Level II", version: version ?? ReleaseYear.inFileName(of: reader.file) ?? "")
    return CodeSet(system: system, codes: codes)
  }

  /// One line of the file seen as a fixed-width record, with its checks.
  private struct Record {
    let line: TextLine
    let file: String

    /// The byte at a 1-based column, or `nil` past the end of the record.
    func byte(at column: Int) -> UInt8? {
      column <= line.bytes.count ? line.bytes[line.bytes.startIndex + column - 1] : nil
    }

    /// The text of 1-based columns, as far as the record reaches, trimmed of spaces.
    func text(in columns: ClosedRange<Int>) -> String {
      let start = line.bytes.startIndex + columns.lowerBound - 1
      let end = min(line.bytes.startIndex + columns.upperBound, line.bytes.endIndex)
      guard start < end else { return "" }
      return String(decoding: line.bytes[start..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces)
    }

    /// An error at this record.
    func failure(_ expected: String, column: Int) -> ImportError {
      ImportError(file: file, line: line.number, column: column, expected: expected, found: line.text)
    }

    /// Checks what every record has: ASCII text no longer than 320 characters, a sequence number in
    /// columns 6–10, and a record identification code of 3, 4, 7 or 8 in column 11.
    func checkLayout() throws(ImportError) {
      let bytes = line.bytes
      if let offset = bytes.firstIndex(where: { $0 >= 0x80 }) {
        throw failure(
          "ASCII text (the columns of the HCPCS record layout count single-byte characters)",
          column: offset - bytes.startIndex + 1)
      }
      guard bytes.count <= HCPCSImporter.recordLength else {
        throw failure(
          "a record of at most 320 characters (this one has \(bytes.count))", column: HCPCSImporter.recordLength + 1)
      }
      guard bytes.count >= 11 else {
        throw failure(
          "a record with a record identification code in column 11 (this one has \(bytes.count) characters)",
          column: bytes.count + 1)
      }
      for column in 6...10 where !(byte(at: column).map { (0x30...0x39).contains($0) } ?? false) {
        throw failure("a sequence number of five digits in columns 6-10", column: column)
      }
      guard let identifier = byte(at: 11), Set("3478".utf8).contains(identifier) else {
        throw failure("a record identification code of 3, 4, 7 or 8 in column 11", column: 11)
      }
    }

    /// Checks that a first record (`3` or `7`) reaches its action code, and that the code is known.
    func checkFirstRecord() throws(ImportError) {
      let column = HCPCSImporter.actionCodeColumn
      guard let action = byte(at: column) else {
        throw failure(
          "a first record that reaches its action code in column \(column) (this one is truncated at \(line.bytes.count) characters)",
          column: line.bytes.count + 1)
      }
      guard HCPCSImporter.actionCodes.contains(action) else {
        throw failure("an action code (A, B, C, D, F, N, P, R, S or T) in column \(column)", column: column)
      }
    }

    /// The modifier in columns 4–5 of a modifier record, after three blanks, as the file spells it
    /// (`   LT`).
    func modifierCode() throws(ImportError) -> String {
      let isBlank = (1...3).allSatisfy { byte(at: $0) == UInt8(ascii: " ") }
      let isModifier = (4...5).allSatisfy { column in
        byte(at: column).map { (0x30...0x39).contains($0) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) } ?? false
      }
      guard isBlank, isModifier else {
        throw failure("a modifier record: three blanks, then two capital letters or digits in columns 4-5", column: 1)
      }
      return String(decoding: line.bytes.prefix(5), as: UTF8.self)
    }

    /// The Level II code in columns 1–5: a letter and four digits.
    func procedureCode() throws(ImportError) -> String {
      let isLetter = byte(at: 1).map { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) } ?? false
      let hasDigits = (2...5).allSatisfy { byte(at: $0).map { (0x30...0x39).contains($0) } ?? false }
      guard isLetter, hasDigits else {
        throw failure("a HCPCS Level II code (a capital letter and four digits) in columns 1-5", column: 1)
      }
      return String(decoding: line.bytes.prefix(5), as: UTF8.self)
    }
  }
}
