/// A JSON-RPC error code: the standard ones, and those of the Language Server Protocol that
/// `codefind serve` answers with (protocol.md, "Transport").
public struct ErrorCode: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
  /// The code on the wire.
  public var rawValue: Int

  /// Creates an error code from its wire value.
  /// - Parameter rawValue: The code.
  public init(rawValue: Int) { self.rawValue = rawValue }

  /// -32700: the message is not valid JSON (or not valid UTF-8).
  public static let parseError = ErrorCode(rawValue: -32700)
  /// -32600: the JSON is not a valid request object (or the message is too large).
  public static let invalidRequest = ErrorCode(rawValue: -32600)
  /// -32601: no such method.
  public static let methodNotFound = ErrorCode(rawValue: -32601)
  /// -32602: the params are missing, of the wrong type, or out of range; the message names the field.
  public static let invalidParams = ErrorCode(rawValue: -32602)
  /// -32603: the server failed on a valid request.
  public static let internalError = ErrorCode(rawValue: -32603)
  /// -32800: the client cancelled the request (`$/cancelRequest`) before it was answered.
  public static let requestCancelled = ErrorCode(rawValue: -32800)

  public var description: String { String(rawValue) }
}
