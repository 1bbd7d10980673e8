import Testing

@testable import CodeFind

@Suite("Sorted range search")
struct SortedRangeTests {
  @Test("the run equal to the target, of every length at every place of tables up to 70 entries")
  func everyRun() {
    for count in 0...70 {
      for start in 0...count {
        for length in 0...(count - start) {
          var calls = 0
          let found = SortedRange.equal(count: count) { position in
            calls += 1
            return position < start ? -1 : position < start + length ? 0 : 1
          }
          #expect(found == start..<(start + length), "count \(count), run \(start)..<\(start + length)")
          // log2(count) to find the start, about 2·log2(length) for the end: a second search over
          // the rest of the table (2·log2(count) in all) exceeds this for short runs in long tables.
          #expect(calls <= Self.bits(count) + 2 * Self.bits(length) + 2, "count \(count), length \(length)")
        }
      }
    }
  }

  @Test("the first position not before the target")
  func lowerBound() {
    for count in 0...70 {
      for target in 0...count {
        #expect(SortedRange.lowerBound(count: count) { $0 < target ? -1 : 1 } == target)
      }
    }
  }

  /// The number of bits of `value`.
  private static func bits(_ value: Int) -> Int { Int.bitWidth - value.leadingZeroBitCount }
}
