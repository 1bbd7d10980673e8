/// Left-aligned plain-text columns, two spaces apart, for terminal output.
struct TextTable {
  /// The rows, the first being the heading; cells beyond a row's end are blank.
  var rows: [[String]]

  /// The table as lines of text, without a trailing newline.
  var rendered: String {
    let columns = rows.map(\.count).max() ?? 0
    let widths = (0..<columns).map { column in
      rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
    }
    return rows.map { row in
      row.enumerated().map { column, cell in
        column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
      }.joined(separator: "  ")
    }.joined(separator: "\n")
  }
}
