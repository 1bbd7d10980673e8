import Foundation

/// The text a command reads: a file, or standard input. One place for the checks that `suggest`
/// (the record) and `validate --file` (the claims) make before they read anything.
enum TextInput {
  /// Where the text comes from.
  enum Source {
    /// A file at a path.
    case file(String)
    /// Standard input, to its end.
    case standardInput
  }

  /// Why the text cannot be read.
  enum Problem: Error {
    /// No file at the path.
    case noSuchFile
    /// The path names a folder.
    case folder
    /// The file exists but cannot be read.
    case unreadable
    /// The bytes are not UTF-8.
    case notUTF8

    /// What is wrong, as the second half of "cannot read …: it is a folder".
    var reason: String {
      switch self {
      case .noSuchFile: "there is no such file"
      case .folder: "it is a folder"
      case .unreadable: "it cannot be read (check its permissions)"
      case .notUTF8: "it is not UTF-8 text"
      }
    }
  }

  /// The whole text of a source, checked to be UTF-8, without the byte order mark an editor may
  /// have put at its start.
  /// - Throws: The ``Problem`` that keeps it from being read.
  static func read(_ source: Source) throws(Problem) -> String {
    let data: Data
    switch source {
    case .standardInput:
      data = FileHandle.standardInput.readDataToEndOfFile()
    case .file(let path):
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw .noSuchFile }
      guard !isFolder.boolValue else { throw .folder }
      guard let contents = FileManager.default.contents(atPath: path) else { throw .unreadable }
      data = contents
    }
    guard let text = String(data: data, encoding: .utf8) else { throw .notUTF8 }
    return text
  }
}
