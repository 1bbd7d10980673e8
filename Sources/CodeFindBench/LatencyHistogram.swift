import Histogram

/// Latencies of one kind of request, kept in an HdrHistogram (three significant digits, any range
/// from a nanosecond up, fixed memory whatever the number of samples).
public struct LatencyHistogram: Sendable {
  private var histogram = Histogram<UInt64>(numberOfSignificantValueDigits: .three)

  /// An empty histogram.
  public init() {}

  /// The number of latencies recorded.
  public var count: Int { Int(histogram.totalCount) }

  /// Records one latency.
  /// - Parameter nanoseconds: The time one request took.
  /// - Complexity: O(1).
  public mutating func record(nanoseconds: UInt64) {
    _ = histogram.record(nanoseconds)
  }

  /// Adds every latency recorded in `other`.
  /// - Parameter other: Another histogram.
  public mutating func add(_ other: LatencyHistogram) {
    histogram.add(other.histogram)
  }

  /// Minimum, mean, percentiles and maximum, in microseconds; nil when nothing was recorded.
  public var summary: LatencySummary? {
    guard histogram.totalCount > 0 else { return nil }
    func micros(_ nanoseconds: UInt64) -> Double { Double(nanoseconds) / 1000 }
    return LatencySummary(
      count: count, min: micros(histogram.min), mean: histogram.mean / 1000,
      p50: micros(histogram.valueAtPercentile(50)), p90: micros(histogram.valueAtPercentile(90)),
      p99: micros(histogram.valueAtPercentile(99)), max: micros(histogram.max))
  }

  /// The latencies counted in power-of-two ranges of microseconds (`[1, 2)`, `[2, 4)`, …), from the
  /// range of the smallest latency to that of the largest, empty ranges between them included.
  /// Latencies under a microsecond are counted in the first range.
  /// - Complexity: O(number of distinct recorded values).
  public var buckets: [LatencyBucket] {
    var counts: [Int: Int] = [:]
    for step in histogram.recordedValues() {
      let micros = max(histogram.medianEquivalentForValue(step.value) / 1000, 1)
      counts[UInt64.bitWidth - 1 - micros.leadingZeroBitCount, default: 0] += Int(step.count)
    }
    guard let first = counts.keys.min(), let last = counts.keys.max() else { return [] }
    return (first...last).map { power in
      LatencyBucket(fromMicros: 1 << power, toMicros: 1 << (power + 1), count: counts[power] ?? 0)
    }
  }
}

/// Latency figures of a run, in microseconds.
public struct LatencySummary: Codable, Sendable, Hashable {
  /// How many latencies were recorded.
  public var count: Int
  /// The smallest.
  public var min: Double
  /// The arithmetic mean.
  public var mean: Double
  /// The median.
  public var p50: Double
  /// The 90th percentile.
  public var p90: Double
  /// The 99th percentile.
  public var p99: Double
  /// The largest.
  public var max: Double
}

/// How many latencies fell in `[fromMicros, toMicros)`.
public struct LatencyBucket: Codable, Sendable, Hashable {
  /// The range's lower bound, in microseconds (included).
  public var fromMicros: Int
  /// The range's upper bound, in microseconds (excluded).
  public var toMicros: Int
  /// The number of latencies in the range.
  public var count: Int
}
