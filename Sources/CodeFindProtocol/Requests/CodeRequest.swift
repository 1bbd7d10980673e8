/// `code`: everything about one code, in any common spelling (protocol.md).
public struct CodeRequest: RequestType, Hashable {
  public static let method = "code"
  public typealias Response = CodeResponse

  /// The code as the client wrote it.
  public var code: String

  /// Creates the request.
  public init(code: String) { self.code = code }

  public init(params: JSONValue?) throws(ResponseError) {
    code = try FieldReader(params: params).string("code")
  }
}

/// The result of `code`.
public struct CodeResponse: JSONRepresentable, Hashable {
  /// A related code: the parent or a child.
  public struct Relative: Sendable, Hashable {
    /// The code in display form.
    public var code: String
    /// Its title.
    public var title: String
    /// Whether it is billable (sent for children only).
    public var billable: Bool

    /// Creates a relative.
    public init(code: String, title: String, billable: Bool) {
      self.code = code
      self.title = title
      self.billable = billable
    }
  }

  /// The instructional notes, by kind, in the protocol's member names.
  public struct Notes: Sendable, Hashable {
    /// `inclusionTerms`, `includes`, `excludes1`, `excludes2`, `codeFirst`, `useAdditionalCode`, `codeAlso`:
    /// the raw values of the library's instructional `NoteKind`s, which this module cannot import
    /// (the server's tests check that the two agree).
    public static let kinds = ["inclusionTerms", "includes", "excludes1", "excludes2", "codeFirst", "useAdditionalCode", "codeAlso"]
    /// The notes of each kind (a kind without notes is sent as an empty array).
    public var byKind: [String: [String]]

    /// Creates notes.
    public init(byKind: [String: [String]]) { self.byKind = byKind }
  }

  /// The code in display form.
  public var code: String
  /// Its system's id.
  public var system: String
  /// Its title.
  public var title: String
  /// Whether it is billable.
  public var billable: Bool
  /// Its parent, if any.
  public var parent: Relative?
  /// Its children, in code order.
  public var children: [Relative]
  /// Its notes.
  public var notes: Notes
  /// The 7th characters that apply: `(char, meaning)`; empty when none do.
  public var seventhCharacters: [(character: String, meaning: String)]

  /// Creates the result.
  public init(
    code: String, system: String, title: String, billable: Bool, parent: Relative?, children: [Relative], notes: Notes,
    seventhCharacters: [(character: String, meaning: String)]
  ) {
    self.code = code
    self.system = system
    self.title = title
    self.billable = billable
    self.parent = parent
    self.children = children
    self.notes = notes
    self.seventhCharacters = seventhCharacters
  }

  public static func == (lhs: CodeResponse, rhs: CodeResponse) -> Bool { lhs.json == rhs.json }
  public func hash(into hasher: inout Hasher) { hasher.combine(json) }

  public var json: JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("code", .string(code)), ("system", .string(system)), ("title", .string(title)), ("billable", .bool(billable)),
    ]
    if let parent { members.append(("parent", ["code": .string(parent.code), "title": .string(parent.title)])) }
    members.append(
      ("children", .array(children.map { ["code": .string($0.code), "title": .string($0.title), "billable": .bool($0.billable)] })))
    members.append(
      ("notes", .object(Notes.kinds.map { (key: $0, value: .array((notes.byKind[$0] ?? []).map(JSONValue.string))) })))
    if !seventhCharacters.isEmpty {
      members.append(
        ("seventhCharacters", .array(seventhCharacters.map { ["char": .string($0.character), "meaning": .string($0.meaning)] })))
    }
    return .object(members)
  }
}
