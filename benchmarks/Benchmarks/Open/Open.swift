import Benchmark
import BenchmarkIndex
import BenchmarkTolerances
import CodeFind
import Foundation

/// The index the Open benchmarks share, made ready by each benchmark's setup.
let suiteIndex = SuiteIndex(suite: "open")

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

  Benchmark("OpenOnly", configuration: .init(setup: suiteIndex.prepare)) { benchmark in
    for _ in benchmark.scaledIterations {
      blackHole(try IndexReader(path: suiteIndex.path))
    }
  }

  Benchmark("OpenAndFirstCodeLookup", configuration: .init(setup: suiteIndex.prepare)) { benchmark in
    for _ in benchmark.scaledIterations {
      let index = try IndexReader(path: suiteIndex.path)
      guard let ordinal = index.ordinals(forKey: "E1140").first, let code = index.code(at: ordinal) else {
        fatalError("E11.40 is not in the index at \(suiteIndex.path)")
      }
      blackHole(code)
    }
  }
}
