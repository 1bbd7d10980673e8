import Benchmark
import BenchmarkTolerances
import CodeFind

/// Importing every shipped code set and terminology file into memory (no index).
let benchmarks: @Sendable () -> Void = {
  let metrics = suiteMetrics([.wallClock, .peakMemoryResident, .mallocCountTotal])
  Benchmark.defaultConfiguration = .init(
    metrics: metrics,
    warmupIterations: 1, scalingFactor: .one, maxDuration: .seconds(30), maxIterations: 10,
    thresholds: ciTolerances(for: metrics))

  Benchmark("ImportAllShippedData") { benchmark in
    let directory = try DataDirectory.locate()
    for _ in benchmark.scaledIterations {
      blackHole(try CodeCatalog(directory: directory))
    }
  }

  Benchmark("ImportICD10CMTabularXML") { benchmark in
    guard let file = try DataDirectory.locate().newest(prefix: "icd10cm-tabular-", suffix: ".xml") else { return }
    for _ in benchmark.scaledIterations {
      blackHole(try ICD10CMTabularImporter().importFile(at: file))
    }
  }
}
