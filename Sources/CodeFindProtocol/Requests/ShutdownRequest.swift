/// `shutdown`: the client is about to send `exit`; answered with `null` (as in LSP).
public struct ShutdownRequest: RequestType, Hashable {
  public static let method = "shutdown"
  public typealias Response = NullResult

  /// Creates the request.
  public init() {}

  public init(params: JSONValue?) throws(ResponseError) {}
}
