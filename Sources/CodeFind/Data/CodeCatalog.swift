/// Every code set and terminology file of a data folder, imported into memory.
///
/// This is the whole model of the data before any index exists: `codefind codesets` and `show` can
/// read it directly, and the index builder turns it into the index file.
public struct CodeCatalog: Sendable {
  /// The code sets: ICD-10-CM, ICD-10-PCS, HCPCS, then user-supplied sets, as present.
  public let codeSets: [CodeSet]
  /// The alphabetic-index entries (the ICD-10-PCS index).
  public let indexTerms: [IndexTerm]
  /// The medical abbreviations.
  public let abbreviations: [Abbreviation]
  /// Every file the catalog was imported from, in import order.
  public let sourceFiles: [String]
  /// The file each code set was imported from, by system.
  public let sources: [CodeSystem.ID: String]

  /// Creates a catalog from what was already imported.
  /// - Parameters:
  ///   - codeSets: The code sets.
  ///   - indexTerms: Alphabetic-index entries.
  ///   - abbreviations: Abbreviations.
  ///   - sources: The file each set came from.
  ///   - sourceFiles: Every file imported.
  public init(
    codeSets: [CodeSet], indexTerms: [IndexTerm] = [], abbreviations: [Abbreviation] = [],
    sources: [CodeSystem.ID: String] = [:], sourceFiles: [String] = []
  ) {
    self.codeSets = codeSets
    self.indexTerms = indexTerms
    self.abbreviations = abbreviations
    self.sources = sources
    self.sourceFiles = sourceFiles
  }

  /// Imports every recognised file of a data folder (see ``DataDirectory`` for the names).
  /// - Parameter directory: The data folder.
  /// - Throws: ``ImportError`` for the first file that cannot be imported, when the folder has no
  ///   ICD-10-CM tabular file, or when two files define the same code system.
  public init(directory: DataDirectory) throws(ImportError) {
    var files = DataFiles(directory: directory)
    guard let tabular = files.newest(prefix: "icd10cm-tabular-", suffix: ".xml") else {
      throw ImportError(file: directory.path, expected: "an icd10cm-tabular-YYYY.xml file in the data folder")
    }
    var sets = [files.record(try ICD10CMTabularImporter().importFile(at: tabular), from: tabular)]
    if let pcs = files.newest(prefix: "icd10pcs-codes-", suffix: ".txt") {
      let axesFile = files.terminology("icd10pcs-axes.tsv")
      let axes = try axesFile.map { path throws(ImportError) in try PCSAxisTitles(contentsOf: path) }
      if let axesFile { files.imported.append(axesFile) }
      sets.append(files.record(try ICD10PCSCodeListImporter(axisTitles: axes).importFile(at: pcs), from: pcs))
    }
    if let hcpcs = files.newest(prefix: "HCPC", suffix: ".txt") ?? files.newest(prefix: "hcpcs", suffix: ".txt") {
      sets.append(files.record(try HCPCSImporter().importFile(at: hcpcs), from: hcpcs))
    }
    for file in directory.files(in: "codesets", matching: { $0.hasSuffix(".csv") || $0.hasSuffix(".tsv") }) {
      for set in try DelimitedCodeSetImporter().importFile(at: file) {
        if let earlier = sets.first(where: { $0.system.id == set.system.id }) {
          throw ImportError(
            file: file, expected: "a code system not already defined by another file",
            found: "\(set.system.id), already read from \(files.sources[earlier.system.id] ?? "another file")")
        }
        sets.append(files.record(set, from: file))
      }
    }
    var indexTerms: [IndexTerm] = []
    if let index = files.newest(prefix: "icd10pcs-index", suffix: ".tsv") {
      indexTerms = try PCSIndexImporter().importFile(at: index)
      files.imported.append(index)
    }
    var abbreviations: [Abbreviation] = []
    if let file = files.newest(prefix: "medical-abbreviations", suffix: ".tsv") {
      abbreviations = try AbbreviationImporter().importFile(at: file)
      files.imported.append(file)
    }
    self.init(
      codeSets: sets, indexTerms: indexTerms, abbreviations: abbreviations, sources: files.sources,
      sourceFiles: files.imported)
  }

  /// The code set of a system, if the catalog has it.
  /// - Parameter system: The system's identifier.
  public func codeSet(_ system: CodeSystem.ID) -> CodeSet? {
    codeSets.first { $0.system.id == system }
  }

  /// Every code with this spelling, one per system that has it (the same string can be a code in
  /// two systems).
  /// - Parameter spelling: A code in any common spelling.
  /// - Returns: Pairs of code set and code, in catalog order.
  public func codes(_ spelling: String) -> [(codeSet: CodeSet, code: Code)] {
    codeSets.compactMap { set in set.code(spelling).map { (set, $0) } }
  }
}

/// The bookkeeping of one catalog import: which files were read, and for which system.
private struct DataFiles {
  let directory: DataDirectory
  var imported: [String] = []
  var sources: [CodeSystem.ID: String] = [:]

  init(directory: DataDirectory) { self.directory = directory }

  func newest(prefix: String, suffix: String) -> String? { directory.newest(prefix: prefix, suffix: suffix) }

  func terminology(_ name: String) -> String? { directory.files(in: "terminology") { $0 == name }.first }

  mutating func record(_ set: CodeSet, from file: String) -> CodeSet {
    imported.append(file)
    sources[set.system.id] = file
    return set
  }
}
