import Foundation

/// One line of a text file: its 1-based number and its bytes, without the line terminator.
public struct TextLine: Sendable {
  /// The 1-based line number.
  public let number: Int
  /// The line's bytes: valid UTF-8, without the `\n` or `\r\n` that ended it.
  public let bytes: ArraySlice<UInt8>

  /// The line as a string.
  /// - Complexity: O(*n*) in the length of the line.
  public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// Reads a text file as strict UTF-8, line by line: the one place the text-format importers share
/// for file access, encoding checks and line splitting.
///
/// A UTF-8 byte order mark at the start is skipped; lines end with `\n` or `\r\n` (the `\r` is
/// dropped); a final line without a terminator is still a line, and a file ending in a terminator has
/// no empty last line. Bytes that are not UTF-8 (a Latin-1 or Windows-1252 export, for instance)
/// fail with an ``ImportError`` naming the line and column.
public struct TextFileReader: Sendable {
  /// The file's name as used in error messages.
  public let file: String
  private let bytes: [UInt8]

  /// Reads the whole file at `path`.
  /// - Parameter path: The file's path.
  /// - Throws: ``ImportError`` when the file does not exist, is a directory, or cannot be read.
  /// - Complexity: O(*n*) in the size of the file.
  public init(contentsOf path: String) throws(ImportError) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw ImportError(file: path, expected: "an existing file (check the path)", found: "no such file")
    }
    guard !isDirectory.boolValue else {
      throw ImportError(file: path, expected: "a file", found: "a directory")
    }
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw ImportError(
        file: path, expected: "a readable file (check its permissions)", found: error.localizedDescription)
    }
    self.init(data: data, file: path)
  }

  /// Wraps bytes already in memory.
  /// - Parameters:
  ///   - data: The file's bytes.
  ///   - file: The name to use in error messages.
  public init(data: Data, file: String) {
    self.file = file
    self.bytes = [UInt8](data)
  }

  /// Calls `body` with every line of the file, in order.
  ///
  /// - Parameter body: Called once per line; an error it throws stops the reading and is rethrown.
  /// - Throws: ``ImportError`` when a line is not valid UTF-8 (naming the line and the column of the
  ///   first bad byte), or whatever `body` throws.
  /// - Complexity: O(*n*) in the size of the file; ASCII lines take a fast path.
  public func forEachLine(_ body: (TextLine) throws(ImportError) -> Void) throws(ImportError) {
    var start = Self.contentStart(of: bytes)
    var number = 0
    while start < bytes.count {
      number += 1
      let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
      var end = newline
      if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
      let line = bytes[start..<end]
      try validateUTF8(line, number: number)
      try body(TextLine(number: number, bytes: line))
      start = newline + 1
    }
  }

  /// The offset of the first byte after a UTF-8 byte order mark, or 0 without one.
  private static func contentStart(of bytes: [UInt8]) -> Int {
    bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
  }

  /// Checks that a line is UTF-8, reporting the first bad byte's line and column when it is not.
  private func validateUTF8(_ line: ArraySlice<UInt8>, number: Int) throws(ImportError) {
    if line.allSatisfy({ $0 < 0x80 }) { return }
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = line.makeIterator()
    var offset = line.startIndex
    var column = 1
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let scalar):
        offset += scalar.count
        column += 1
      case .error(let length):
        let bad = line[offset..<(offset + length)].map { "0x" + String($0, radix: 16, uppercase: true) }
        throw ImportError(
          file: file, line: number, column: column,
          expected: "UTF-8 text (save the file as UTF-8; Latin-1 and Windows-1252 are not accepted)",
          found: "\(bad.joined(separator: " ")), which is not UTF-8")
      case .emptyInput:
        return
      }
    }
  }
}
