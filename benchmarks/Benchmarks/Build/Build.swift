import Benchmark
import BenchmarkTolerances
import CodeFind
import Foundation

/// The size of the index file each build wrote, in bytes (the same value every iteration unless the
/// data or the writer changed).
let indexFileSize = BenchmarkMetric.custom("Index file size (bytes)", polarity: .prefersSmaller, useScalingFactor: false)

/// Building the index file from the shipped data: importing, analyzing, writing (atomically, synced).
let benchmarks: @Sendable () -> Void = {
  let metrics = suiteMetrics([.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal, indexFileSize])
  Benchmark.defaultConfiguration = .init(
    metrics: metrics,
    units: [indexFileSize: .kilo],
    warmupIterations: 1, scalingFactor: .one, maxDuration: .seconds(60), maxIterations: 5,
    thresholds: ciTolerances(for: metrics))

  Benchmark("BuildIndexFromShippedData") { benchmark in
    let sources = DataSources(directory: try DataDirectory.locate())
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("codefind-bench-build-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("index.cfidx").path
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      try IndexBuilder().build(sources, to: path)
    }
    benchmark.stopMeasurement()
    let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
    benchmark.measurement(indexFileSize, size)
  }
}
