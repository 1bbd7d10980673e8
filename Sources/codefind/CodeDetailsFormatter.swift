import CodeFind

/// Renders one code's details as the text `codefind show` prints.
struct CodeDetailsFormatter {
  let details: CodeDetails

  /// The details, one fact per line, with the notes grouped by kind and by where they were written.
  func render(inherited: Bool) -> String {
    let code = details.code
    var lines = ["\(code.display)  \(code.title)"]
    lines.append("  system    \(details.system.name) \(details.system.version)")
    lines.append("  billable  " + (code.isBillable ? "yes" : "no: a header; report one of its billable codes"))
    if let parent = details.parent { lines.append("  parent    \(parent.display)  \(parent.title)") }
    if let chapter = details.chapter { lines.append("  chapter   \(chapter.id)  \(chapter.title)") }
    if let section = details.section { lines.append("  section   \(section.id)  \(section.title)") }
    if !details.children.isEmpty {
      lines.append("  children  \(details.children.count)")
      for child in details.children { lines.append("    \(child.display)\(child.isBillable ? " *" : "  ") \(child.title)") }
    }
    if !details.seventhCharacters.isEmpty && !code.isBillable {
      lines.append("  7th characters")
      for seventh in details.seventhCharacters { lines.append("    \(seventh.character)  \(seventh.meaning)") }
    }
    for sourced in details.notes where inherited || sourced.origin == .code(code.display) {
      for kind in NoteKind.allCases where !sourced.notes[kind].isEmpty {
        let origin = sourced.origin == .code(code.display) ? "" : " (from \(sourced.origin))"
        lines.append("  \(kind.heading)\(origin)")
        lines += sourced.notes[kind].map { "    - \($0)" }
      }
    }
    if !details.children.isEmpty { lines.append("  (* billable)") }
    return lines.joined(separator: "\n")
  }
}
