extension String {
  /// The characters at UTF-16 offsets `[lower, upper)`, or `nil` when the range does not fit this
  /// string or cuts a surrogate pair.
  /// - Parameter range: UTF-16 offsets into this string.
  func utf16Slice(_ range: Range<Int>) -> Substring? {
    let utf16 = self.utf16
    guard range.lowerBound >= 0, range.upperBound <= utf16.count,
      let start = utf16.index(utf16.startIndex, offsetBy: range.lowerBound, limitedBy: utf16.endIndex),
      let end = utf16.index(start, offsetBy: range.count, limitedBy: utf16.endIndex),
      let lower = start.samePosition(in: unicodeScalars),
      let upper = end.samePosition(in: unicodeScalars)
    else { return nil }
    return self[lower..<upper]
  }
}
