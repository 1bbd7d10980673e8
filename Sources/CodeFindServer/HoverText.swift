import CodeFind

/// A code's details as hover markdown: code, system and billable status; title; parent; what a
/// header must be completed with; the instructional notes that apply, each with where it is written.
struct HoverText {
  let details: CodeDetails

  init(_ details: CodeDetails) { self.details = details }

  /// The most children listed for a header.
  private static let childrenShown = 12

  var markdown: String {
    let code = details.code
    var lines = [
      "**\(code.display)** · \(details.system.name) \(details.system.version) · "
        + (code.isBillable ? "billable" : "**not billable**"),
      "",
      escape(code.title),
    ]
    if let parent = details.parent { lines += ["", "Parent: \(parent.display) \(escape(parent.title))"] }
    if !code.isBillable && !details.children.isEmpty {
      lines += ["", "Use a more specific code:"]
      lines += details.children.prefix(Self.childrenShown).map { "- \($0.display) \(escape($0.title))" }
      if details.children.count > Self.childrenShown { lines.append("- … \(details.children.count - Self.childrenShown) more") }
    }
    for kind in NoteKind.instructional {
      let notes = details.notes(kind).map { origin, note in
        origin == .code(code.display) ? escape(note) : "\(escape(note)) *(\(origin))*"
      }
      guard !notes.isEmpty else { continue }
      let heading = kind.meaning.map { "\(kind.heading) (\($0))" } ?? kind.heading
      lines += ["", "**\(heading)**"] + notes.map { "- \($0)" }
    }
    if !details.seventhCharacters.isEmpty {
      lines += ["", "**7th characters**"] + details.seventhCharacters.map { "- \($0.character): \(escape($0.meaning))" }
    }
    return lines.joined(separator: "\n")
  }

  /// Text with markdown's emphasis and link characters escaped.
  private func escape(_ text: String) -> String {
    var escaped = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar {
      case "*", "_", "[", "]", "`", "<", ">", "\\": escaped.append("\\")
      default: break
      }
      escaped.append(scalar)
    }
    return String(escaped)
  }
}
