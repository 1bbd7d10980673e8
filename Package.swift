// swift-tools-version: 6.1
// CodeFind: offline, instant medical-code lookup (ICD-10-CM, ICD-10-PCS, HCPCS, user-supplied CPT).
import PackageDescription

let package = Package(
  name: "CodeFind",
  platforms: [.macOS(.v14)],
  products: [
    .library(name: "CodeFind", targets: ["CodeFind"]),
    .executable(name: "codefind", targets: ["codefind"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
  ],
  targets: [
    // The few ICU calls CodeFind needs, behind a header with plain C types only: Foundation on
    // Linux carries its own ICU module and the two clash inside one Swift module (design.md).
    .target(
      name: "CICU",
      linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
    ),
    .target(
      name: "CodeFind",
      dependencies: ["CICU"],
      exclude: ["Index/FORMAT.md"]
    ),
    .executableTarget(
      name: "codefind",
      dependencies: [
        "CodeFind",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "CodeFindTests",
      dependencies: ["CodeFind"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "CodeFindEndToEndTests",
      dependencies: ["codefind"]
    ),
  ]
)
