/// A failure to import a code-set or terminology file: which file, where in it, what was expected.
///
/// Importers never return a half-built set: any malformed record fails the whole import with one
/// of these, so the caller can tell the user what to fix.
public struct ImportError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file that could not be imported, as given to the importer.
  public var file: String
  /// The 1-based line of the problem, when known.
  public var line: Int?
  /// The 1-based column of the problem, when known.
  public var column: Int?
  /// What the importer expected to find.
  public var expected: String
  /// What it found instead, shortened, when that helps.
  public var found: String?

  /// Creates an import error.
  /// - Parameters:
  ///   - file: The file's path.
  ///   - line: The 1-based line, if known.
  ///   - column: The 1-based column, if known.
  ///   - expected: What was expected.
  ///   - found: What was found instead.
  public init(file: String, line: Int? = nil, column: Int? = nil, expected: String, found: String? = nil) {
    self.file = file
    self.line = line
    self.column = column
    self.expected = expected
    self.found = found.map { $0.count > 80 ? String($0.prefix(77)) + "..." : $0 }
  }

  /// `file:line:column: expected …, found "…"`, followed by what to do about it.
  public var description: String {
    var place = file
    if let line { place += ":\(line)" }
    if let column { place += ":\(column)" }
    var text = "\(place): expected \(expected)"
    if let found { text += ", found \"\(found)\"" }
    return text + ". Fix the file or replace it with an official release."
  }
}
