import CodeFind
import Foundation
import Testing

/// Where the text tests find their files, and the shipped lexicon loaded once for all of them.
enum TextTestData {
  /// The path of a fixture under `Fixtures/Text` (`"Malformed"`, `"bad-kind.tsv"`).
  /// - Parameter relative: The path inside `Fixtures/Text`.
  static func fixture(_ relative: String) throws -> String {
    let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    return folder.appendingPathComponent("Text").appendingPathComponent(relative).path
  }

  /// The repository's `data/` folder.
  static let dataFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("data")

  /// The shipped abbreviations.
  static let abbreviations: [Abbreviation] = {
    do {
      return try AbbreviationImporter().importFile(
        at: dataFolder.appendingPathComponent("medical-abbreviations.tsv").path)
    } catch {
      preconditionFailure("the shipped abbreviations must import: \(error)")
    }
  }()

  /// The lexicon of the shipped `data/terminology` and abbreviations.
  static let lexicon: Lexicon = {
    do {
      return try Lexicon.load(
        folder: dataFolder.appendingPathComponent("terminology").path, abbreviations: abbreviations)
    } catch {
      preconditionFailure("the shipped terminology must load: \(error)")
    }
  }()
}
