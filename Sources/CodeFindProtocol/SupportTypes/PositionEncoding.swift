/// How the `character` of a ``Position`` counts: the encoding negotiated in `initialize`
/// (`utf-16` by default; `utf-8` when the client offers it in `general.positionEncodings`).
public enum PositionEncoding: String, Sendable, Hashable {
  /// UTF-8 code units (bytes).
  case utf8 = "utf-8"
  /// UTF-16 code units, LSP's default.
  case utf16 = "utf-16"

  /// The encoding to use given what a client offers: UTF-8 if offered (it is what the server
  /// stores), else UTF-16, which every client supports.
  /// - Parameter offered: The client's `general.positionEncodings`, if any.
  public static func negotiate(offered: [String]?) -> PositionEncoding {
    offered?.contains(PositionEncoding.utf8.rawValue) == true ? .utf8 : .utf16
  }
}
