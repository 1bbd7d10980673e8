import CodeFindProtocol

/// The text of one open document and its version, with conversions between LSP positions (in the
/// negotiated encoding) and offsets in the text.
///
/// Positions past the end of a line or of the document are clamped, as LSP asks; a position inside
/// a character (the middle of a surrogate pair or of a UTF-8 sequence) is moved back to its start.
struct TextDocument: Sendable {
  /// The document's text.
  private(set) var text: String
  /// The version the client gave it.
  private(set) var version: Int
  /// How positions count characters.
  let encoding: PositionEncoding

  init(text: String, version: Int, encoding: PositionEncoding) {
    self.text = text
    self.version = version
    self.encoding = encoding
  }

  /// Applies changes in order: a change without a range replaces the whole text.
  /// - Complexity: O(*n*) per change in the length of the text.
  mutating func apply(_ changes: [TextDocumentContentChange], version: Int) {
    for change in changes {
      if let range = change.range {
        let start = index(at: range.start)
        let end = max(start, index(at: range.end))
        text.replaceSubrange(start..<end, with: change.text)
      } else {
        text = change.text
      }
    }
    self.version = version
  }

  /// The index of a position, clamped to its line and to the document.
  /// - Complexity: O(*n*) in the offset of the position.
  func index(at position: Position) -> String.Index {
    let lineStart = startOfLine(position.line)
    let lineEnd = endOfLine(from: lineStart)
    let index =
      switch encoding {
      case .utf8: text.utf8.index(lineStart, offsetBy: position.character, limitedBy: lineEnd) ?? lineEnd
      case .utf16: text.utf16.index(lineStart, offsetBy: position.character, limitedBy: lineEnd) ?? lineEnd
      }
    return characterStart(index)
  }

  /// The index itself if a character (Unicode scalar) starts there, else the start of the
  /// character it is inside.
  private func characterStart(_ index: String.Index) -> String.Index {
    var index = index
    while index > text.startIndex, index.samePosition(in: text.unicodeScalars) == nil {
      index = text.utf8.index(before: index)
    }
    return index
  }

  /// The position of an index in the text.
  /// - Complexity: O(*n*) in the offset of the index.
  func position(of index: String.Index) -> Position { positions(of: [index])[0] }

  /// The positions of indices in the text, in the order given, found in one pass over the text
  /// up to the last of them (not one scan from the start per index).
  /// - Complexity: O(*n* + *k* log *k*) for *k* indices up to offset *n*.
  func positions(of indices: [String.Index]) -> [Position] {
    var positions = Array(repeating: Position(line: 0, character: 0), count: indices.count)
    var line = 0
    var lineStart = text.startIndex
    var cursor = text.utf8.startIndex
    // The last index measured on the current line, and its character offset on that line.
    var measured = lineStart
    var character = 0
    for slot in indices.indices.sorted(by: { indices[$0] < indices[$1] }) {
      let index = indices[slot]
      while cursor < index {
        if text.utf8[cursor] == UInt8(ascii: "\n") {
          line += 1
          lineStart = text.utf8.index(after: cursor)
          measured = lineStart
          character = 0
        }
        cursor = text.utf8.index(after: cursor)
      }
      let advance =
        switch encoding {
        case .utf8: text.utf8.distance(from: measured, to: index)
        case .utf16: text.utf16.distance(from: measured, to: index)
        }
      character += advance
      measured = index
      positions[slot] = Position(line: line, character: character)
    }
    return positions
  }

  /// The range of positions of a span of the text.
  func range(of span: Range<String.Index>) -> PositionRange { ranges(of: [span])[0] }

  /// The ranges of positions of spans of the text, in the order given, found in one pass.
  /// - Complexity: O(*n* + *k* log *k*) for *k* spans up to offset *n*.
  func ranges(of spans: [Range<String.Index>]) -> [PositionRange] {
    let positions = positions(of: spans.flatMap { [$0.lowerBound, $0.upperBound] })
    return spans.indices.map { PositionRange(start: positions[2 * $0], end: positions[2 * $0 + 1]) }
  }

  /// The index where a line starts (the end of the text for a line past the last).
  private func startOfLine(_ line: Int) -> String.Index {
    var remaining = line
    var cursor = text.utf8.startIndex
    while remaining > 0, cursor < text.utf8.endIndex {
      if text.utf8[cursor] == UInt8(ascii: "\n") { remaining -= 1 }
      cursor = text.utf8.index(after: cursor)
    }
    return remaining > 0 ? text.endIndex : cursor
  }

  /// The end of the line that starts at `start`: before its `\n` (and a `\r` before that).
  private func endOfLine(from start: String.Index) -> String.Index {
    var end = text.utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? text.endIndex
    if end > start, text.utf8[text.utf8.index(before: end)] == UInt8(ascii: "\r") { end = text.utf8.index(before: end) }
    return end
  }

  /// The line around an index: from its start to its end.
  func line(around index: String.Index) -> Range<String.Index> {
    let prefix = text.utf8[..<index]
    let start = prefix.lastIndex(of: UInt8(ascii: "\n")).map { text.utf8.index(after: $0) } ?? text.startIndex
    return start..<endOfLine(from: start)
  }
}
