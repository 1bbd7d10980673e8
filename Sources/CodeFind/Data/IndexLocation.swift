import Foundation

/// Where the index file of a data folder lives: a path the user named, or a file in the cache
/// folder named after the data folder, so that two data folders never share one index.
public struct IndexLocation: Sendable, Hashable {
  /// The environment variable that names the index file.
  public static let environmentVariable = "CODEFIND_INDEX"

  /// The index file's path.
  public let path: String
  /// Whether the user chose the path (`--index` or `CODEFIND_INDEX`) rather than CodeFind.
  public let isExplicit: Bool

  /// Picks the index file for a data folder: `explicitPath` if given, else `$CODEFIND_INDEX`, else
  /// `$XDG_CACHE_HOME/codefind/` (or `~/.cache/codefind/`) plus a name derived from the data folder.
  /// - Parameters:
  ///   - explicitPath: A path the user named (`--index`), if any.
  ///   - data: The data folder the index is built from.
  public init(explicitPath: String? = nil, data: DataDirectory) {
    let environment = ProcessInfo.processInfo.environment
    if let explicitPath, !explicitPath.isEmpty {
      path = explicitPath
      isExplicit = true
    } else if let fromEnvironment = environment[Self.environmentVariable], !fromEnvironment.isEmpty {
      path = fromEnvironment
      isExplicit = true
    } else {
      let cache = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
        ?? (NSHomeDirectory() as NSString).appendingPathComponent(".cache")
      let dataPath = URL(fileURLWithPath: data.path).standardizedFileURL.path
      let name = "index-" + Self.hexDigest(of: dataPath) + ".cfidx"
      path = ((cache as NSString).appendingPathComponent("codefind") as NSString).appendingPathComponent(name)
      isExplicit = false
    }
  }

  /// The folder that holds the index file.
  public var directory: String { (path as NSString).deletingLastPathComponent }

  /// A short, stable FNV-1a digest of a path, in hexadecimal.
  private static func hexDigest(of text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01B3
    }
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
