import Foundation

/// A data folder that builds an index in a fraction of a second: a short ICD-10-CM file (E11,
/// E11.9) and the shipped terminology. For tests of how indexes are built, stored and replaced,
/// which behave the same whatever the data.
public enum SmallDataFolder {
  /// The repository's shipped `data/` folder.
  public static let shippedData = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("data")

  /// Writes the folder as `data` inside `folder`.
  /// - Parameter folder: An existing folder.
  /// - Returns: The new data folder's path.
  /// - Throws: When it cannot be written.
  public static func create(in folder: URL) throws -> String {
    let data = folder.appendingPathComponent("data")
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    let xml = """
      <?xml version="1.0" encoding="utf-8"?>
      <ICD10CM.tabular><version>2026</version>
      <chapter><name>4</name><desc>Endocrine, nutritional and metabolic diseases (E00-E89)</desc>
      <section id="E08-E13"><desc>Diabetes mellitus</desc>
      <diag><name>E11</name><desc>Type 2 diabetes mellitus</desc>
      <diag><name>E11.9</name><desc>Type 2 diabetes mellitus without complications</desc></diag>
      </diag></section></chapter></ICD10CM.tabular>
      """
    try Data(xml.utf8).write(to: data.appendingPathComponent("icd10cm-tabular-2026.xml"))
    try FileManager.default.copyItem(
      at: shippedData.appendingPathComponent("terminology"), to: data.appendingPathComponent("terminology"))
    return data.path
  }
}
