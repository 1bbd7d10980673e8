import Foundation

/// Imports the official ICD-10-PCS code list (`icd10pcs-codes-YYYY.txt`): one code per line, the
/// 7-character code, a single space, and the long title
/// (`0DTJ4ZZ Resection of Appendix, Percutaneous Endoscopic Approach`).
///
/// Every code of the list is billable. Above them the importer builds a browse hierarchy of
/// non-billable headers by leading characters (section, body system, root operation, body part,
/// approach, device), so that `0DT` has the children `0DT0`, `0DT1` … and every code hangs under its
/// 6-character prefix; a header's depth is the length of its key (see ``PCSAxisTitles`` for how
/// headers are titled). Codes keep the file's order, each header just before its first descendant.
///
/// Lines are checked strictly: exactly seven code characters (digits and uppercase letters except
/// `I` and `O`), one space, a non-empty title. A malformed line, a duplicate code, invalid UTF-8 or
/// an empty file fails the whole import.
public struct ICD10PCSCodeListImporter: Sendable {
  /// The release to record, or `nil` to take the year from the file's name.
  public var version: String?
  /// Titles for headers by prefix, used before the titles derived from the codes.
  public var axisTitles: PCSAxisTitles?

  /// Creates an importer.
  /// - Parameters:
  ///   - version: The release to record ("2024"); by default the first year in the file's name
  ///     (`icd10pcs-codes-2024.txt` → "2024"), or an empty string when the name has none.
  ///   - axisTitles: Titles for section, body-system and other headers (the shipped
  ///     `data/terminology/icd10pcs-axes.tsv`); without them, headers whose codes share no leading
  ///     words are titled "ICD-10-PCS" and their prefix.
  public init(version: String? = nil, axisTitles: PCSAxisTitles? = nil) {
    self.version = version
    self.axisTitles = axisTitles
  }

  /// Imports the code list file at `path`.
  /// - Parameter path: The path of the code list.
  /// - Returns: The codes with their browse hierarchy.
  /// - Throws: ``ImportError`` when the file cannot be read, or for the first malformed line.
  /// - Complexity: O(*n*) in the size of the file.
  public func importFile(at path: String) throws(ImportError) -> CodeSet {
    try importLines(of: TextFileReader(contentsOf: path))
  }

  /// Imports a code list held in memory.
  /// - Parameters:
  ///   - data: The file's bytes.
  ///   - file: The name to use in error messages and to take the version from.
  /// - Returns: The codes with their browse hierarchy.
  /// - Throws: ``ImportError`` for the first malformed line, a duplicate code, invalid UTF-8 or an
  ///   empty list.
  /// - Complexity: O(*n*) in the size of the data.
  public func importData(_ data: Data, file: String) throws(ImportError) -> CodeSet {
    try importLines(of: TextFileReader(data: data, file: file))
  }

  private func importLines(of reader: TextFileReader) throws(ImportError) -> CodeSet {
    var entries: [PCSBrowseHierarchy.Entry] = []
    var lines: [UInt64: Int] = [:]
    try reader.forEachLine { (line) throws(ImportError) in
      let entry = try Self.entry(of: line, file: reader.file)
      if let first = lines.updateValue(line.number, forKey: entry.packedKey) {
        throw ImportError(
          file: reader.file, line: line.number, column: 1,
          expected: "each code once (\(String(decoding: entry.key, as: UTF8.self)) is already on line \(first))",
          found: line.text)
      }
      entries.append(entry)
    }
    guard !entries.isEmpty else {
      throw ImportError(file: reader.file, line: 1, expected: "at least one ICD-10-PCS code line", found: "an empty file")
    }
    let system = CodeSystem(
      id: .icd10pcs, name: "ICD-10-PCS", version: version ?? ReleaseYear.inFileName(of: reader.file) ?? "")
    return CodeSet(system: system, codes: PCSBrowseHierarchy(axisTitles: axisTitles).codes(for: entries))
  }

  /// The code and title of one line, checked byte by byte.
  private static func entry(of line: TextLine, file: String) throws(ImportError) -> PCSBrowseHierarchy.Entry {
    let bytes = line.bytes
    let expected = "a 7-character ICD-10-PCS code, one space and a title"
    func failure(_ expected: String, column: Int?) -> ImportError {
      ImportError(file: file, line: line.number, column: column, expected: expected, found: line.text)
    }
    guard !bytes.isEmpty else {
      throw ImportError(file: file, line: line.number, expected: expected, found: "an empty line")
    }
    for offset in 0..<7 {
      guard offset < bytes.count, bytes[bytes.startIndex + offset] != UInt8(ascii: " ") else {
        throw failure(expected + " (the code is shorter than 7 characters)", column: offset + 1)
      }
      let byte = bytes[bytes.startIndex + offset]
      guard PCSCharacter.isValid(byte) else {
        throw failure(
          "a code of the characters 0-9 and A-Z except I and O (\(Self.describe(byte)) is not one)",
          column: offset + 1)
      }
    }
    guard bytes.count > 7, bytes[bytes.startIndex + 7] == UInt8(ascii: " ") else {
      throw failure(
        bytes.count > 7 ? "one space after the 7-character code" : expected + " (the title is missing)",
        column: 8)
    }
    var titleEnd = bytes.endIndex
    while titleEnd > bytes.startIndex + 8, bytes[titleEnd - 1] == UInt8(ascii: " ") { titleEnd -= 1 }
    guard titleEnd > bytes.startIndex + 8 else {
      throw failure(expected + " (the title is missing)", column: 9)
    }
    guard bytes[bytes.startIndex + 8] != UInt8(ascii: " ") else {
      throw failure("one space between the code and the title", column: 9)
    }
    return PCSBrowseHierarchy.Entry(key: bytes.prefix(7), title: bytes[(bytes.startIndex + 8)..<titleEnd])
  }

  /// A byte named for a message: the character, or its hexadecimal value when it is not printable.
  private static func describe(_ byte: UInt8) -> String {
    (0x21..<0x7F).contains(byte) ? "\"\(Character(Unicode.Scalar(byte)))\"" : "0x" + String(byte, radix: 16, uppercase: true)
  }
}
