/// The rows of a tab-separated file with a fixed header (`term<TAB>see`), checked strictly: the
/// header must match exactly, every row must have the header's number of columns, and there must be
/// at least one row. Shared by the importers of CodeFind's own TSV files.
struct TabSeparatedRows {
  /// The file, read as strict UTF-8.
  let reader: TextFileReader
  /// The exact column names of the header line.
  let header: [String]

  /// Calls `body` with each row after the header: its line number and its fields, trimmed of spaces.
  /// - Parameter body: Called once per row, in file order.
  /// - Throws: ``ImportError`` for an empty file, a different header, a row with another number of
  ///   columns, a file with no rows, invalid UTF-8, or whatever `body` throws.
  /// - Complexity: O(*n*) in the size of the file.
  func forEachRow(_ body: (_ line: Int, _ fields: [String]) throws(ImportError) -> Void) throws(ImportError) {
    let expectedHeader = header.joined(separator: "\t")
    var sawHeader = false
    var rows = 0
    try reader.forEachLine { (line) throws(ImportError) in
      guard sawHeader else {
        guard line.text == expectedHeader else {
          throw ImportError(
            file: reader.file, line: line.number, expected: "the header \(Self.shown(expectedHeader))",
            found: Self.shown(line.text))
        }
        sawHeader = true
        return
      }
      let fields = line.bytes.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
      guard fields.count == header.count else {
        throw ImportError(
          file: reader.file, line: line.number,
          expected: "\(header.count) tab-separated columns (\(header.joined(separator: ", ")))",
          found: "\(fields.count) column\(fields.count == 1 ? "" : "s"): \(Self.shown(line.text))")
      }
      rows += 1
      try body(line.number, fields.map(Self.trimmedText))
    }
    guard sawHeader else {
      throw ImportError(file: reader.file, line: 1, expected: "the header \(Self.shown(expectedHeader))", found: "an empty file")
    }
    guard rows > 0 else {
      throw ImportError(file: reader.file, line: 2, expected: "at least one row after the header", found: "no rows")
    }
  }

  /// A field's text without the spaces around it.
  private static func trimmedText(_ field: ArraySlice<UInt8>) -> String {
    let space = UInt8(ascii: " ")
    guard let first = field.firstIndex(where: { $0 != space }), let last = field.lastIndex(where: { $0 != space }) else {
      return ""
    }
    return String(decoding: field[first...last], as: UTF8.self)
  }

  /// A line with its tabs made visible, for messages.
  private static func shown(_ text: String) -> String {
    text.split(separator: "\t", omittingEmptySubsequences: false).joined(separator: "<TAB>")
  }
}
