/// Builds the JSON-RPC messages the server sends: responses, error responses and notifications.
public enum Response {
  /// A successful response.
  /// - Parameters:
  ///   - id: The request's id.
  ///   - result: The result.
  public static func success(id: RequestID, result: JSONValue) -> JSONValue {
    .object([("jsonrpc", "2.0"), ("id", id.json), ("result", result)])
  }

  /// An error response; `id` is `nil` (sent as `null`) when the request's id could not be read.
  /// - Parameters:
  ///   - id: The request's id, if known.
  ///   - error: The error.
  public static func failure(id: RequestID?, error: ResponseError) -> JSONValue {
    .object([("jsonrpc", "2.0"), ("id", id?.json ?? .null), ("error", error.json)])
  }

  /// A notification from the server.
  /// - Parameters:
  ///   - method: The method.
  ///   - params: Its params.
  public static func notification(method: String, params: JSONValue) -> JSONValue {
    .object([("jsonrpc", "2.0"), ("method", .string(method)), ("params", params)])
  }
}
