import CodeFind

/// A code written in a document: its canonical key and where it is.
struct CodeMention: Sendable, Hashable {
  /// The code as written (`E11.40`, `e1140`).
  var written: Substring
  /// The canonical key (`E1140`).
  var key: String
  /// Where it is in the text.
  var span: Range<String.Index>

  /// Every code-shaped word written in capitals (`E11`, `E11.40`, `0DTJ4ZZ`, `J1100`): what a
  /// coder writes as a code, as opposed to ordinary words that happen to have a code's shape.
  /// - Complexity: O(*n*) in the length of the text.
  static func codes(in text: String, analyzer: Analyzer) -> [CodeMention] {
    analyzer.analyze(text).compactMap { token in
      guard token.kind == .code, token.isAllCaps, let mention = CodeMention(token, in: text) else { return nil }
      return mention
    }
  }

  /// The code-shaped word (in any case) under or just before an index, for hover.
  /// - Complexity: O(*n*) in the length of the line.
  static func code(at index: String.Index, line: Range<String.Index>, in text: String, analyzer: Analyzer) -> CodeMention? {
    let offset = text.utf16.distance(from: line.lowerBound, to: index)
    guard
      let token = analyzer.analyze(String(text[line])).first(where: {
        $0.kind == .code && $0.utf16Range.lowerBound <= offset && offset <= $0.utf16Range.upperBound
      })
    else { return nil }
    let start = text.utf16.index(line.lowerBound, offsetBy: token.utf16Range.lowerBound)
    let end = text.utf16.index(line.lowerBound, offsetBy: token.utf16Range.upperBound)
    guard let key = CodeKey.canonical(text[start..<end]) else { return nil }
    return CodeMention(written: text[start..<end], key: key, span: start..<end)
  }

  private init?(_ token: Token, in text: String) {
    let start = String.Index(utf16Offset: token.utf16Range.lowerBound, in: text)
    let end = String.Index(utf16Offset: token.utf16Range.upperBound, in: text)
    guard let key = CodeKey.canonical(text[start..<end]) else { return nil }
    self.init(written: text[start..<end], key: key, span: start..<end)
  }

  private init(written: Substring, key: String, span: Range<String.Index>) {
    self.written = written
    self.key = key
    self.span = span
  }
}
