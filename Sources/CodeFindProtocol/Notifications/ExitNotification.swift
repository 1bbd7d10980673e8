/// `exit`: ends the server, with status 0 after a `shutdown` and 1 without one (as in LSP).
public struct ExitNotification: NotificationType, Hashable {
  public static let method = "exit"

  /// Creates the notification.
  public init() {}

  public init(params: JSONValue?) throws(ResponseError) {}
}
