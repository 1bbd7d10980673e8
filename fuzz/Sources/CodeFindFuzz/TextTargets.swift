import CodeFind

/// Fuzz targets for text: the analyzer (with the sentence splitter) and code spellings.
enum TextTargets {
  /// Analyzes any UTF-8 (invalid sequences become U+FFFD, as a decoded file or request would) and
  /// checks the tokens' promises: in order, non-overlapping, inside the text, on character
  /// boundaries, numbered from 0, never empty; and the same tokens on a second run. Sentences stay
  /// inside the text, in order and non-empty.
  /// - Parameter bytes: The text's bytes.
  static func analyzer(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    let length = text.utf16.count
    let tokens = Analyzer().analyze(text)
    var end = 0
    for (position, token) in tokens.enumerated() {
      let range = token.utf16Range
      FuzzCheck.expect(token.position == position, "token \(position) says it is at position \(token.position)")
      FuzzCheck.expect(range.lowerBound >= end && range.upperBound <= length, "token \(position) at \(range) after \(end) in \(length)")
      FuzzCheck.expect(!range.isEmpty && !token.text.isEmpty, "token \(position) is empty")
      FuzzCheck.expect(token.original(in: text) != nil, "token \(position) at \(range) splits a character")
      end = range.upperBound
    }
    FuzzCheck.expect(Analyzer().analyze(text) == tokens, "a second analysis differs")
    var sentenceEnd = 0
    for sentence in SentenceSplitter().sentences(in: text) {
      let range = sentence.utf16Range
      FuzzCheck.expect(range.lowerBound >= sentenceEnd && range.upperBound <= length && !range.isEmpty, "sentence at \(range)")
      sentenceEnd = range.upperBound
    }
  }

  /// Turns any text into a canonical code key and back into each system's display spelling, and
  /// checks that a key holds only uppercase ASCII letters and digits, is its own key, and is the
  /// key of its display spelling; every token the analyzer calls code-shaped has a key.
  /// - Parameter bytes: The text's bytes.
  static func codeKey(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    guard let key = CodeKey.canonical(text) else { return }
    FuzzCheck.expect(key.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) }, "key \(key) of \(text)")
    FuzzCheck.expect(CodeKey.canonical(key) == key, "key \(key) is not its own key")
    FuzzCheck.expect(CodeKey.canonical(text.dropFirst(0)) == key, "a substring has another key")
    for system in [CodeSystem.ID.icd10cm, .icd10pcs, .hcpcs, .cpt] {
      let display = CodeKey.display(key, in: system)
      FuzzCheck.expect(CodeKey.canonical(display) == key, "display \(display) of \(key) in \(system.rawValue)")
    }
    for token in Analyzer().analyze(text) where token.kind == .code {
      FuzzCheck.expect(token.codeKey != nil, "code-shaped token \(token.text) has no key")
    }
  }
}
