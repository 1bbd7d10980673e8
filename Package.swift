// swift-tools-version: 6.1
// CodeFind: offline, instant medical-code lookup (ICD-10-CM, ICD-10-PCS, HCPCS, user-supplied CPT).
import PackageDescription

let package = Package(
  name: "CodeFind",
  platforms: [.macOS(.v14)],
  products: [
    .library(name: "CodeFind", targets: ["CodeFind"]),
    // The server behind `codefind serve`, for apps that embed it (and the Serve benchmarks).
    .library(name: "CodeFindServer", targets: ["CodeFindServer", "CodeFindProtocol"]),
    .executable(name: "codefind", targets: ["codefind"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    // `codefind bench`: HdrHistogram records latencies with 3 significant digits in fixed memory
    // whatever their range (µs in-process to ms per process), the same histogram package-benchmark uses.
    .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", from: "0.2.0"),
  ],
  targets: [
    // The few ICU calls CodeFind needs, behind a header with plain C types only: Foundation on
    // Linux carries its own ICU module and the two clash inside one Swift module (design.md).
    .target(
      name: "CICU",
      linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
    ),
    // A cache prefetch hint, which Swift lacks: the index reader fetches the records of a batch of
    // lookup candidates at once so that their cache misses overlap.
    .target(name: "CPrefetch"),
    .target(
      name: "CodeFind",
      dependencies: ["CICU", "CPrefetch"],
      exclude: ["Index/FORMAT.md"]
    ),
    // JSON-RPC 2.0 and LSP messages and framing; knows nothing of codes (design.md).
    .target(name: "CodeFindProtocol"),
    // `codefind serve`: requests mapped to library calls, LSP documents and diagnostics.
    .target(
      name: "CodeFindServer",
      dependencies: ["CodeFind", "CodeFindProtocol"]
    ),
    // Latency and memory measurement for `codefind bench`: query sets, lookup targets (in-process,
    // one process per query), percentiles and peak memory. Kept out of CodeFind so that the library
    // users import does not carry the histogram dependency.
    .target(
      name: "CodeFindBench",
      dependencies: [
        "CodeFind",
        .product(name: "Histogram", package: "hdrhistogram-swift"),
      ]
    ),
    .executableTarget(
      name: "codefind",
      dependencies: [
        "CodeFind",
        "CodeFindServer",
        "CodeFindBench",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // What several test targets share: the shipped index, built once in memory, and a small data folder.
    .target(
      name: "CodeFindTestSupport",
      dependencies: ["CodeFind", "CodeFindProtocol"],
      path: "Tests/CodeFindTestSupport"
    ),
    .testTarget(
      name: "CodeFindTests",
      dependencies: ["CodeFind", "CodeFindTestSupport"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "CodeFindEndToEndTests",
      dependencies: ["codefind", "CodeFindProtocol", "CodeFindTestSupport"]
    ),
    .testTarget(
      name: "CodeFindProtocolTests",
      dependencies: ["CodeFindProtocol"]
    ),
    .testTarget(
      name: "CodeFindServerTests",
      dependencies: ["CodeFindServer", "CodeFindProtocol", "CodeFindTestSupport"]
    ),
  ]
)
