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
    try self.init(sources: DataSources(directory: directory))
  }

  /// Imports the files of a data folder, resolved.
  /// - Parameter sources: The files to import.
  /// - Throws: ``ImportError`` for the first file that cannot be imported, when there is no ICD-10-CM
  ///   tabular file, or when two files define the same code system.
  public init(sources files: DataSources) throws(ImportError) {
    guard let tabular = files.icd10cmTabular else {
      throw ImportError(file: files.directory.path, expected: "an icd10cm-tabular-YYYY.xml file in the data folder")
    }
    var sets = [try ICD10CMTabularImporter().importFile(at: tabular)]
    var sources: [CodeSystem.ID: String] = [.icd10cm: tabular]
    if let pcs = files.icd10pcsCodes {
      let axes = try files.icd10pcsAxes.map { path throws(ImportError) in try PCSAxisTitles(contentsOf: path) }
      sets.append(try ICD10PCSCodeListImporter(axisTitles: axes).importFile(at: pcs))
      sources[.icd10pcs] = pcs
    }
    if let hcpcs = files.hcpcs {
      sets.append(try HCPCSImporter().importFile(at: hcpcs))
      sources[.hcpcs] = hcpcs
    }
    for file in files.delimitedCodeSets {
      for set in try DelimitedCodeSetImporter().importFile(at: file) {
        if let earlier = sources[set.system.id] {
          throw ImportError(
            file: file, expected: "a code system not already defined by another file",
            found: "\(set.system.id), already read from \(earlier)")
        }
        sets.append(set)
        sources[set.system.id] = file
      }
    }
    let indexTerms = try files.icd10pcsIndex.map { path throws(ImportError) in try PCSIndexImporter().importFile(at: path) }
    let abbreviations = try files.abbreviations.map { path throws(ImportError) in
      try AbbreviationImporter().importFile(at: path)
    }
    self.init(
      codeSets: sets, indexTerms: indexTerms ?? [], abbreviations: abbreviations ?? [], sources: sources,
      sourceFiles: files.all)
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
