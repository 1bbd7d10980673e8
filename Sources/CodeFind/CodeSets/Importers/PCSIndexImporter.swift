import Foundation

/// Imports ICD-10-PCS Alphabetic Index entries from a tab-separated file with the header
/// `term<TAB>see` (the shipped `icd10pcs-index.tsv`).
///
/// Each row is a term and the index's text for it, in one of three shapes:
/// - a "see" reference, at the start or after a subterm: `Appendectomy` → `see Resection, Appendix
///   0DTJ`, `Autotransplant` → `Kidney see Reposition, Urinary System 0TS`;
/// - a "use" reference to a body-part or device value: `Abdominal cavity` → `use Peritoneal Cavity`,
///   sometimes within a table: `Activa PC neurostimulator` → `use Stimulator Generator, Multiple
///   Array in 0JH`;
/// - a subterm that gives its code directly: `Abortion` → `Laminaria 10A07ZW`, or that only names a
///   subterm: `Alteration` → `Ankle Region`.
///
/// The entry's ``IndexTerm/target`` is its last word when that word is shaped like a PCS code or
/// code prefix: 3 to 7 code characters (`0-9`, `A-Z` except `I` and `O`) starting with one of the
/// 17 section characters, so that `0DTJ`, `XNH` and `GZHZZZZ` are targets and words such as `Left`,
/// `EKG` or `AGN1` are not.
public struct PCSIndexImporter: Sendable {
  /// Creates an importer.
  public init() {}

  /// Imports the index file at `path`.
  /// - Parameter path: The path of the TSV file.
  /// - Returns: The entries in file order.
  /// - Throws: ``ImportError`` when the file cannot be read or a row is malformed.
  /// - Complexity: O(*n*) in the size of the file.
  public func importFile(at path: String) throws(ImportError) -> [IndexTerm] {
    try importRows(of: TextFileReader(contentsOf: path))
  }

  /// Imports index entries held in memory.
  /// - Parameters:
  ///   - data: The file's bytes.
  ///   - file: The name to use in error messages.
  /// - Returns: The entries in file order.
  /// - Throws: ``ImportError`` for a different header, a row without exactly two columns, an empty
  ///   term or reference, invalid UTF-8, or a file without rows.
  /// - Complexity: O(*n*) in the size of the data.
  public func importData(_ data: Data, file: String) throws(ImportError) -> [IndexTerm] {
    try importRows(of: TextFileReader(data: data, file: file))
  }

  private func importRows(of reader: TextFileReader) throws(ImportError) -> [IndexTerm] {
    var terms: [IndexTerm] = []
    try TabSeparatedRows(reader: reader, header: ["term", "see"]).forEachRow { (line, fields) throws(ImportError) in
      let term = fields[0]
      let reference = fields[1]
      guard !term.isEmpty else {
        throw ImportError(file: reader.file, line: line, column: 1, expected: "a term in the first column", found: "an empty term")
      }
      guard !reference.isEmpty else {
        throw ImportError(
          file: reader.file, line: line, expected: "a reference in the second column (\"see …\", \"use …\" or a code)",
          found: "an empty reference")
      }
      terms.append(
        IndexTerm(system: .icd10pcs, term: term, reference: reference, kind: Self.kind(of: reference), target: Self.target(of: reference)))
    }
    return terms
  }

  /// The kind of a reference: "see" or "use" as its first word or after a subterm, else a direct code.
  private static func kind(of reference: String) -> IndexTerm.Reference {
    let words = reference.utf8.split(separator: UInt8(ascii: " "))
    if words.contains(where: { $0.elementsEqual("see".utf8) }) { return .see }
    if words.contains(where: { $0.elementsEqual("use".utf8) }) { return .use }
    return .code
  }

  /// The code or code prefix a reference ends with, if its last word is shaped like one.
  private static func target(of reference: String) -> String? {
    guard let word = reference.split(separator: " ").last else { return nil }
    let bytes = word.utf8
    guard (3...7).contains(bytes.count), let first = bytes.first, PCSCharacter.isSection(first),
      bytes.allSatisfy(PCSCharacter.isValid)
    else { return nil }
    return String(word)
  }
}
