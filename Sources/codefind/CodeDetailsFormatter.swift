import CodeFind

/// Renders one code's details as the text `codefind show` prints.
struct CodeDetailsFormatter {
  let codeSet: CodeSet
  let code: Code

  private static let noteHeadings: [(NoteKind, String)] = [
    (.inclusionTerm, "Inclusion terms"), (.includes, "Includes"), (.excludes1, "Excludes1"),
    (.excludes2, "Excludes2"), (.codeFirst, "Code first"), (.useAdditionalCode, "Use additional code"),
    (.codeAlso, "Code also"), (.general, "Notes"),
  ]

  /// The details, one fact per line, with the notes grouped by kind and by where they were written.
  func render(inherited: Bool) -> String {
    var lines = ["\(code.display)  \(code.title)"]
    lines.append("  system    \(codeSet.system.name) \(codeSet.system.version)")
    lines.append("  billable  " + (code.isBillable ? "yes" : "no: a header; report one of its billable codes"))
    if let parent = codeSet.parent(of: code) { lines.append("  parent    \(parent.display)  \(parent.title)") }
    if let chapter = codeSet.chapter(of: code) { lines.append("  chapter   \(chapter.id)  \(chapter.title)") }
    if let section = codeSet.section(of: code) { lines.append("  section   \(section.id)  \(section.title)") }
    let children = codeSet.children(of: code)
    if !children.isEmpty {
      lines.append("  children  \(children.count)")
      for child in children { lines.append("    \(child.display)\(child.isBillable ? " *" : "  ") \(child.title)") }
    }
    let sevenths = codeSet.seventhCharacters(of: code)
    if !sevenths.isEmpty && !code.isBillable {
      lines.append("  7th characters")
      for seventh in sevenths { lines.append("    \(seventh.character)  \(seventh.meaning)") }
    }
    for sourced in codeSet.notes(of: code, inherited: inherited) {
      for (kind, heading) in Self.noteHeadings where !sourced.notes[kind].isEmpty {
        let origin = sourced.origin == .code(code.display) ? "" : " (from \(sourced.origin))"
        lines.append("  \(heading)\(origin)")
        lines += sourced.notes[kind].map { "    - \($0)" }
      }
    }
    if !children.isEmpty { lines.append("  (* billable)") }
    return lines.joined(separator: "\n")
  }

  /// The codes nearest to a spelling that is not a code: the children of its longest prefix that is
  /// a code, at most five, or that prefix itself when it has none.
  static func nearestExisting(_ spelling: String, in catalog: CodeCatalog) -> [String] {
    guard var key = CodeKey.canonical(spelling) else { return [] }
    while !key.isEmpty {
      key.removeLast()
      for (set, code) in catalog.codes(key) {
        let children = set.children(of: code).prefix(5).map(\.display)
        return children.isEmpty ? [code.display] : Array(children)
      }
    }
    return []
  }
}
