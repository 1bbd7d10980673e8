import Foundation

/// A fresh folder under the system's temporary folder, removed with everything in it by
/// ``remove()``.
struct TemporaryFolder {
  /// The folder's path.
  let path: String

  /// Creates a new, empty folder.
  /// - Parameter label: A word for the folder's name, to tell test folders apart.
  init(_ label: String) throws {
    path = (NSTemporaryDirectory() as NSString).appendingPathComponent("codefind-\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// The path of `name` inside the folder.
  func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

  /// Deletes the folder and its contents.
  func remove() { try? FileManager.default.removeItem(atPath: path) }
}
