/// The records of a delimited text file: comma-separated values with RFC 4180 quoting, or
/// tab-separated values.
///
/// CSV fields may be quoted; a quoted field may hold commas, line breaks (read as `\n`) and quotes
/// written twice (`""`). A quote inside an unquoted field is kept as it is (`5" gauze`). TSV fields are
/// split at every tab and never quoted. Lines that are entirely empty between records are skipped, as
/// spreadsheets often leave one at the end.
struct DelimitedRecords {
  /// The two supported dialects.
  enum Format: Equatable {
    /// Comma-separated, RFC 4180 quoting.
    case csv
    /// Tab-separated, no quoting.
    case tsv

    /// The format of a file: from its extension (`.csv`; `.tsv` or `.tab`), else from its header line
    /// (a tab in it means TSV).
    /// - Parameters:
    ///   - file: The file's name.
    ///   - header: The bytes of its first line.
    static func detect(file: String, header: ArraySlice<UInt8>) -> Format {
      let name = file.lowercased()
      if name.hasSuffix(".csv") { return .csv }
      if name.hasSuffix(".tsv") || name.hasSuffix(".tab") { return .tsv }
      return header.contains(UInt8(ascii: "\t")) ? .tsv : .csv
    }
  }

  /// The file, read as strict UTF-8.
  let reader: TextFileReader

  /// Where a CSV record is while its bytes are read.
  private enum State {
    case fieldStart, unquoted, quoted, quoteInQuoted
  }

  /// Calls `body` with every record: the line it starts on and its fields. The format comes from the
  /// file's name or first line (see ``Format/detect(file:header:)``).
  /// - Parameter body: Called once per record, in file order.
  /// - Throws: ``ImportError`` for text after a closing quote, a quoted field still open at the end of
  ///   the file (naming the line it was opened on), invalid UTF-8, or whatever `body` throws.
  /// - Complexity: O(*n*) in the size of the file.
  func forEachRecord(_ body: (_ line: Int, _ fields: [String]) throws(ImportError) -> Void) throws(ImportError) {
    var format: Format?
    var fields: [String] = []
    var field: [UInt8] = []
    var state = State.fieldStart
    var recordLine = 0
    var quoteOpened: (line: Int, before: ArraySlice<UInt8>) = (0, [])
    try reader.forEachLine { (line) throws(ImportError) in
      if state == .quoted {
        field.append(UInt8(ascii: "\n"))
      } else {
        if line.bytes.isEmpty { return }
        recordLine = line.number
        fields = []
        field = []
      }
      let resolved = format ?? Format.detect(file: reader.file, header: line.bytes)
      format = resolved
      guard resolved == .csv else {
        try body(line.number, line.bytes.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map {
          String(decoding: $0, as: UTF8.self)
        })
        return
      }
      for (offset, byte) in zip(line.bytes.indices, line.bytes) {
        switch (state, byte) {
        case (.fieldStart, UInt8(ascii: "\"")):
          state = .quoted
          quoteOpened = (line.number, line.bytes[..<offset])
        case (.fieldStart, UInt8(ascii: ",")), (.unquoted, UInt8(ascii: ",")), (.quoteInQuoted, UInt8(ascii: ",")):
          fields.append(String(decoding: field, as: UTF8.self))
          field = []
          state = .fieldStart
        case (.fieldStart, _), (.unquoted, _):
          field.append(byte)
          state = .unquoted
        case (.quoted, UInt8(ascii: "\"")):
          state = .quoteInQuoted
        case (.quoted, _):
          field.append(byte)
        case (.quoteInQuoted, UInt8(ascii: "\"")):
          field.append(byte)
          state = .quoted
        case (.quoteInQuoted, _):
          throw ImportError(
            file: reader.file, line: line.number, column: Self.column(after: line.bytes[..<offset]),
            expected: "a comma or the end of the line after a closing quote (write a quote inside a quoted field as \"\")",
            found: line.text)
        }
      }
      guard state != .quoted else { return }
      fields.append(String(decoding: field, as: UTF8.self))
      state = .fieldStart
      try body(recordLine, fields)
    }
    guard state != .quoted else {
      throw ImportError(
        file: reader.file, line: quoteOpened.line, column: Self.column(after: quoteOpened.before),
        expected: "a closing quote for the field opened here", found: "the end of the file")
    }
  }

  /// The 1-based column (counted in Unicode scalars, as the line reader counts) that follows `before`.
  private static func column(after before: ArraySlice<UInt8>) -> Int {
    String(decoding: before, as: UTF8.self).unicodeScalars.count + 1
  }
}
