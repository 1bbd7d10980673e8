/// The `id` of a JSON-RPC request: a number or a string, echoed in its response.
public enum RequestID: Sendable, Hashable, CustomStringConvertible {
  /// A numeric id.
  case number(Int)
  /// A string id.
  case string(String)

  /// The id as it appears on the wire.
  public var json: JSONValue {
    switch self {
    case .number(let value): .integer(value)
    case .string(let value): .string(value)
    }
  }

  /// The id of a JSON value, or `nil` if the value cannot be an id (JSON-RPC allows strings and
  /// integers; `null` and fractions are not accepted).
  /// - Parameter json: The `id` member of a message.
  public init?(json: JSONValue) {
    switch json {
    case .integer(let value): self = .number(value)
    case .string(let value): self = .string(value)
    default: return nil
    }
  }

  public var description: String {
    switch self {
    case .number(let value): String(value)
    case .string(let value): "\"\(value)\""
    }
  }
}
