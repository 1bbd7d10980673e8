import Foundation

/// The files of a data folder that CodeFind reads, resolved by name (the newest release of each
/// kind): what a catalog imports and what an index records as its sources.
public struct DataSources: Sendable, Hashable {
  /// The data folder.
  public let directory: DataDirectory
  /// The ICD-10-CM tabular XML.
  public let icd10cmTabular: String?
  /// The ICD-10-PCS code list.
  public let icd10pcsCodes: String?
  /// CodeFind's table of ICD-10-PCS section and body-system names.
  public let icd10pcsAxes: String?
  /// The HCPCS Level II fixed-width file.
  public let hcpcs: String?
  /// User-supplied delimited code sets (CPT, custom), in name order.
  public let delimitedCodeSets: [String]
  /// The ICD-10-PCS index entries.
  public let icd10pcsIndex: String?
  /// The medical abbreviations.
  public let abbreviations: String?
  /// The folder of CodeFind's own lexicon (`terminology/`).
  public let terminologyFolder: String
  /// The lexicon's files (synonyms, ordinary words) present in the terminology folder.
  public let terminologyFiles: [String]

  /// Resolves the files of a data folder.
  /// - Parameter directory: The data folder.
  public init(directory: DataDirectory) {
    self.directory = directory
    icd10cmTabular = directory.newest(prefix: "icd10cm-tabular-", suffix: ".xml")
    icd10pcsCodes = directory.newest(prefix: "icd10pcs-codes-", suffix: ".txt")
    icd10pcsAxes = directory.files(in: "terminology") { $0 == "icd10pcs-axes.tsv" }.first
    hcpcs = directory.newest(prefix: "HCPC", suffix: ".txt") ?? directory.newest(prefix: "hcpcs", suffix: ".txt")
    delimitedCodeSets = directory.files(in: "codesets") { $0.hasSuffix(".csv") || $0.hasSuffix(".tsv") }
    icd10pcsIndex = directory.newest(prefix: "icd10pcs-index", suffix: ".tsv")
    abbreviations = directory.newest(prefix: "medical-abbreviations", suffix: ".tsv")
    terminologyFolder = (directory.path as NSString).appendingPathComponent("terminology")
    terminologyFiles = directory.files(in: "terminology") {
      $0 == Lexicon.synonymsFileName || $0 == Lexicon.ordinaryWordsFileName
    }
  }

  /// Every source file, in a fixed order: the files an index built from this folder depends on.
  public var all: [String] {
    [icd10cmTabular, icd10pcsCodes, icd10pcsAxes, hcpcs].compactMap { $0 } + delimitedCodeSets
      + [icd10pcsIndex, abbreviations].compactMap { $0 } + terminologyFiles
  }
}
