/// Spelling rewrites of parts of words (`*haem*` → `*hem*`, `haem*` → `hem*`, `*isation` →
/// `*ization`), applied one after the other to a word.
///
/// Every word of a query goes through every rewrite, so the patterns sit in one flat byte buffer
/// described by plain values, and a rewrite whose first two bytes are not side by side in the word
/// (by a 64-bit mask of the word's byte pairs) is passed over without searching the word.
struct WordPartRewrites: Sendable {
  /// Where one rewrite's bytes are in `bytes`, and where it applies.
  private struct Rewrite: Sendable {
    var from: Range<Int>
    var to: Range<Int>
    var atStart: Bool
    var atEnd: Bool
    /// The bit of the pattern's first two bytes in a mask of byte pairs (``pairMask(_:)``), or 0
    /// for a one-byte pattern.
    var firstPair: UInt64
  }

  private var bytes: [UInt8] = []
  private var rewrites: [Rewrite] = []

  /// Whether there are no rewrites.
  var isEmpty: Bool { rewrites.isEmpty }

  /// Adds a rewrite from a spelling rule's two sides.
  /// - Parameters:
  ///   - source: The part to replace, with `*` where the word goes on (`*haem*`, `haem*`, `*isation`).
  ///   - target: Its replacement, with the same `*`s (`*hem*`).
  /// - Returns: Whether the rewrite was added; one whose source has no characters between its `*`s
  ///   is not.
  @discardableResult
  mutating func add(from source: String, to target: String) -> Bool {
    let star = UInt8(ascii: "*")
    func core(_ word: String) -> [UInt8] {
      Array(word.utf8.drop { $0 == star }.reversed().drop { $0 == star }.reversed())
    }
    let from = core(source)
    guard !from.isEmpty else { return false }
    let to = core(target)
    let fromRange = bytes.count..<(bytes.count + from.count)
    bytes += from
    let toRange = bytes.count..<(bytes.count + to.count)
    bytes += to
    rewrites.append(
      Rewrite(
        from: fromRange, to: toRange, atStart: !source.hasPrefix("*"), atEnd: !source.hasSuffix("*"),
        firstPair: Self.pairMask(from.prefix(2))))
    return true
  }

  /// The word after every rewrite that applies, in order, or `nil` when none does.
  /// - Parameter word: A folded word. The patterns are ASCII, so byte matches are character matches.
  /// - Complexity: O(*r* · *m*) for *r* rewrites and a word of *m* bytes.
  func apply(to word: String) -> String? {
    var current = Array(word.utf8)
    var pairs = Self.pairMask(current)
    var changed = false
    for rewrite in rewrites where rewrite.firstPair & pairs == rewrite.firstPair {
      if let result = apply(rewrite, to: current) {
        current = result
        pairs = Self.pairMask(current)
        changed = true
      }
    }
    return changed ? String(decoding: current, as: UTF8.self) : nil
  }

  /// A bit for each pair of adjacent bytes of `bytes` (hashed to 64 bits): a pattern occurs in a
  /// word only if its first pair's bit is set in the word's mask.
  private static func pairMask(_ bytes: some Collection<UInt8>) -> UInt64 {
    var mask: UInt64 = 0
    var previous: UInt8?
    for byte in bytes {
      if let previous { mask |= 1 << UInt64((Int(previous) &* 31 &+ Int(byte)) & 63) }
      previous = byte
    }
    return mask
  }

  /// The word with one rewrite applied, or `nil` when it does not apply.
  private func apply(_ rewrite: Rewrite, to word: [UInt8]) -> [UInt8]? {
    let length = rewrite.from.count
    guard word.count >= length else { return nil }
    func occurs(at start: Int) -> Bool {
      for offset in 0..<length where word[start + offset] != bytes[rewrite.from.lowerBound + offset] { return false }
      return true
    }
    let last = word.count - length
    let replacement = bytes[rewrite.to]
    switch (rewrite.atStart, rewrite.atEnd) {
    case (true, false):
      return occurs(at: 0) ? Array(replacement) + word[length...] : nil
    case (false, true):
      return occurs(at: last) ? Array(word[..<last]) + replacement : nil
    default:
      guard let first = (0...last).first(where: occurs) else { return nil }
      var result = Array(word[..<first])
      var index = first
      while index < word.count {
        if index <= last, occurs(at: index) {
          result += replacement
          index += length
        } else {
          result.append(word[index])
          index += 1
        }
      }
      return result
    }
  }
}
