/// Runs a query set through a ``LookupTarget`` and measures it: warm-up passes, then measured passes,
/// one query after another, each recorded in a ``LatencyHistogram``.
public struct BenchRunner {
  /// The queries, in the order they are sent on every pass.
  public var queries: [BenchQuery]
  /// Where they came from, for the report (a path, or `built-in`).
  public var querySource: String
  /// The measured passes over the queries (at least 1).
  public var runs: Int
  /// The passes run first and not measured: they fault in the index pages and warm any cache.
  public var warmupRuns: Int

  /// Creates a runner.
  /// - Parameters:
  ///   - queries: The queries (at least one).
  ///   - querySource: Where they came from.
  ///   - runs: The measured passes, at least 1.
  ///   - warmupRuns: The unmeasured passes before them.
  public init(queries: [BenchQuery], querySource: String, runs: Int, warmupRuns: Int = 1) {
    self.queries = queries
    self.querySource = querySource
    self.runs = max(runs, 1)
    self.warmupRuns = max(warmupRuns, 0)
  }

  /// Runs every pass through `target`, then finishes it.
  /// - Parameter target: What answers the lookups.
  /// - Returns: The figures of the measured passes.
  /// - Throws: ``BenchError`` from the first lookup that failed (the target is finished first), or
  ///   ``BenchError/noQueries`` when there is no query to run.
  /// - Complexity: `(warmupRuns + runs) × queries.count` lookups.
  public func run(_ target: inout some LookupTarget) throws(BenchError) -> BenchReport {
    var all = LatencyHistogram()
    var engine = LatencyHistogram()
    var kinds: [String] = []
    var byKind: [String: LatencyHistogram] = [:]
    var measuredNanoseconds: UInt64 = 0
    do {
      for _ in 0..<warmupRuns {
        for query in queries { _ = try target.lookup(query.text) }
      }
      for _ in 0..<runs {
        let start = monotonicNanoseconds()
        for query in queries {
          let timing = try target.lookup(query.text)
          all.record(nanoseconds: timing.nanoseconds)
          if let micros = timing.engineMicros { engine.record(nanoseconds: UInt64(max(micros, 0)) * 1000) }
          if byKind[query.kind] == nil { kinds.append(query.kind) }
          byKind[query.kind, default: LatencyHistogram()].record(nanoseconds: timing.nanoseconds)
        }
        measuredNanoseconds += monotonicNanoseconds() - start
      }
    } catch {
      _ = try? target.finish()
      throw error
    }
    let peakMemory = try target.finish()
    guard let latency = all.summary else { throw .noQueries }
    let seconds = Double(measuredNanoseconds) / 1e9
    return BenchReport(
      mode: target.mode, querySource: querySource, queries: queries.count, runs: runs, warmupRuns: warmupRuns,
      latency: latency,
      engineLatency: engine.summary,
      byKind: kinds.compactMap { kind in byKind[kind]?.summary.map { BenchReport.KindLatency(kind: kind, latency: $0) } },
      queriesPerSecond: seconds > 0 ? Double(all.count) / seconds : 0, peakMemory: peakMemory, histogram: all.buckets)
  }
}
