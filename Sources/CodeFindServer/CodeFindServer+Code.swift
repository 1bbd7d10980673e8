import CodeFind
import CodeFindProtocol

extension CodeFindServer {
  /// `code`: the details of a code (the first system's, when the spelling is a code in several).
  /// - Throws: `-32602` for a spelling that is no code, or a code the index does not have (with
  ///   the closest codes in `data.closeMatches`).
  func code(_ request: CodeRequest) throws(ResponseError) -> CodeResponse {
    guard CodeKey.canonical(request.code) != nil else {
      throw .invalidParams(
        "params.code \"\(request.code.prefix(100))\" is not a code spelling: use letters and digits, with an optional dot (E11.40)")
    }
    guard let details = CodeDetails.lookup(request.code, in: index).first else {
      let unknown = UnknownCode(request.code, in: index)
      throw .invalidParams(
        unknown.message,
        data: ["closeMatches": .array(unknown.nearest.map { ["code": .string($0.display), "title": .string($0.title)] })])
    }
    return CodeResponse(details)
  }
}

extension CodeResponse {
  /// The protocol's view of a code's details, with the instructional notes that apply to it
  /// (``CodeDetails/notes(_:)``).
  init(_ details: CodeDetails) {
    var notes: [String: [String]] = [:]
    for kind in NoteKind.instructional {
      notes[kind.rawValue] = details.notes(kind).map(\.text)
    }
    self.init(
      code: details.code.display, system: details.system.id.rawValue, title: details.code.title,
      billable: details.code.isBillable,
      parent: details.parent.map(Relative.init), children: details.children.map(Relative.init),
      notes: Notes(byKind: notes),
      seventhCharacters: details.seventhCharacters.map { (character: String($0.character), meaning: $0.meaning) })
  }
}

extension CodeResponse.Relative {
  /// The protocol's view of a parent or child code.
  init(_ code: IndexedCode) { self.init(code: code.display, title: code.title, billable: code.isBillable) }
}
