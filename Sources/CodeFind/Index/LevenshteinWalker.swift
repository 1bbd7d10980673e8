/// Levenshtein distances from one query word to a run of sorted terms, sharing the work of common
/// prefixes (a trie walk over a sorted list).
///
/// Row *i* holds the distances between the first *i* bytes of the current term and every prefix of
/// the query. Moving to the next term keeps the rows of the bytes it shares with the previous one.
struct LevenshteinWalker {
  /// What the walk says about one term.
  enum Outcome {
    /// The term is within the distance.
    case match(Int)
    /// The term is not, but longer terms with its prefix might be.
    case noMatch
    /// No term starting with the first `length` bytes of this one can be within the distance.
    case deadPrefix(length: Int)
  }

  private let query: [UInt8]
  private let maxDistance: Int
  private let prefix: Bool
  private var rows: [Int]
  /// For each depth, the smallest distance of the query to any prefix of the term up to that depth.
  private var bestPrefixDistance: [Int]
  private var depth = 0

  init(query: [UInt8], maxDistance: Int, prefix: Bool) {
    self.query = query
    self.maxDistance = maxDistance
    self.prefix = prefix
    rows = Array(0...query.count)
    bestPrefixDistance = [query.count]
  }

  private var width: Int { query.count + 1 }

  /// Moves to `term`, which shares its first `shared` bytes with the previous term.
  mutating func advance(to term: ByteView, sharing shared: Int) -> Outcome {
    depth = min(shared, depth)
    let count = term.count
    while depth < count {
      guard let byte = term.uint8(at: depth) else { return .noMatch }
      let previousStart = depth * width
      let start = previousStart + width
      if rows.count < start + width { rows.append(contentsOf: repeatElement(0, count: start + width - rows.count)) }
      rows[start] = depth + 1
      var rowMinimum = rows[start]
      for column in 1..<width {
        let cost = query[column - 1] == byte ? 0 : 1
        let value = min(rows[previousStart + column - 1] + cost, rows[previousStart + column] + 1, rows[start + column - 1] + 1)
        rows[start + column] = value
        rowMinimum = min(rowMinimum, value)
      }
      depth += 1
      let best = min(bestPrefixDistance[depth - 1], rows[start + width - 1])
      if bestPrefixDistance.count > depth { bestPrefixDistance[depth] = best } else { bestPrefixDistance.append(best) }
      if prefix && best <= maxDistance { return .match(best) }
      if rowMinimum > maxDistance { return .deadPrefix(length: depth) }
    }
    let final = prefix ? bestPrefixDistance[depth] : rows[depth * width + width - 1]
    return final <= maxDistance ? .match(final) : .noMatch
  }
}
