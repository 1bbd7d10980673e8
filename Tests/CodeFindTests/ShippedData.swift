import CodeFind

/// The shipped data folder's code sets, imported once for every test that reads them.
enum ShippedData {
  /// The catalog of the repository's `data/` folder.
  static let catalog: CodeCatalog = {
    do {
      return try CodeCatalog(directory: DataDirectory.locate())
    } catch {
      preconditionFailure("the shipped data must import: \(error)")
    }
  }()

  /// The shipped ICD-10-CM code set.
  static var icd10cm: CodeSet {
    guard let set = catalog.codeSet(.icd10cm) else { preconditionFailure("the shipped data has ICD-10-CM") }
    return set
  }
}
