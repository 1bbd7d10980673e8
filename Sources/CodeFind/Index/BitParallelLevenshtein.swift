/// Edit distances from one word (up to 64 bytes) to many terms, with Myers' bit-parallel algorithm
/// in Hyyrö's formulation for whole-string distance with transpositions (optimal string alignment:
/// insertions, deletions, substitutions, and swaps of two adjacent letters, each costing one, so
/// `pnuemonia` is one typo from `pneumonia`): one pass of a few word operations per byte of the
/// term, whatever the word's length.
///
/// Besides the distance between the word and the whole term, a pass yields the smallest distance
/// between the word and any prefix of the term, which is what a word still being typed needs.
///
/// References: G. Myers, "A fast bit-vector algorithm for approximate string matching based on
/// dynamic programming", JACM 46(3), 1999; H. Hyyrö, "A bit-vector algorithm for computing
/// Levenshtein and Damerau edit distances", Nordic Journal of Computing 10(1), 2003.
struct BitParallelLevenshtein {
  private var matchMasks = [UInt64](repeating: 0, count: 256)
  private let length: Int

  /// Prepares the word; `nil` when it is empty or longer than 64 bytes.
  init?(_ word: [UInt8]) {
    guard !word.isEmpty, word.count <= 64 else { return nil }
    length = word.count
    for (index, byte) in word.enumerated() { matchMasks[Int(byte)] |= UInt64(1) << UInt64(index) }
  }

  /// The distances between the word and `term`: to the whole term, and to the closest prefix of it
  /// among the first `limit` bytes (a prefix longer than the word by more than *d* bytes is more
  /// than *d* away, so a caller that accepts distance *d* passes the word's length plus *d*).
  /// - Complexity: O(min(*n*, `limit`)) for a term of *n* bytes.
  func distances(to term: ByteView, limit: Int = .max) -> (whole: Int, bestPrefix: Int) {
    var positive = UInt64.max
    var negative: UInt64 = 0
    var diagonalZero: UInt64 = 0
    var previousMatch: UInt64 = 0
    var score = length
    var best = length
    let high = UInt64(1) << UInt64(length - 1)
    for byte in term.bytes.prefix(limit) {
      let match = matchMasks[Int(byte)]
      let transposition = ((~diagonalZero & match) << 1) & previousMatch
      diagonalZero = (((match & positive) &+ positive) ^ positive) | match | negative | transposition
      let horizontalPositive = negative | ~(diagonalZero | positive)
      let horizontalNegative = diagonalZero & positive
      if horizontalPositive & high != 0 {
        score += 1
      } else if horizontalNegative & high != 0 {
        score -= 1
      }
      let shifted = (horizontalPositive << 1) | 1
      negative = shifted & diagonalZero
      positive = (horizontalNegative << 1) | ~(shifted | diagonalZero)
      previousMatch = match
      best = min(best, score)
    }
    return (score, best)
  }
}
