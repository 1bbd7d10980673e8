/// A value that is sent as JSON: a result, or the params of a notification the server sends.
public protocol JSONRepresentable: Sendable {
  /// The value as JSON.
  var json: JSONValue { get }
}

/// A request the server answers: its wire name, how its params are read, and its result type.
public protocol RequestType: Sendable {
  /// What the server answers with.
  associatedtype Response: JSONRepresentable
  /// The method name on the wire (`lookup`, `textDocument/hover`).
  static var method: String { get }
  /// Reads the request from a message's params.
  /// - Throws: `-32602` naming the bad field.
  init(params: JSONValue?) throws(ResponseError)
}

/// A notification the server receives: its wire name and how its params are read.
public protocol NotificationType: Sendable {
  /// The method name on the wire (`exit`, `textDocument/didOpen`).
  static var method: String { get }
  /// Reads the notification from a message's params.
  /// - Throws: `-32602` naming the bad field (the server logs it; notifications get no reply).
  init(params: JSONValue?) throws(ResponseError)
}

extension Optional: JSONRepresentable where Wrapped: JSONRepresentable {
  /// The wrapped value's JSON, or `null`.
  public var json: JSONValue { self?.json ?? .null }
}

/// The `null` result of requests that return nothing (`shutdown`).
public struct NullResult: JSONRepresentable, Hashable {
  /// Creates the null result.
  public init() {}
  public var json: JSONValue { .null }
}
