extension JSONValue {
  /// The string, if the value is one.
  public var stringValue: String? {
    guard case .string(let value) = self else { return nil }
    return value
  }

  /// The integer, if the value is one.
  public var integerValue: Int? {
    guard case .integer(let value) = self else { return nil }
    return value
  }

  /// The boolean, if the value is one.
  public var boolValue: Bool? {
    guard case .bool(let value) = self else { return nil }
    return value
  }

  /// The elements, if the value is an array.
  public var arrayValue: [JSONValue]? {
    guard case .array(let values) = self else { return nil }
    return values
  }
}
