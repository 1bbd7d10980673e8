/// One completion an editor offers: a code, with its title as detail.
public struct CompletionItem: Sendable, Hashable, JSONRepresentable {
  /// What the menu shows (`E11.40`).
  public var label: String
  /// The title, shown beside the label.
  public var detail: String
  /// Markdown shown when the item is selected.
  public var documentation: MarkupContent?
  /// The text the editor filters on: the typed text itself, so that hits found through typo
  /// correction or terminology are not filtered away by the editor's own matching.
  public var filterText: String
  /// The key the editor sorts by: the server's rank, zero-padded (`0001`).
  public var sortText: String
  /// The edit applied on accept: the typed text replaced by the code.
  public var textEdit: TextEdit

  /// Creates a completion item.
  public init(label: String, detail: String, documentation: MarkupContent?, filterText: String, sortText: String, textEdit: TextEdit) {
    self.label = label
    self.detail = detail
    self.documentation = documentation
    self.filterText = filterText
    self.sortText = sortText
    self.textEdit = textEdit
  }

  /// LSP's completion item kind `Value`.
  private static let valueKind = 12

  public var json: JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("label", .string(label)), ("kind", .integer(Self.valueKind)), ("detail", .string(detail)),
      ("filterText", .string(filterText)), ("sortText", .string(sortText)), ("textEdit", textEdit.json),
    ]
    if let documentation { members.append(("documentation", documentation.json)) }
    return .object(members)
  }
}
