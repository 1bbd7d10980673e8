extension JSONValue {
  /// The value as compact JSON text in UTF-8: no whitespace, no newline (so that one value is one
  /// line), members in their stored order, `/` unescaped.
  /// - Complexity: O(*n*) in the size of the output.
  public var serialized: [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(256)
    write(to: &output)
    return output
  }

  private func write(to output: inout [UInt8]) {
    switch self {
    case .null: output.append(contentsOf: "null".utf8)
    case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
    case .integer(let value): output.append(contentsOf: String(value).utf8)
    case .double(let value):
      // JSON has no NaN or infinity; integral values print without a fraction (2.0 → 2).
      if !value.isFinite {
        output.append(contentsOf: "null".utf8)
      } else if value == value.rounded(), abs(value) < 1e15 {
        output.append(contentsOf: String(Int(value)).utf8)
      } else {
        output.append(contentsOf: String(value).utf8)
      }
    case .string(let value): Self.write(string: value, to: &output)
    case .array(let values):
      output.append(UInt8(ascii: "["))
      for (position, value) in values.enumerated() {
        if position > 0 { output.append(UInt8(ascii: ",")) }
        value.write(to: &output)
      }
      output.append(UInt8(ascii: "]"))
    case .object(let members):
      output.append(UInt8(ascii: "{"))
      for (position, member) in members.enumerated() {
        if position > 0 { output.append(UInt8(ascii: ",")) }
        Self.write(string: member.key, to: &output)
        output.append(UInt8(ascii: ":"))
        member.value.write(to: &output)
      }
      output.append(UInt8(ascii: "}"))
    }
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// Writes a string literal: the runs of bytes that need no escape are copied whole (titles and
  /// codes are nearly all such bytes), the others escaped.
  private static func write(string: String, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    let bytes = string.utf8
    var run = bytes.startIndex
    var index = run
    while index != bytes.endIndex {
      let byte = bytes[index]
      if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
        output.append(contentsOf: bytes[run..<index])
        writeEscape(of: byte, to: &output)
        run = bytes.index(after: index)
      }
      bytes.formIndex(after: &index)
    }
    output.append(contentsOf: bytes[run...])
    output.append(UInt8(ascii: "\""))
  }

  /// Writes the escape of a byte that a JSON string cannot hold as it is.
  private static func writeEscape(of byte: UInt8, to output: inout [UInt8]) {
    switch byte {
    case UInt8(ascii: "\""): output.append(contentsOf: #"\""#.utf8)
    case UInt8(ascii: "\\"): output.append(contentsOf: #"\\"#.utf8)
    case 0x0A: output.append(contentsOf: #"\n"#.utf8)
    case 0x0D: output.append(contentsOf: #"\r"#.utf8)
    case 0x09: output.append(contentsOf: #"\t"#.utf8)
    default:
      output.append(contentsOf: #"\u00"#.utf8)
      output.append(hexDigits[Int(byte >> 4)])
      output.append(hexDigits[Int(byte & 0x0F)])
    }
  }
}
