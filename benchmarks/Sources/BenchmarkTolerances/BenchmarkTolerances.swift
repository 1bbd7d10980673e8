import Benchmark
import Foundation

/// The environment variable `thresholds.sh` sets so that the suites measure only what CI checks.
public let thresholdsModeVariable = "CODEFIND_BENCHMARK_THRESHOLDS"

/// How far a benchmark's allocation count and peak memory may move from its stored static threshold
/// (`Thresholds/<Suite>.<benchmark>.p90.json`) before `thresholds.sh check` reports a deviation, in
/// percent of the stored p90.
///
/// Malloc counts are deterministic for a given toolchain and data, so their tolerance only absorbs
/// allocator noise; peak resident memory moves with heap growth and page-cache state, hence the
/// wider margin. Timings have none: a shared 2-core VM is too noisy for them, and CI never checks them.
var tolerances: [BenchmarkMetric: BenchmarkThresholds] {
  [
    .mallocCountTotal: BenchmarkThresholds(relative: [.p90: 5]),
    .peakMemoryResident: BenchmarkThresholds(relative: [.p90: 15]),
  ]
}

/// The metrics a suite measures: `metrics` as the suite lists them, except under `thresholds.sh`
/// (``thresholdsModeVariable`` set to 1), where only those of them that CI checks are measured, so
/// that the stored thresholds hold nothing else. A suite leaves out a metric its setup would distort
/// (the Open suite's setup may build an index, so its peak memory says nothing about opening).
/// - Parameter metrics: Every metric the suite reports.
public func suiteMetrics(_ metrics: [BenchmarkMetric]) -> [BenchmarkMetric] {
  guard ProcessInfo.processInfo.environment[thresholdsModeVariable] == "1" else { return metrics }
  return metrics.filter { tolerances[$0] != nil }
}

/// The tolerances of those of `metrics` that CI checks, for a configuration's `thresholds`.
/// - Parameter metrics: The metrics the suite measures.
public func ciTolerances(for metrics: [BenchmarkMetric]) -> [BenchmarkMetric: BenchmarkThresholds] {
  tolerances.filter { metrics.contains($0.key) }
}
