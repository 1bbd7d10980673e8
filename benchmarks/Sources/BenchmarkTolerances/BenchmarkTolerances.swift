import Benchmark
import Foundation

/// The environment variable `thresholds.sh` sets so that the suites measure only what CI checks.
public let thresholdsModeVariable = "CODEFIND_BENCHMARK_THRESHOLDS"

/// Whether this run is `thresholds.sh`'s (``thresholdsModeVariable`` set to 1): the suites then
/// measure only the metrics CI checks, with the fewest iterations that give the same p90 every run.
public let isThresholdsRun = ProcessInfo.processInfo.environment[thresholdsModeVariable] == "1"

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
/// (the Open suite's setup may build an index, so its peak memory says nothing about opening), by not
/// listing it or by naming it in `uncheckedInCI`.
/// - Parameters:
///   - metrics: Every metric the suite reports.
///   - uncheckedInCI: Metrics the suite reports but CI must not check (not measured under `thresholds.sh`).
public func suiteMetrics(_ metrics: [BenchmarkMetric], uncheckedInCI: [BenchmarkMetric] = []) -> [BenchmarkMetric] {
  guard isThresholdsRun else { return metrics }
  return metrics.filter { tolerances[$0] != nil && !uncheckedInCI.contains($0) }
}

/// The tolerances of those of `metrics` that CI checks, for a configuration's `thresholds`.
/// - Parameter metrics: The metrics the suite measures.
public func ciTolerances(for metrics: [BenchmarkMetric]) -> [BenchmarkMetric: BenchmarkThresholds] {
  tolerances.filter { metrics.contains($0.key) }
}

extension Benchmark.Configuration {
  /// This configuration, except under `thresholds.sh` (``isThresholdsRun``): there, exactly `warmup`
  /// warm-up iterations and then exactly `iterations` measured ones, however long they take, so that
  /// every run measures the same samples (a suite that cycles through inputs then gets the same
  /// inputs in every sample) and CI spends no more time than a stable p90 needs.
  /// - Parameters:
  ///   - warmup: The warm-up iterations under `thresholds.sh`.
  ///   - iterations: The measured iterations under `thresholds.sh`.
  public func forThresholds(warmup: Int, iterations: Int) -> Benchmark.Configuration {
    guard isThresholdsRun else { return self }
    var configuration = self
    configuration.warmupIterations = warmup
    configuration.maxIterations = iterations
    configuration.maxDuration = .seconds(600)
    return configuration
  }
}
