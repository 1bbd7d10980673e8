import Benchmark
import CodeFind

/// Importing every shipped code set and terminology file into memory (no index).
let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal],
    warmupIterations: 1, scalingFactor: .one, maxDuration: .seconds(30), maxIterations: 10)

  Benchmark("Import all shipped data") { benchmark in
    let directory = try DataDirectory.locate()
    for _ in benchmark.scaledIterations {
      blackHole(try CodeCatalog(directory: directory))
    }
  }

  Benchmark("Import ICD-10-CM tabular XML") { benchmark in
    guard let file = try DataDirectory.locate().newest(prefix: "icd10cm-tabular-", suffix: ".xml") else { return }
    for _ in benchmark.scaledIterations {
      blackHole(try ICD10CMTabularImporter().importFile(at: file))
    }
  }
}
