/// What `codefind bench` measured, as printed in text or JSON.
public struct BenchReport: Codable, Sendable {
  /// Latencies of one kind of query.
  public struct KindLatency: Codable, Sendable, Hashable {
    /// The kind (`code`, `typo`, … or `query`).
    public var kind: String
    /// Its latencies as the caller saw them.
    public var latency: LatencySummary
  }

  /// `library`, `process` or `serve`.
  public var mode: String
  /// Where the queries came from: a file's path or `built-in`.
  public var querySource: String
  /// The number of distinct queries in the set.
  public var queries: Int
  /// The measured passes over the set.
  public var runs: Int
  /// The passes run first and not measured.
  public var warmupRuns: Int
  /// Latencies of every measured lookup as the caller saw them, in microseconds.
  public var latency: LatencySummary
  /// The latencies the lookups reported themselves (`elapsedMicros`), without the process or
  /// transport around them.
  public var engineLatency: LatencySummary?
  /// Latencies by kind of query, in the order kinds first appear in the set.
  public var byKind: [KindLatency]
  /// Measured lookups per second of wall-clock time, one after another from one caller.
  public var queriesPerSecond: Double
  /// The peak memory of whatever did the lookups.
  public var peakMemory: PeakMemory?
  /// Every measured latency in power-of-two ranges of microseconds.
  public var histogram: [LatencyBucket]
}
