import Benchmark
import BenchmarkTolerances
import CodeFind
import Foundation

/// An index of the shipped data in a fixed temporary folder, shared by the Open benchmarks: built by
/// the first benchmark's setup, reused while its sources are unchanged (``IndexStore`` rebuilds it
/// otherwise). Building is never measured.
let indexPath = FileManager.default.temporaryDirectory
  .appendingPathComponent("codefind-bench-open").appendingPathComponent("index.cfidx").path

@Sendable func prepareIndex() async throws {
  try FileManager.default.createDirectory(
    atPath: (indexPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
  _ = try IndexStore.open(index: indexPath)
}

/// Opening the index file (map it, parse its header and section table), alone and with the first
/// code lookup a `codefind show E11.40` does. Every iteration maps the file anew; its pages are in
/// the page cache, so this is a warm open.
let benchmarks: @Sendable () -> Void = {
  let metrics = suiteMetrics([.wallClock, .mallocCountTotal])
  Benchmark.defaultConfiguration = .init(
    metrics: metrics,
    timeUnits: .microseconds,
    warmupIterations: 10, scalingFactor: .one, maxDuration: .seconds(5), maxIterations: 10_000,
    thresholds: ciTolerances(for: metrics))

  Benchmark("OpenOnly", configuration: .init(setup: prepareIndex)) { benchmark in
    for _ in benchmark.scaledIterations {
      blackHole(try IndexReader(path: indexPath))
    }
  }

  Benchmark("OpenAndFirstCodeLookup", configuration: .init(setup: prepareIndex)) { benchmark in
    for _ in benchmark.scaledIterations {
      let index = try IndexReader(path: indexPath)
      guard let ordinal = index.ordinals(forKey: "E1140").first, let code = index.code(at: ordinal) else {
        fatalError("E11.40 is not in the index at \(indexPath)")
      }
      blackHole(code)
    }
  }
}
