import Foundation

/// Titles of ICD-10-PCS axis values by code prefix (`0` → "Medical and Surgical", `0D` →
/// "Gastrointestinal System"), for the browse headers whose title cannot be derived from the codes
/// beneath them.
///
/// The table is a tab-separated file with the header `prefix<TAB>title` and one row per prefix of one
/// to six PCS characters; the project ships one as `data/terminology/icd10pcs-axes.tsv`, written from
/// the public PCS tables (the 17 sections, the body systems of every section, and the few root
/// operations whose codes share no leading words).
public struct PCSAxisTitles: Sendable, Hashable {
  /// The titles by canonical prefix.
  public let titles: [String: String]

  /// Creates a table from titles already in memory.
  /// - Parameter titles: The titles by prefix (`"0D"` → "Gastrointestinal System").
  public init(titles: [String: String]) {
    self.titles = titles
  }

  /// Reads the table file at `path`.
  /// - Parameter path: The path of a `prefix<TAB>title` file.
  /// - Throws: ``ImportError`` when the file cannot be read or a row is malformed.
  public init(contentsOf path: String) throws(ImportError) {
    try self.init(reader: TextFileReader(contentsOf: path))
  }

  /// Reads a table held in memory.
  /// - Parameters:
  ///   - data: The file's bytes.
  ///   - file: The name to use in error messages.
  /// - Throws: ``ImportError`` when the header differs, a prefix is not 1–6 PCS characters, a title
  ///   is empty, or a prefix appears twice.
  public init(data: Data, file: String) throws(ImportError) {
    try self.init(reader: TextFileReader(data: data, file: file))
  }

  private init(reader: TextFileReader) throws(ImportError) {
    var titles: [String: String] = [:]
    try TabSeparatedRows(reader: reader, header: ["prefix", "title"]).forEachRow { (line, fields) throws(ImportError) in
      let prefix = fields[0]
      guard (1...6).contains(prefix.utf8.count), prefix.utf8.allSatisfy(PCSCharacter.isValid) else {
        throw ImportError(
          file: reader.file, line: line, column: 1,
          expected: "a code prefix of 1 to 6 ICD-10-PCS characters (0-9, A-Z except I and O)", found: prefix)
      }
      let title = fields[1]
      guard !title.isEmpty else {
        throw ImportError(file: reader.file, line: line, expected: "a title after the prefix \(prefix)", found: "an empty title")
      }
      guard titles.updateValue(title, forKey: prefix) == nil else {
        throw ImportError(file: reader.file, line: line, column: 1, expected: "each prefix once", found: "\(prefix) again")
      }
    }
    self.titles = titles
  }

  /// The title of the axis value a prefix names, if the table has one.
  /// - Parameter prefix: A canonical PCS code prefix.
  public subscript(prefix: String) -> String? { titles[prefix] }
}
