/// One JSON-RPC 2.0 message the server receives: a request (which gets a response) or a
/// notification (which does not).
public enum Message: Sendable, Hashable {
  /// A call with an id, to be answered.
  case request(id: RequestID, method: String, params: JSONValue?)
  /// A call without an id: never answered.
  case notification(method: String, params: JSONValue?)
  /// A response from the client to a request of the server's (the server sends none, so these
  /// are ignored).
  case response(id: RequestID?)

  /// Reads a message from a parsed JSON value.
  /// - Parameter json: One element of the input (a single message or one element of a batch).
  /// - Throws: ``MessageError`` carrying a `-32600` ``ResponseError`` and, when the
  ///   message had a usable id, that id (so the error can be answered to it).
  public init(json: JSONValue) throws(MessageError) {
    guard case .object = json else {
      throw MessageError(id: nil, error: .invalidRequest("a request must be a JSON object, not \(json.typeName)"))
    }
    let idValue = json["id"]
    let id = idValue.flatMap(RequestID.init(json:))
    if let idValue, id == nil, idValue != .null {
      throw MessageError(id: nil, error: .invalidRequest("\"id\" must be a string or an integer, not \(idValue.typeName)"))
    }
    guard json["jsonrpc"] == .string("2.0") else {
      throw MessageError(id: id, error: .invalidRequest(#"missing "jsonrpc": "2.0""#))
    }
    guard let methodValue = json["method"] else {
      if json["result"] != nil || json["error"] != nil {
        self = .response(id: id)
        return
      }
      throw MessageError(id: id, error: .invalidRequest(#"missing "method""#))
    }
    guard case .string(let method) = methodValue else {
      throw MessageError(id: id, error: .invalidRequest("\"method\" must be a string, not \(methodValue.typeName)"))
    }
    let params = json["params"]
    if let params {
      switch params {
      case .object, .array: break
      default: throw MessageError(id: id, error: .invalidParams("\"params\" must be an object or an array, not \(params.typeName)"))
      }
    }
    if let id {
      self = .request(id: id, method: method, params: params)
    } else {
      self = .notification(method: method, params: params)
    }
  }
}

/// Why a JSON value is not a JSON-RPC message, and the id to answer to, if it had one.
public struct MessageError: Error, Sendable, Hashable {
  /// The id of the offending message, if it had a usable one.
  public var id: RequestID?
  /// The error to answer with.
  public var error: ResponseError

  /// Creates a message error.
  /// - Parameters:
  ///   - id: The id to answer to, if known.
  ///   - error: The error.
  public init(id: RequestID?, error: ResponseError) {
    self.id = id
    self.error = error
  }
}
