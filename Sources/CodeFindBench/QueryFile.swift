import Foundation

/// Reads the queries of a benchmark from a file, in either of two formats.
///
/// - **Plain**: one query per line, sent as written (a trailing space is kept; lines end in `\n`,
///   `\r\n` or `\r`). Empty lines and lines starting with `#` are skipped. Every query's kind is
///   `query`.
/// - **Relevance TSV** (`benchmarks/relevance/queries.tsv`): `#` comment lines, a header line
///   `kind<TAB>query<TAB>acceptable[<TAB>note]`, then one row per query with 3 or 4 fields. The
///   query is the second field, as written; the kind is the first.
///
/// The format is told by the first line that is neither empty nor a comment: a line with a tab
/// must be the TSV header. A tab anywhere in a plain file is an error, so that a TSV file with a
/// missing or misspelled header is not benchmarked as whole lines.
public enum QueryFile {
  /// The queries in the file at `path`, in file order.
  /// - Parameter path: The file to read.
  /// - Returns: At least one query.
  /// - Throws: ``QueryFileError`` when the file cannot be read, is not UTF-8 text, holds no
  ///   query, or mixes the formats.
  public static func read(at path: String) throws(QueryFileError) -> [BenchQuery] {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
    }
    guard let text = String(data: data, encoding: .utf8) else { throw .notText(path: path) }
    return try parse(text, path: path)
  }

  /// The queries in `text`, a file's contents (see ``QueryFile``).
  /// - Parameters:
  ///   - text: The contents.
  ///   - path: The file's name, for error messages.
  /// - Throws: ``QueryFileError`` when there is no query or the formats are mixed.
  public static func parse(_ text: String, path: String) throws(QueryFileError) -> [BenchQuery] {
    var queries: [BenchQuery] = []
    var isTSV: Bool?
    // "\r\n" is one Character, and a line break like any other.
    for (offset, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
      let number = offset + 1
      if line.allSatisfy(\.isWhitespace) || line.first == "#" { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      switch isTSV {
      case nil:
        if fields.count > 1 {
          let header = fields.prefix(3).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
          guard header == ["kind", "query", "acceptable"] else { throw .tabWithoutHeader(path: path, line: number) }
          isTSV = true
        } else {
          isTSV = false
          queries.append(BenchQuery(String(line), kind: "query"))
        }
      case false:
        guard fields.count == 1 else { throw .tabWithoutHeader(path: path, line: number) }
        queries.append(BenchQuery(String(line), kind: "query"))
      case true:
        guard (3...4).contains(fields.count) else { throw .badRow(path: path, line: number, fields: fields.count) }
        let kind = fields[0].trimmingCharacters(in: .whitespaces)
        let query = String(fields[1])
        guard !kind.isEmpty, !query.allSatisfy(\.isWhitespace) else { throw .emptyField(path: path, line: number) }
        queries.append(BenchQuery(query, kind: kind))
      }
    }
    guard !queries.isEmpty else { throw .noQueries(path: path) }
    return queries
  }
}

/// Why a query file cannot be used, and what to do about it.
public enum QueryFileError: Error, Equatable, CustomStringConvertible {
  /// The file cannot be read.
  case unreadable(path: String, reason: String)
  /// The file is not UTF-8 text.
  case notText(path: String)
  /// The file holds no query.
  case noQueries(path: String)
  /// A line has a tab but the file does not start with the TSV header (or a plain file has a tab later).
  case tabWithoutHeader(path: String, line: Int)
  /// A TSV row has the wrong number of fields.
  case badRow(path: String, line: Int, fields: Int)
  /// A TSV row has an empty kind or query.
  case emptyField(path: String, line: Int)

  private static let formats =
    "Write one query per line, or use the relevance format: a header line kind<TAB>query<TAB>acceptable, then one row per query."

  /// What went wrong and what to do, for the user.
  public var description: String {
    switch self {
    case .unreadable(let path, let reason): "cannot read the query file \(path): \(reason)"
    case .notText(let path): "the query file \(path) is not UTF-8 text. \(Self.formats)"
    case .noQueries(let path): "the query file \(path) holds no query (empty lines and # comments are skipped). \(Self.formats)"
    case .tabWithoutHeader(let path, let line):
      "\(path):\(line): a tab in a file without the header kind<TAB>query<TAB>acceptable. \(Self.formats)"
    case .badRow(let path, let line, let fields):
      "\(path):\(line): \(fields) tab-separated fields; a row has 3 or 4 (kind, query, acceptable codes, note)."
    case .emptyField(let path, let line): "\(path):\(line): the kind or the query is empty."
    }
  }
}
