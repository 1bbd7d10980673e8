/// The `error` of a JSON-RPC response: a code, a message a person can act on, and optional data.
public struct ResponseError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The error code.
  public var code: ErrorCode
  /// What is wrong and, where it helps, what to do.
  public var message: String
  /// More about the error (for an unknown code, the closest codes).
  public var data: JSONValue?

  /// Creates an error.
  /// - Parameters:
  ///   - code: The error code.
  ///   - message: What is wrong.
  ///   - data: Optional detail.
  public init(code: ErrorCode, message: String, data: JSONValue? = nil) {
    self.code = code
    self.message = message
    self.data = data
  }

  /// The error as the `error` member of a response.
  public var json: JSONValue {
    var members: [(key: String, value: JSONValue)] = [("code", .integer(code.rawValue)), ("message", .string(message))]
    if let data { members.append(("data", data)) }
    return .object(members)
  }

  public var description: String { "\(code.rawValue): \(message)" }

  /// A parse error: the message is not JSON.
  public static func parseError(_ message: String) -> ResponseError { ResponseError(code: .parseError, message: message) }

  /// An invalid request: well-formed JSON that is not a JSON-RPC request.
  public static func invalidRequest(_ message: String) -> ResponseError {
    ResponseError(code: .invalidRequest, message: message)
  }

  /// No such method.
  public static func methodNotFound(_ method: String) -> ResponseError {
    ResponseError(code: .methodNotFound, message: "method not found: \(method)")
  }

  /// Bad params; `message` names the field.
  public static func invalidParams(_ message: String, data: JSONValue? = nil) -> ResponseError {
    ResponseError(code: .invalidParams, message: message, data: data)
  }

  /// The request was cancelled by the client.
  public static let cancelled = ResponseError(code: .requestCancelled, message: "request cancelled")
}
