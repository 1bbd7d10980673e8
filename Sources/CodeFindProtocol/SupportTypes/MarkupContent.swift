/// Markdown text for an editor to render (hover contents).
public struct MarkupContent: Sendable, Hashable, JSONRepresentable {
  /// The markdown.
  public var markdown: String

  /// Creates markdown content.
  public init(markdown: String) { self.markdown = markdown }

  public var json: JSONValue { ["kind": "markdown", "value": .string(markdown)] }
}
