// swift-tools-version: 6.1
// CodeFind's package-benchmark suites, one executable target per phase under Benchmarks/.
// Run from this folder: swift package --allow-writing-to-package-directory benchmark
import PackageDescription

let package = Package(
  name: "CodeFindBenchmarks",
  platforms: [.macOS(.v14)],
  dependencies: [
    .package(name: "CodeFind", path: ".."),
    .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
  ],
  targets: [
    // The tolerances every suite gives its static thresholds (allocations and peak memory, for CI).
    .target(
      name: "BenchmarkTolerances",
      dependencies: [.product(name: "Benchmark", package: "benchmark")]
    ),
    // The index of the shipped data each suite builds once in a folder of its own and then reuses.
    .target(
      name: "BenchmarkIndex",
      dependencies: [.product(name: "CodeFind", package: "CodeFind")]
    ),
    .executableTarget(
      name: "Import",
      dependencies: [
        .product(name: "CodeFind", package: "CodeFind"),
        .product(name: "Benchmark", package: "benchmark"),
        "BenchmarkTolerances",
      ],
      path: "Benchmarks/Import",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    .executableTarget(
      name: "Build",
      dependencies: [
        .product(name: "CodeFind", package: "CodeFind"),
        .product(name: "Benchmark", package: "benchmark"),
        "BenchmarkTolerances",
      ],
      path: "Benchmarks/Build",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    .executableTarget(
      name: "Open",
      dependencies: [
        .product(name: "CodeFind", package: "CodeFind"),
        .product(name: "Benchmark", package: "benchmark"),
        "BenchmarkTolerances",
        "BenchmarkIndex",
      ],
      path: "Benchmarks/Open",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    .executableTarget(
      name: "Lookup",
      dependencies: [
        .product(name: "CodeFind", package: "CodeFind"),
        .product(name: "Benchmark", package: "benchmark"),
        "BenchmarkTolerances",
        "BenchmarkIndex",
      ],
      path: "Benchmarks/Lookup",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    .executableTarget(
      name: "Validate",
      dependencies: [
        .product(name: "CodeFind", package: "CodeFind"),
        .product(name: "Benchmark", package: "benchmark"),
        "BenchmarkTolerances",
        "BenchmarkIndex",
      ],
      path: "Benchmarks/Validate",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    .executableTarget(
      name: "Serve",
      dependencies: [
        .product(name: "CodeFind", package: "CodeFind"),
        .product(name: "CodeFindServer", package: "CodeFind"),
        .product(name: "Benchmark", package: "benchmark"),
        "BenchmarkTolerances",
        "BenchmarkIndex",
      ],
      path: "Benchmarks/Serve",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    .executableTarget(
      name: "Suggest",
      dependencies: [
        .product(name: "CodeFind", package: "CodeFind"),
        .product(name: "Benchmark", package: "benchmark"),
        "BenchmarkTolerances",
        "BenchmarkIndex",
      ],
      path: "Benchmarks/Suggest",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
  ]
)
