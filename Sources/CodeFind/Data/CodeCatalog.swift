/// Every code set and terminology file of a data folder, imported into memory.
///
/// This is the whole model of the shipped data before any index exists: the CLI's `codesets` and
/// `show` read it directly, and the index builder turns it into the index file.
public struct CodeCatalog: Sendable {
  /// The code sets, ICD-10-CM first, then ICD-10-PCS, HCPCS and user-supplied sets.
  public let codeSets: [CodeSet]
  /// The files each code set was imported from, by system.
  public let sources: [CodeSystem.ID: String]

  /// Creates a catalog from code sets already imported.
  /// - Parameters:
  ///   - codeSets: The code sets.
  ///   - sources: The file each set came from.
  public init(codeSets: [CodeSet], sources: [CodeSystem.ID: String] = [:]) {
    self.codeSets = codeSets
    self.sources = sources
  }

  /// Imports every recognised file of a data folder.
  /// - Parameter directory: The data folder.
  /// - Throws: ``ImportError`` for the first file that cannot be imported, or when the folder has no
  ///   ICD-10-CM tabular file.
  public init(directory: DataDirectory) throws(ImportError) {
    guard let tabular = directory.newest(prefix: "icd10cm-tabular-", suffix: ".xml") else {
      throw ImportError(file: directory.path, expected: "an icd10cm-tabular-YYYY.xml file in the data folder")
    }
    let icd10cm = try ICD10CMTabularImporter().importFile(at: tabular)
    self.init(codeSets: [icd10cm], sources: [.icd10cm: tabular])
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
