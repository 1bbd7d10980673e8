/// `textDocument/publishDiagnostics`, sent by the server: the problems of the codes in a document
/// (all of them each time; an empty list clears them).
public struct PublishDiagnosticsNotification: JSONRepresentable, Hashable {
  /// The method name on the wire.
  public static let method = "textDocument/publishDiagnostics"

  /// The document.
  public var uri: String
  /// The version the diagnostics are for, if known.
  public var version: Int?
  /// The problems.
  public var diagnostics: [Diagnostic]

  /// Creates the notification.
  public init(uri: String, version: Int?, diagnostics: [Diagnostic]) {
    self.uri = uri
    self.version = version
    self.diagnostics = diagnostics
  }

  /// The notification's params.
  public var json: JSONValue {
    var members: [(key: String, value: JSONValue)] = [("uri", .string(uri))]
    if let version { members.append(("version", .integer(version))) }
    members.append(("diagnostics", .array(diagnostics.map(\.json))))
    return .object(members)
  }
}
