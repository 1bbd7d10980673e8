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
    return low..<runEnd(from: low, to: count) { order($0) == 0 }
  }

  /// The end of a run that starts at `start`: the first position in `start..<end` that is not in
  /// the run (`end` when all are), for a table where the run's positions come first.
  /// - Parameters:
  ///   - start: The first position to test.
  ///   - end: The end of the positions to test.
  ///   - isInRun: Whether a position is in the run.
  /// - Complexity: O(log *r*) calls of `isInRun` for a run of *r* positions: doubling steps from the
  ///   start, then halving the last step.
  static func runEnd(from start: Int, to end: Int, isInRun: (Int) -> Bool) -> Int {
    // Positions before `low` are in the run; none from `high` on is.
    var low = start, high = end, step = 1
    while low + step <= high {
      let probe = low + step - 1
      guard isInRun(probe) else {
        high = probe
        break
      }
      low += step
      step *= 2
    }
    while low < high {
      let middle = (low + high) / 2
      if isInRun(middle) { low = middle + 1 } else { high = middle }
    }
    return low
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
