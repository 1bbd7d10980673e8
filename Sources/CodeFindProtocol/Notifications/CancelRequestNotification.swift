/// `$/cancelRequest`: the client no longer wants the answer to a request; if it has not been
/// handled yet, it is answered with `-32800` instead.
public struct CancelRequestNotification: NotificationType, Hashable {
  public static let method = "$/cancelRequest"

  /// The request to cancel.
  public var id: RequestID

  /// Creates the notification.
  public init(id: RequestID) { self.id = id }

  public init(params: JSONValue?) throws(ResponseError) {
    let fields = try FieldReader(params: params)
    guard let value = fields.value["id"] else { throw .invalidParams("params.id is missing") }
    guard let id = RequestID(json: value) else {
      throw .invalidParams("params.id must be a string or an integer, not \(value.typeName)")
    }
    self.id = id
  }
}
