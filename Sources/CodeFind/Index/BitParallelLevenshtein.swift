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
  private var matchMasks = [UInt64](repeatElement(0, count: 256))
  private let length: Int
  /// The bit of the word's last byte, whose steps change the distance to the whole word.
  private let lastRow: UInt64
  /// The bits of the word's bytes (the rows of a column).
  private let rows: UInt64

  /// Prepares the word; `nil` when it is empty or longer than 64 bytes.
  init?(_ word: [UInt8]) {
    guard !word.isEmpty, word.count <= 64 else { return nil }
    length = word.count
    lastRow = UInt64(1) << UInt64(word.count - 1)
    rows = lastRow | (lastRow - 1)
    for (index, byte) in word.enumerated() { matchMasks[Int(byte)] |= UInt64(1) << UInt64(index) }
  }

  /// The state of a pass after some bytes of a term. Resuming from it continues the pass, so terms
  /// that share a prefix (neighbours in a sorted dictionary) share the work of that prefix.
  struct Column {
    fileprivate var positive = UInt64.max
    fileprivate var negative: UInt64 = 0
    fileprivate var diagonalZero: UInt64 = 0
    fileprivate var previousMatch: UInt64 = 0
    /// The distance between the word and the bytes read so far.
    fileprivate(set) var score: Int
    /// The smallest distance between the word and a prefix of the bytes read so far.
    fileprivate(set) var best: Int

    fileprivate init(length: Int) {
      score = length
      best = length
    }
  }

  /// The state before any byte of a term (the distance to the empty prefix is the word's length).
  var start: Column { Column(length: length) }

  /// The state after one more byte of a term.
  /// - Complexity: O(1): a few word operations.
  @inline(__always)
  func advance(_ column: Column, over byte: UInt8) -> Column {
    var next = column
    let match = matchMasks[Int(byte)]
    let transposition = ((~column.diagonalZero & match) << 1) & column.previousMatch
    let diagonalZero =
      (((match & column.positive) &+ column.positive) ^ column.positive) | match | column.negative | transposition
    let horizontalPositive = column.negative | ~(diagonalZero | column.positive)
    let horizontalNegative = diagonalZero & column.positive
    if horizontalPositive & lastRow != 0 {
      next.score &+= 1
    } else if horizontalNegative & lastRow != 0 {
      next.score &-= 1
    }
    let shifted = (horizontalPositive << 1) | 1
    next.negative = shifted & diagonalZero
    next.positive = (horizontalNegative << 1) | ~(shifted | diagonalZero)
    next.diagonalZero = diagonalZero
    next.previousMatch = match
    next.best = min(next.best, next.score)
    return next
  }

  /// A lower bound of the distance between any prefix of the word and the `bytesRead` bytes a
  /// column follows: when it exceeds *d*, no term that begins with those bytes is within *d* of the
  /// word, whole or by a longer prefix (a column's least value never falls as bytes are added). Two
  /// bounds of every cell of the column: the first cell is `bytesRead` and each step down lowers it
  /// by at most one per negative vertical step; the last is `score` and each step up lowers it by
  /// at most one per positive vertical step.
  /// - Complexity: O(1): two population counts.
  @inline(__always)
  func lowestDistance(_ column: Column, bytesRead: Int) -> Int {
    max(bytesRead &- (column.negative & rows).nonzeroBitCount, column.score &- (column.positive & rows).nonzeroBitCount)
  }

  /// The distances between the word and `term`: to the whole term, and to the closest prefix of it
  /// among the first `limit` bytes (a prefix longer than the word by more than *d* bytes is more
  /// than *d* away, so a caller that accepts distance *d* passes the word's length plus *d*).
  /// - Complexity: O(min(*n*, `limit`)) for a term of *n* bytes.
  func distances(to term: ByteView, limit: Int = .max) -> (whole: Int, bestPrefix: Int) {
    var column = start
    for byte in term.bytes.prefix(limit) { column = advance(column, over: byte) }
    return (column.score, column.best)
  }
}
