import Foundation

/// The folder of code-set and terminology files CodeFind reads: the shipped `data/` or a user's own.
///
/// Files are recognised by name, so that a newer official release dropped in beside the old one is
/// picked up (the newest release of each system wins):
/// - `icd10cm-tabular-YYYY.xml` — ICD-10-CM Tabular List (XML);
/// - `icd10pcs-codes-YYYY.txt` — ICD-10-PCS code list (official fixed format);
/// - `icd10pcs-index*.tsv` — ICD-10-PCS index entries;
/// - `medical-abbreviations*.tsv` — abbreviations and their expansions;
/// - `HCPC*.txt` or `hcpcs*.txt` — HCPCS Level II in CMS's fixed-width record layout;
/// - `codesets/*.csv` or `codesets/*.tsv` — CPT or custom code sets in the delimited format;
/// - `terminology/` — CodeFind's own lexicon (synonyms, lay terms, eponyms).
public struct DataDirectory: Sendable, Hashable {
  /// The environment variable that points CodeFind at a data folder.
  public static let environmentVariable = "CODEFIND_DATA"

  /// The folder's path.
  public let path: String

  /// Uses the folder at `path` as it is.
  /// - Parameter path: A folder of data files.
  public init(path: String) { self.path = path }

  /// Finds the data folder: `explicitPath` if given, else `$CODEFIND_DATA`, else the `data/` folder
  /// of the installation or build the running program came from, else the source checkout's.
  /// - Parameter explicitPath: A folder the user named (`--data`), if any.
  /// - Throws: ``DataDirectoryError`` listing every place it looked.
  public static func locate(explicitPath: String? = nil) throws(DataDirectoryError) -> DataDirectory {
    var looked: [String] = []
    if let explicitPath {
      let directory = DataDirectory(path: explicitPath)
      guard directory.exists else { throw DataDirectoryError(looked: [explicitPath], named: true) }
      return directory
    }
    if let fromEnvironment = ProcessInfo.processInfo.environment[environmentVariable], !fromEnvironment.isEmpty {
      let directory = DataDirectory(path: fromEnvironment)
      guard directory.exists else { throw DataDirectoryError(looked: [fromEnvironment], named: true) }
      return directory
    }
    for candidate in candidates() {
      looked.append(candidate)
      let directory = DataDirectory(path: candidate)
      if directory.hasCodeSets { return directory }
    }
    throw DataDirectoryError(looked: looked, named: false)
  }

  /// Candidate folders beside the executable (`…/share/codefind/data`, and the `data/` of a checkout
  /// whose `.build` holds it), then the checkout this library was compiled from.
  private static func candidates() -> [String] {
    var result: [String] = []
    let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
    let procExecutable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    for start in [procExecutable, executable] {
      var folder = start.deletingLastPathComponent()
      result.append(folder.appendingPathComponent("../share/codefind/data").standardized.path)
      for _ in 0..<5 {
        result.append(folder.appendingPathComponent("data").path)
        folder = folder.deletingLastPathComponent()
      }
    }
    let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    result.append(checkout.appendingPathComponent("data").path)
    var seen: Set<String> = []
    return result.filter { seen.insert($0).inserted }
  }

  private var exists: Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
  }

  private var hasCodeSets: Bool { exists && !files(matching: { $0.hasPrefix("icd10cm-tabular-") && $0.hasSuffix(".xml") }).isEmpty }

  /// The full paths of the folder's files (or of `subfolder`'s) whose names satisfy `predicate`,
  /// sorted by name.
  /// - Parameters:
  ///   - subfolder: A folder inside this one, or `nil` for this one.
  ///   - predicate: A test on the file name.
  public func files(in subfolder: String? = nil, matching predicate: (String) -> Bool) -> [String] {
    let folder = subfolder.map { (path as NSString).appendingPathComponent($0) } ?? path
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter(predicate).sorted().map { (folder as NSString).appendingPathComponent($0) }
  }

  /// The newest file of a release family: the one whose name sorts last among those with `prefix`
  /// and `suffix` (release years are in the names).
  /// - Parameters:
  ///   - prefix: The start of the name, for example `"icd10cm-tabular-"`.
  ///   - suffix: The end of the name, for example `".xml"`.
  public func newest(prefix: String, suffix: String) -> String? {
    files { $0.hasPrefix(prefix) && $0.hasSuffix(suffix) }.last
  }
}

/// No data folder was found, or the one named does not exist.
public struct DataDirectoryError: Error, Sendable, CustomStringConvertible {
  /// The folders looked in, in order.
  public var looked: [String]
  /// Whether the user named the folder (with `--data` or `CODEFIND_DATA`).
  public var named: Bool

  public var description: String {
    if named, let folder = looked.first {
      return "the data folder \(folder) does not exist. Point --data or \(DataDirectory.environmentVariable) at a folder holding icd10cm-tabular-YYYY.xml and the other code-set files."
    }
    return "cannot find CodeFind's data folder (icd10cm-tabular-YYYY.xml and the other code-set files). Looked in:\n"
      + looked.map { "  \($0)" }.joined(separator: "\n")
      + "\nPass --data DIR or set \(DataDirectory.environmentVariable)=DIR."
  }
}
