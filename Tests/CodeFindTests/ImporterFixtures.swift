import Foundation
import Testing

/// Where the importer tests find their files: the fixtures copied into the test bundle, and the
/// repository's shipped `data/` folder.
enum ImporterFixtures {
  /// The path of a fixture, relative to the `Fixtures` folder (`"HCPCS/truncated.txt"`).
  /// - Parameter relative: The fixture's path inside `Fixtures`.
  static func path(_ relative: String) throws -> String {
    let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    return folder.appendingPathComponent(relative).path
  }

  /// The path of a file in the repository's `data/` folder (`"icd10pcs-codes-2024.txt"`).
  /// - Parameter name: The file's path inside `data`.
  static func dataFile(_ name: String) -> String {
    URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent()
      .deletingLastPathComponent()
      .deletingLastPathComponent()
      .appendingPathComponent("data")
      .appendingPathComponent(name)
      .path
  }
}
