// swift-tools-version: 6.1
// CodeFind's libFuzzer harness: one executable whose first argument names the fuzz target
// (analyzer, codekey, lookup, validate, index, protocol, importers). A nested package, so that the root package's
// `swift build` and `swift test` never build it. Build and run it with fuzz/run.sh.
import PackageDescription

let package = Package(
  name: "CodeFindFuzz",
  platforms: [.macOS(.v14)],
  dependencies: [
    .package(name: "CodeFind", path: ".."),
  ],
  targets: [
    // libFuzzer's driver function, declared for Swift.
    .target(name: "CFuzzerDriver", path: "Sources/CFuzzerDriver"),
    .executableTarget(
      name: "CodeFindFuzz",
      dependencies: [
        "CFuzzerDriver", .product(name: "CodeFind", package: "CodeFind"),
        .product(name: "CodeFindServer", package: "CodeFind"),
      ],
      path: "Sources/CodeFindFuzz",
      // ld.gold stops with an internal error (format_file_lineno) on this libFuzzer and ASan
      // binary; the toolchain's lld links it.
      linkerSettings: [.unsafeFlags(["-use-ld=lld"])]
    ),
  ]
)
