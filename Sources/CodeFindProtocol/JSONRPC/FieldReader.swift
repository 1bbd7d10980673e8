/// Reads typed fields from a JSON object, throwing `-32602` errors that name the field by its path
/// (`params.textDocument.uri must be a string, not number`).
///
/// ```swift
/// let params = try FieldReader(params: message.params)
/// let query = try params.string("query")
/// let limit = try params.integer("limit", default: 10, in: 1...1000)
/// ```
public struct FieldReader: Sendable {
  /// The object read.
  public let value: JSONValue
  /// Its path from the message, for error messages (`params`, `params.position`).
  public let path: String

  /// Reads the params of a message, which must be an object (a missing `params` reads as an empty
  /// object, so that every field is reported missing by name).
  /// - Parameter params: The message's `params`.
  /// - Throws: `-32602` when the params are not an object.
  public init(params: JSONValue?) throws(ResponseError) {
    try self.init(params ?? .object([]), path: "params")
  }

  /// Reads an object at a path.
  /// - Parameters:
  ///   - value: The value, which must be an object.
  ///   - path: Its path, for error messages.
  /// - Throws: `-32602` when the value is not an object.
  public init(_ value: JSONValue, path: String) throws(ResponseError) {
    guard case .object = value else { throw .invalidParams("\(path) must be an object, not \(value.typeName)") }
    self.value = value
    self.path = path
  }

  private func fieldPath(_ key: String) -> String { "\(path).\(key)" }

  private func present(_ key: String) -> JSONValue? {
    guard let field = value[key], field != .null else { return nil }
    return field
  }

  private func required(_ key: String) throws(ResponseError) -> JSONValue {
    guard let field = present(key) else { throw .invalidParams("\(fieldPath(key)) is missing") }
    return field
  }

  private func mismatch(_ key: String, _ field: JSONValue, expected: String) -> ResponseError {
    .invalidParams("\(fieldPath(key)) must be \(expected), not \(field.typeName)")
  }

  /// A required string field.
  /// - Throws: `-32602` when missing or not a string.
  public func string(_ key: String) throws(ResponseError) -> String {
    let field = try required(key)
    guard case .string(let text) = field else { throw mismatch(key, field, expected: "a string") }
    return text
  }

  /// An optional string field.
  /// - Throws: `-32602` when present and not a string.
  public func optionalString(_ key: String) throws(ResponseError) -> String? {
    guard let field = present(key) else { return nil }
    guard case .string(let text) = field else { throw mismatch(key, field, expected: "a string") }
    return text
  }

  /// A required integer field.
  /// - Throws: `-32602` when missing, not an integer, or outside `range`.
  public func integer(_ key: String, in range: ClosedRange<Int> = Int.min...Int.max) throws(ResponseError) -> Int {
    let field = try required(key)
    return try checkedInteger(key, field, in: range)
  }

  /// An optional integer field with a default.
  /// - Throws: `-32602` when present and not an integer in `range`.
  public func integer(_ key: String, default fallback: Int, in range: ClosedRange<Int>) throws(ResponseError) -> Int {
    guard let field = present(key) else { return fallback }
    return try checkedInteger(key, field, in: range)
  }

  private func checkedInteger(_ key: String, _ field: JSONValue, in range: ClosedRange<Int>) throws(ResponseError) -> Int {
    let number: Int
    switch field {
    case .integer(let value): number = value
    case .double(let value) where value == value.rounded() && abs(value) < 1e15: number = Int(value)
    default: throw mismatch(key, field, expected: "an integer")
    }
    guard range.contains(number) else {
      throw .invalidParams("\(fieldPath(key)) must be between \(range.lowerBound) and \(range.upperBound), not \(number)")
    }
    return number
  }

  /// An optional boolean field with a default.
  /// - Throws: `-32602` when present and not a boolean.
  public func bool(_ key: String, default fallback: Bool) throws(ResponseError) -> Bool {
    guard let field = present(key) else { return fallback }
    guard case .bool(let flag) = field else { throw mismatch(key, field, expected: "a boolean") }
    return flag
  }

  /// An optional array of strings.
  /// - Throws: `-32602` when present and not an array of strings (naming the bad element).
  public func optionalStrings(_ key: String) throws(ResponseError) -> [String]? {
    guard let field = present(key) else { return nil }
    guard case .array(let elements) = field else { throw mismatch(key, field, expected: "an array of strings") }
    var strings: [String] = []
    for (position, element) in elements.enumerated() {
      guard case .string(let text) = element else {
        throw .invalidParams("\(fieldPath(key))[\(position)] must be a string, not \(element.typeName)")
      }
      strings.append(text)
    }
    return strings
  }

  /// A required array of strings.
  /// - Throws: `-32602` when missing or not an array of strings.
  public func strings(_ key: String) throws(ResponseError) -> [String] {
    _ = try required(key)
    return try optionalStrings(key) ?? []
  }

  /// A required object field.
  /// - Throws: `-32602` when missing or not an object.
  public func object(_ key: String) throws(ResponseError) -> FieldReader {
    try FieldReader(try required(key), path: fieldPath(key))
  }

  /// An optional object field.
  /// - Throws: `-32602` when present and not an object.
  public func optionalObject(_ key: String) throws(ResponseError) -> FieldReader? {
    guard let field = present(key) else { return nil }
    return try FieldReader(field, path: fieldPath(key))
  }

  /// A required array of objects.
  /// - Throws: `-32602` when missing, not an array, or an element is not an object.
  public func objects(_ key: String) throws(ResponseError) -> [FieldReader] {
    let field = try required(key)
    guard case .array(let elements) = field else { throw mismatch(key, field, expected: "an array") }
    var readers: [FieldReader] = []
    for (position, element) in elements.enumerated() {
      readers.append(try FieldReader(element, path: "\(fieldPath(key))[\(position)]"))
    }
    return readers
  }
}
