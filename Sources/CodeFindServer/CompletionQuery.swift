import CodeFind

/// What the user is typing at the cursor, for completion: the code being typed (`E11.4`), or the
/// words typed since the start of the line or the last punctuation or code (`diab typ 2 neuro`).
struct CompletionQuery: Sendable, Hashable {
  /// The typed text, replaced when a completion is accepted.
  var span: Range<String.Index>
  /// The text of the span.
  var text: Substring

  /// The most words taken as one query.
  static let maximumWords = 8

  /// Characters that end a phrase: what is before them is not part of the query.
  private static let delimiters: Set<Character> = [",", ";", ":", "|", "(", ")", "[", "]", "{", "}", "<", ">", "\"", "=", "\t"]

  /// Finds the query that ends at `cursor`.
  /// - Parameters:
  ///   - text: The document's text.
  ///   - line: The line of the cursor.
  ///   - cursor: The cursor.
  /// - Returns: The query, or `nil` when nothing is typed before the cursor.
  init?(in text: String, line: Range<String.Index>, cursor: String.Index) {
    let before = text[line.lowerBound..<cursor]
    let phraseStart = before.lastIndex(where: Self.delimiters.contains).map { text.index(after: $0) } ?? line.lowerBound
    var words: [Range<String.Index>] = []
    var index = phraseStart
    while index < cursor {
      guard let start = text[index..<cursor].firstIndex(where: { !$0.isWhitespace }) else { break }
      let end = text[start..<cursor].firstIndex(where: \.isWhitespace) ?? cursor
      words.append(start..<end)
      index = end
    }
    guard let last = words.last else { return nil }
    var first = words.count - 1
    // A code being typed is the query on its own; a code written earlier ends the phrase.
    if !CodeKey.isCodeShaped(text[last]) {
      while first > 0, words.count - first < Self.maximumWords, !CodeKey.isCodeShaped(text[words[first - 1]]) { first -= 1 }
    }
    // The typed text runs to the cursor: a trailing space says the last word is complete.
    span = words[first].lowerBound..<cursor
    self.text = text[span]
  }
}
