/// Reading the `textDocument` member that LSP document requests and notifications carry.
extension FieldReader {
  /// The `textDocument.uri` of the params.
  /// - Throws: `-32602` when it is missing or not a string.
  public func documentURI() throws(ResponseError) -> String {
    try object("textDocument").string("uri")
  }
}
