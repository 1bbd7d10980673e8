import Foundation

/// Imports code sets from a delimited file a user supplies: CPT (licensed by the AMA, so never
/// shipped) or any custom code set, as CSV or TSV (see `DelimitedRecords` for the quoting rules).
///
/// The first record is a header naming the columns, in any order and case:
/// - `code` (required): the code in any common spelling (`99213`, `E11.40`);
/// - `title` (required; `description` is accepted in its place): the code's title;
/// - `billable` (optional): `true`/`false`, `yes`/`no`, `1`/`0` or `Y`/`N`; an empty cell or a file
///   without the column means billable;
/// - `system` (optional): the code system of the row, such as `cpt` or `ICD-10-CM` (compared without
///   case, dashes, dots, underscores or spaces); an empty cell or a file without the column means
///   the importer's default system.
///
/// Other columns are ignored. The codes of each system become one flat code set (depth 1, no headers)
/// in the file's order.
public struct DelimitedCodeSetImporter: Sendable {
  /// The system of rows that name none, or `nil` to take it from the file's name.
  public var defaultSystem: CodeSystem.ID?
  /// The release to record, or `nil` to take the year from the file's name.
  public var version: String?

  /// Creates an importer.
  /// - Parameters:
  ///   - defaultSystem: The system of rows without a `system` cell; by default the letters and digits
  ///     that begin the file's name (`cpt-2026.csv` → `cpt`).
  ///   - version: The release to record; by default the first year in the file's name
  ///     (`cpt-2026.csv` → "2026"), or an empty string when the name has none.
  public init(defaultSystem: CodeSystem.ID? = nil, version: String? = nil) {
    self.defaultSystem = defaultSystem
    self.version = version
  }

  /// Imports the delimited file at `path`.
  /// - Parameter path: The path of a `.csv` or `.tsv` file.
  /// - Returns: One code set per system, in the order the systems first appear.
  /// - Throws: ``ImportError`` when the file cannot be read, or for the first malformed record.
  /// - Complexity: O(*n*) in the size of the file.
  public func importFile(at path: String) throws(ImportError) -> [CodeSet] {
    try importRecords(of: TextFileReader(contentsOf: path))
  }

  /// Imports a delimited file held in memory.
  /// - Parameters:
  ///   - data: The file's bytes.
  ///   - file: The name used in error messages and to choose the format, default system and version.
  /// - Returns: One code set per system, in the order the systems first appear.
  /// - Throws: ``ImportError`` for a header without `code` or `title`, a header naming a column
  ///   twice, a record with another number of fields than the header, an empty or malformed code, an
  ///   empty title, an unknown billable value, a code listed twice in one system, an unterminated
  ///   quote, invalid UTF-8, or a file without records.
  /// - Complexity: O(*n*) in the size of the data.
  public func importData(_ data: Data, file: String) throws(ImportError) -> [CodeSet] {
    try importRecords(of: TextFileReader(data: data, file: file))
  }

  /// The positions of the known columns in the header.
  private struct Columns {
    var count = 0
    var code: Int?
    var title: Int?
    var billable: Int?
    var system: Int?
  }

  private func importRecords(of reader: TextFileReader) throws(ImportError) -> [CodeSet] {
    let fallbackSystem = defaultSystem ?? Self.system(fromFileName: reader.file)
    var columns: Columns?
    var systems: [CodeSystem.ID] = []
    var codes: [CodeSystem.ID: [Code]] = [:]
    var lines: [CodeSystem.ID: [String: Int]] = [:]
    try DelimitedRecords(reader: reader).forEachRecord { (line, fields) throws(ImportError) in
      guard let known = columns else {
        columns = try Self.columns(of: fields, line: line, file: reader.file)
        return
      }
      func failure(_ expected: String, _ found: String) -> ImportError {
        ImportError(file: reader.file, line: line, expected: expected, found: found)
      }
      guard fields.count == known.count else {
        throw failure(
          "\(known.count) fields, as many as the header has",
          "\(fields.count) field\(fields.count == 1 ? "" : "s"): \(fields.joined(separator: " | "))")
      }
      let spelling = known.code.map { fields[$0].trimmingCharacters(in: .whitespaces) } ?? ""
      guard let key = CodeKey.canonical(spelling) else {
        throw failure("a code of letters and digits (dots and dashes allowed) in the code column", spelling)
      }
      let title = known.title.map { fields[$0].trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
      guard !title.isEmpty else { throw failure("a title for \(spelling)", "an empty title") }
      let billableCell = known.billable.map { fields[$0].trimmingCharacters(in: .whitespaces) } ?? ""
      guard let isBillable = Self.billable(billableCell) else {
        throw failure("a billable value of true/false, yes/no, 1/0 or Y/N", billableCell)
      }
      let systemCell = known.system.map { fields[$0].trimmingCharacters(in: .whitespaces) } ?? ""
      let system = systemCell.isEmpty ? fallbackSystem : Self.systemID(systemCell)
      guard let system else {
        throw systemCell.isEmpty
          ? failure("a code system: a system column, or a file name that starts with one (cpt-2026.csv)", spelling)
          : failure("a code system name of letters and digits in the system column", systemCell)
      }
      if let first = lines[system, default: [:]].updateValue(line, forKey: key) {
        throw failure("each \(system) code once (\(spelling) is already on line \(first))", spelling)
      }
      if codes[system] == nil { systems.append(system) }
      codes[system, default: []].append(
        Code(
          system: system, key: key, display: CodeKey.display(key, in: system), title: title,
          isBillable: isBillable))
    }
    guard columns != nil else {
      throw ImportError(file: reader.file, line: 1, expected: "a header with the columns code and title", found: "an empty file")
    }
    guard !systems.isEmpty else {
      throw ImportError(file: reader.file, line: 2, expected: "at least one code after the header", found: "no records")
    }
    let release = version ?? ReleaseYear.inFileName(of: reader.file) ?? ""
    return systems.map { system in
      CodeSet(system: CodeSystem(id: system, name: Self.name(of: system), version: release), codes: codes[system] ?? [])
    }
  }

  /// The known columns of a header record.
  private static func columns(of header: [String], line: Int, file: String) throws(ImportError) -> Columns {
    var columns = Columns(count: header.count)
    for (index, name) in header.enumerated() {
      let slot: WritableKeyPath<Columns, Int?>
      switch name.trimmingCharacters(in: .whitespaces).lowercased() {
      case "code": slot = \.code
      case "title", "description": slot = \.title
      case "billable": slot = \.billable
      case "system": slot = \.system
      default: continue
      }
      guard columns[keyPath: slot] == nil else {
        throw ImportError(
          file: file, line: line, expected: "each of the columns code, title, billable and system once",
          found: header.joined(separator: " | "))
      }
      columns[keyPath: slot] = index
    }
    guard columns.code != nil, columns.title != nil else {
      throw ImportError(
        file: file, line: line,
        expected: "a header with the columns code and title (or description), and optionally billable and system",
        found: header.joined(separator: " | "))
    }
    return columns
  }

  /// The billable flag a cell spells, `true` for an empty cell, or `nil` for anything else.
  private static func billable(_ cell: String) -> Bool? {
    switch cell.lowercased() {
    case "", "true", "yes", "1", "y": true
    case "false", "no", "0", "n": false
    default: nil
    }
  }

  /// The system a `system` cell names (`ICD-10-CM` → `icd10cm`), or `nil` when it has other
  /// characters than letters, digits and the ignored separators.
  private static func systemID(_ name: String) -> CodeSystem.ID? {
    let kept = name.filter { !"-_. ".contains($0) }
    guard !kept.isEmpty, kept.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
    return CodeSystem.ID(kept)
  }

  /// The system a file's name implies: the ASCII letters and digits its name begins with.
  private static func system(fromFileName path: String) -> CodeSystem.ID? {
    let name = path.split(separator: "/").last ?? Substring(path)
    let stem = name.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
    return stem.isEmpty ? nil : CodeSystem.ID(String(stem))
  }

  /// The human name of a system: the official one for the systems CodeFind knows, else its identifier
  /// in capitals.
  private static func name(of system: CodeSystem.ID) -> String {
    switch system {
    case .icd10cm: "ICD-10-CM"
    case .icd10pcs: "ICD-10-PCS"
    case .hcpcs: "HCPCS Level II"
    case .cpt: "CPT"
    default: system.rawValue.uppercased()
    }
  }
}
