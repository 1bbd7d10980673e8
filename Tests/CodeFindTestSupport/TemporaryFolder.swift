import Foundation

/// A fresh folder under the system's temporary folder, removed with everything in it by
/// ``remove()``.
public struct TemporaryFolder: Sendable {
  /// The folder's path.
  public let path: String

  /// The folder as a file URL.
  public var url: URL { URL(fileURLWithPath: path, isDirectory: true) }

  /// Creates a new, empty folder.
  /// - Parameter label: A word for the folder's name, to tell test folders apart.
  /// - Throws: When the folder cannot be created.
  public init(_ label: String) throws {
    path = (NSTemporaryDirectory() as NSString).appendingPathComponent("codefind-\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// The path of `name` inside the folder.
  /// - Parameter name: A file name (or a relative path).
  public func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

  /// Deletes the folder and its contents.
  public func remove() { try? FileManager.default.removeItem(atPath: path) }
}
