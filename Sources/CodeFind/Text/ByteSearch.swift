extension String {
  /// Whether the string contains `part`, compared byte for byte (UTF-8): for ASCII texts such as
  /// titles and header names, where Foundation's `contains`, which an `import Foundation` selects,
  /// costs many times more.
  /// - Parameter part: The bytes sought; an empty one is always contained.
  /// - Complexity: O(*n* · *m*) at worst, for *n* and *m* bytes.
  func containsBytes(of part: String) -> Bool {
    let bytes = utf8, wanted = part.utf8
    guard let first = wanted.first else { return true }
    var start = bytes.startIndex
    while let found = bytes[start...].firstIndex(of: first) {
      if bytes[found...].starts(with: wanted) { return true }
      start = bytes.index(after: found)
    }
    return false
  }
}
