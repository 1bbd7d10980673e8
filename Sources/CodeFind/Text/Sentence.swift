/// One sentence of a text, as UTF-16 offsets into it.
public struct Sentence: Sendable, Hashable {
  /// The UTF-16 offsets `[start, end)` of the sentence, without surrounding whitespace.
  public var utf16Range: Range<Int>
  /// The sentence's ordinal in the text, from 0.
  public var index: Int

  /// Creates a sentence.
  /// - Parameters:
  ///   - utf16Range: The UTF-16 offsets in the text.
  ///   - index: The ordinal in the text.
  public init(utf16Range: Range<Int>, index: Int) {
    self.utf16Range = utf16Range
    self.index = index
  }

  /// The sentence's characters in `text`, the string it was split from.
  /// - Parameter text: The split text.
  /// - Returns: The slice of `text` at ``utf16Range``, or `nil` when the range does not fit `text`.
  public func original(in text: String) -> Substring? { text.utf16Slice(utf16Range) }
}
