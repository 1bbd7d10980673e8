import CodeFind
import Foundation

/// Fuzz targets for the importers: any bytes as a source file. An import either fails with an
/// ``ImportError`` that names the file and what was expected, or gives code sets whose promises
/// hold (``CodeSetCheck``).
enum ImporterTargets {
  /// The shipped ICD-10-PCS axis titles, read on first use, so that the code list importer titles
  /// its headers as it does for the shipped data.
  private static let axisTitles: PCSAxisTitles = {
    do {
      let data = try DataDirectory.locate()
      return try PCSAxisTitles(contentsOf: (data.path as NSString).appendingPathComponent("terminology/icd10pcs-axes.tsv"))
    } catch {
      fatalError("the pcs-codes target needs the shipped axis titles: \(error)")
    }
  }()

  /// Reads the axis titles.
  static func prepare() { _ = axisTitles }

  /// Imports the input with the importer of `target`.
  /// - Parameters:
  ///   - target: An importer target.
  ///   - bytes: The file's bytes.
  static func run(_ target: FuzzTarget, _ bytes: [UInt8]) {
    let data = Data(bytes)
    switch target {
    case .icd10cmXML:
      check(file: "icd10cm-tabular-2030.xml") { file throws(ImportError) in [try ICD10CMTabularImporter().importData(data, file: file)] }
    case .pcsCodes:
      check(file: "icd10pcs-codes-2030.txt") { file throws(ImportError) in
        [try ICD10PCSCodeListImporter(axisTitles: axisTitles).importData(data, file: file)]
      }
    case .pcsIndex:
      check(file: "icd10pcs-index.tsv") { file throws(ImportError) in
        for term in try PCSIndexImporter().importData(data, file: file) {
          FuzzCheck.expect(!term.term.isEmpty, "an index term without text")
          FuzzCheck.expect(term.target.map { CodeKey.canonical($0) == $0 } ?? true, "index term target \(term.target ?? "")")
        }
        return []
      }
    case .abbreviations:
      check(file: "medical-abbreviations.tsv") { file throws(ImportError) in
        for abbreviation in try AbbreviationImporter().importData(data, file: file) {
          FuzzCheck.expect(
            !abbreviation.abbreviation.isEmpty && !abbreviation.expansions.isEmpty && !abbreviation.expansions.contains(""),
            "an empty abbreviation or expansion")
        }
        return []
      }
    case .hcpcs:
      check(file: "HCPC2030_JAN_ANWEB.txt") { file throws(ImportError) in [try HCPCSImporter().importData(data, file: file)] }
    case .delimited:
      for file in ["cpt-2030.csv", "custom-2030.tsv"] {
        check(file: file) { file throws(ImportError) in try DelimitedCodeSetImporter().importData(data, file: file) }
      }
    case .analyzer, .codekey, .lookup, .validate, .index, .protocol:
      preconditionFailure("\(target.rawValue) is not an importer target")
    }
  }

  /// Runs one import and checks its outcome.
  /// - Parameters:
  ///   - file: The file name the importer is given (it picks the format, system and version).
  ///   - body: The import.
  private static func check(file: String, _ body: (String) throws(ImportError) -> [CodeSet]) {
    do {
      for set in try body(file) { CodeSetCheck.expectValid(set) }
    } catch {
      FuzzCheck.expect(error.file == file && !error.expected.isEmpty, "error without file or expectation: \(error)")
    }
  }
}

/// The promises of an imported code set.
enum CodeSetCheck {
  /// Checks that every code has a canonical key of its own system, that its display spelling has
  /// that key, that keys are unique, and that parents and children name codes of the set.
  /// - Parameter set: An imported code set.
  static func expectValid(_ set: CodeSet) {
    var keys: Set<String> = []
    for code in set.codes {
      FuzzCheck.expect(code.system == set.system.id, "code \(code.key) of \(code.system.rawValue) in \(set.system.id.rawValue)")
      FuzzCheck.expect(CodeKey.canonical(code.key) == code.key, "key \(code.key) is not canonical")
      FuzzCheck.expect(CodeKey.canonical(code.display) == code.key, "display \(code.display) of \(code.key)")
      FuzzCheck.expect(keys.insert(code.key).inserted, "key \(code.key) twice")
    }
    for code in set.codes {
      FuzzCheck.expect(code.parent.map(keys.contains) ?? true, "parent \(code.parent ?? "") of \(code.key) is missing")
      FuzzCheck.expect(code.children.allSatisfy(keys.contains), "a child of \(code.key) is missing")
    }
  }
}
