/// Parses one JSON value (RFC 8259) from UTF-8 bytes, with a bound on nesting depth.
///
/// Written for untrusted input: every problem — invalid UTF-8 in a string, a stray byte, nesting
/// deeper than ``maximumDepth``, trailing bytes — is a ``JSONParseError`` naming the byte offset,
/// never a crash or unbounded recursion.
///
/// ```swift
/// let value = try JSONParser().parse(Array(#"{"id": 1}"#.utf8))
/// ```
public struct JSONParser: Sendable {
  /// The deepest nesting of arrays and objects accepted.
  public var maximumDepth: Int

  /// Creates a parser.
  /// - Parameter maximumDepth: The deepest nesting of arrays and objects accepted (default 64; a
  ///   JSON-RPC message needs fewer than ten).
  public init(maximumDepth: Int = 64) { self.maximumDepth = maximumDepth }

  /// Parses bytes that must hold exactly one JSON value, optionally surrounded by whitespace.
  /// - Parameter bytes: UTF-8 text.
  /// - Returns: The value.
  /// - Throws: ``JSONParseError`` for anything that is not one well-formed JSON value.
  /// - Complexity: O(*n*) in the number of bytes.
  public func parse(_ bytes: some Collection<UInt8>) throws(JSONParseError) -> JSONValue {
    var cursor = Cursor(bytes: Array(bytes), maximumDepth: maximumDepth)
    cursor.skipWhitespace()
    let value = try cursor.value(depth: 0)
    cursor.skipWhitespace()
    guard cursor.atEnd else { throw JSONParseError("unexpected bytes after the JSON value", at: cursor.offset) }
    return value
  }
}

/// The parser's position in the bytes.
private struct Cursor {
  let bytes: [UInt8]
  let maximumDepth: Int
  var offset = 0

  init(bytes: [UInt8], maximumDepth: Int) {
    self.bytes = bytes
    self.maximumDepth = maximumDepth
  }

  var atEnd: Bool { offset >= bytes.count }
  var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

  mutating func skipWhitespace() {
    while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { offset += 1 }
  }

  mutating func value(depth: Int) throws(JSONParseError) -> JSONValue {
    guard let byte = current else { throw JSONParseError("expected a JSON value, found the end", at: offset) }
    switch byte {
    case UInt8(ascii: "{"): return try object(depth: depth + 1)
    case UInt8(ascii: "["): return try array(depth: depth + 1)
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): return try literal("true", .bool(true))
    case UInt8(ascii: "f"): return try literal("false", .bool(false))
    case UInt8(ascii: "n"): return try literal("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
    default: throw JSONParseError("unexpected \(Self.describe(byte)); expected a JSON value", at: offset)
    }
  }

  mutating func literal(_ word: String, _ value: JSONValue) throws(JSONParseError) -> JSONValue {
    let start = offset
    for expected in word.utf8 {
      guard current == expected else { throw JSONParseError("invalid literal; expected \(word)", at: start) }
      offset += 1
    }
    return value
  }

  mutating func object(depth: Int) throws(JSONParseError) -> JSONValue {
    guard depth <= maximumDepth else { throw JSONParseError("nesting deeper than \(maximumDepth) levels", at: offset) }
    offset += 1
    var members: [(key: String, value: JSONValue)] = []
    skipWhitespace()
    if current == UInt8(ascii: "}") {
      offset += 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard current == UInt8(ascii: "\"") else { throw JSONParseError("expected a string as object key", at: offset) }
      let key = try string()
      skipWhitespace()
      guard current == UInt8(ascii: ":") else { throw JSONParseError("expected ':' after an object key", at: offset) }
      offset += 1
      skipWhitespace()
      members.append((key: key, value: try value(depth: depth)))
      skipWhitespace()
      switch current {
      case UInt8(ascii: ","): offset += 1
      case UInt8(ascii: "}"):
        offset += 1
        return .object(members)
      default: throw JSONParseError("expected ',' or '}' in an object", at: offset)
      }
    }
  }

  mutating func array(depth: Int) throws(JSONParseError) -> JSONValue {
    guard depth <= maximumDepth else { throw JSONParseError("nesting deeper than \(maximumDepth) levels", at: offset) }
    offset += 1
    var elements: [JSONValue] = []
    skipWhitespace()
    if current == UInt8(ascii: "]") {
      offset += 1
      return .array(elements)
    }
    while true {
      skipWhitespace()
      elements.append(try value(depth: depth))
      skipWhitespace()
      switch current {
      case UInt8(ascii: ","): offset += 1
      case UInt8(ascii: "]"):
        offset += 1
        return .array(elements)
      default: throw JSONParseError("expected ',' or ']' in an array", at: offset)
      }
    }
  }

  mutating func string() throws(JSONParseError) -> String {
    let start = offset
    offset += 1
    var decoded: [UInt8] = []
    var runStart = offset
    while true {
      guard let byte = current else { throw JSONParseError("unterminated string", at: start) }
      if byte == UInt8(ascii: "\"") { break }
      if byte < 0x20 { throw JSONParseError("control character in a string; escape it", at: offset) }
      if byte == UInt8(ascii: "\\") {
        decoded.append(contentsOf: bytes[runStart..<offset])
        try escape(into: &decoded)
        runStart = offset
      } else {
        offset += 1
      }
    }
    decoded.append(contentsOf: bytes[runStart..<offset])
    offset += 1
    guard let text = String(validating: decoded, as: UTF8.self) else {
      throw JSONParseError("string is not valid UTF-8", at: start + 1 + Self.firstInvalidUTF8(in: decoded))
    }
    return text
  }

  /// Decodes the escape sequence at `offset` (which is at its backslash).
  mutating func escape(into decoded: inout [UInt8]) throws(JSONParseError) {
    let start = offset
    offset += 1
    guard let byte = current else { throw JSONParseError("unterminated escape", at: start) }
    offset += 1
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(byte)
    case UInt8(ascii: "b"): decoded.append(0x08)
    case UInt8(ascii: "f"): decoded.append(0x0C)
    case UInt8(ascii: "n"): decoded.append(0x0A)
    case UInt8(ascii: "r"): decoded.append(0x0D)
    case UInt8(ascii: "t"): decoded.append(0x09)
    case UInt8(ascii: "u"):
      var scalar = UInt32(try hexQuad(start: start))
      if (0xD800...0xDBFF).contains(scalar), current == UInt8(ascii: "\\"),
        offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "u")
      {
        let low = offset
        offset += 2
        let trail = UInt32(try hexQuad(start: low))
        if (0xDC00...0xDFFF).contains(trail) {
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (trail - 0xDC00)
        } else {
          offset = low
        }
      }
      // A lone surrogate has no UTF-8 form: it becomes U+FFFD, as most decoders do.
      decoded.append(contentsOf: String(Unicode.Scalar(scalar) ?? "\u{FFFD}").utf8)
    default: throw JSONParseError("invalid escape \\\(Self.describe(byte))", at: start)
    }
  }

  mutating func hexQuad(start: Int) throws(JSONParseError) -> UInt16 {
    var value: UInt16 = 0
    for _ in 0..<4 {
      guard let byte = current, let digit = Self.hexDigit(byte) else {
        throw JSONParseError("\\u must be followed by four hex digits", at: start)
      }
      value = value << 4 | UInt16(digit)
      offset += 1
    }
    return value
  }

  mutating func number() throws(JSONParseError) -> JSONValue {
    let start = offset
    if current == UInt8(ascii: "-") { offset += 1 }
    guard digits() > 0 else { throw JSONParseError("a number needs digits", at: start) }
    if bytes[start..<offset].drop(while: { $0 == UInt8(ascii: "-") }).count > 1,
      bytes[start..<offset].drop(while: { $0 == UInt8(ascii: "-") }).first == UInt8(ascii: "0")
    {
      throw JSONParseError("a number may not have leading zeros", at: start)
    }
    var isInteger = true
    if current == UInt8(ascii: ".") {
      isInteger = false
      offset += 1
      guard digits() > 0 else { throw JSONParseError("a decimal point needs digits after it", at: offset) }
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      isInteger = false
      offset += 1
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { offset += 1 }
      guard digits() > 0 else { throw JSONParseError("an exponent needs digits", at: offset) }
    }
    let text = String(decoding: bytes[start..<offset], as: UTF8.self)
    if isInteger, let integer = Int(text) { return .integer(integer) }
    guard let double = Double(text), double.isFinite else { throw JSONParseError("number out of range", at: start) }
    return .double(double)
  }

  /// Skips decimal digits; returns how many.
  mutating func digits() -> Int {
    let start = offset
    while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { offset += 1 }
    return offset - start
  }

  static func hexDigit(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }

  /// A byte as an error message shows it: printable ASCII quoted, anything else in hex.
  static func describe(_ byte: UInt8) -> String {
    (0x21...0x7E).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x" + String(byte, radix: 16, uppercase: true)
  }

  /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence.
  static func firstInvalidUTF8(in bytes: [UInt8]) -> Int {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded): offset += encoded.count
      case .error: return offset
      case .emptyInput: return offset
      }
    }
  }
}
