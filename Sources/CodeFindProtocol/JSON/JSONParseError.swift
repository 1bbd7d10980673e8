/// Why bytes are not one JSON value: what was wrong and at which byte.
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What is wrong (`"expected ':' after an object key"`).
  public var reason: String
  /// The byte offset in the message where the problem was found.
  public var offset: Int

  /// Creates a parse error.
  /// - Parameters:
  ///   - reason: What is wrong.
  ///   - offset: The byte offset of the problem.
  public init(_ reason: String, at offset: Int) {
    self.reason = reason
    self.offset = offset
  }

  public var description: String { "\(reason) at byte \(offset)" }
}
