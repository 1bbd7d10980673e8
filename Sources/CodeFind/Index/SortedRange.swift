/// Binary search over a sorted table read from the index: the run of positions equal to a target.
enum SortedRange {
  /// The positions in `0..<count` whose `order` is zero, for a table sorted so that `order` is
  /// negative before that run and positive after it.
  /// - Parameters:
  ///   - count: The number of positions.
  ///   - order: Compares the entry at a position with the target: negative when it sorts before.
  /// - Complexity: O(log `count` + log *r*) calls of `order` for a run of *r* positions: the end of
  ///   the run is found by doubling steps from its start (runs are short: a term and its few
  ///   completions), then by halving the last step.
  static func equal(count: Int, order: (Int) -> Int) -> Range<Int> {
    let low = lowerBound(count: count, order: order)
    // Positions before `end` are in the run; none from `upper` on is.
    var end = low, upper = count, step = 1
    while end + step <= upper {
      let probe = end + step - 1
      guard order(probe) == 0 else {
        upper = probe
        break
      }
      end += step
      step *= 2
    }
    while end < upper {
      let middle = (end + upper) / 2
      if order(middle) == 0 { end = middle + 1 } else { upper = middle }
    }
    return low..<end
  }

  /// The first position in `0..<count` whose `order` is not negative (`count` when none is).
  /// - Complexity: O(log `count`) calls of `order`.
  static func lowerBound(count: Int, order: (Int) -> Int) -> Int {
    var low = 0, high = count
    while low < high {
      let middle = (low + high) / 2
      if order(middle) < 0 { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
