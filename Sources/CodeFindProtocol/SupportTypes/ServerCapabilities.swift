/// What the server offers an LSP client: incremental document sync, completion, hover, and the
/// negotiated position encoding. Diagnostics are pushed (`textDocument/publishDiagnostics`).
public struct ServerCapabilities: JSONRepresentable, Hashable {
  /// The position encoding chosen for the session.
  public var positionEncoding: PositionEncoding

  /// Creates the capabilities.
  /// - Parameter positionEncoding: The negotiated encoding.
  public init(positionEncoding: PositionEncoding) { self.positionEncoding = positionEncoding }

  /// LSP's `TextDocumentSyncKind.Incremental`.
  private static let incrementalSync = 2

  public var json: JSONValue {
    [
      "positionEncoding": .string(positionEncoding.rawValue),
      "textDocumentSync": ["openClose": true, "change": .integer(Self.incrementalSync)],
      "completionProvider": ["triggerCharacters": ["."], "resolveProvider": false],
      "hoverProvider": true,
    ]
  }
}
