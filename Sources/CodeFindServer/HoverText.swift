import CodeFind

/// A code's details as hover markdown: code, system and billable status; title; parent; what a
/// header must be completed with; the instructional notes that apply, each with where it is written.
struct HoverText {
  let details: CodeDetails

  init(_ details: CodeDetails) { self.details = details }

  /// The notes shown, in the order a coder reads them.
  private static let kinds: [(NoteKind, String)] = [
    (.inclusionTerm, "Inclusion terms"), (.includes, "Includes"), (.excludes1, "Excludes1 (never together)"),
    (.excludes2, "Excludes2 (not included here)"), (.codeFirst, "Code first"), (.useAdditionalCode, "Use additional code"),
    (.codeAlso, "Code also"),
  ]

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
    for (kind, heading) in Self.kinds {
      // Inclusion terms name the code itself: an ancestor's are not this code's.
      let sources = kind == .inclusionTerm ? details.notes.filter { $0.origin == .code(code.display) } : details.notes
      let notes = sources.flatMap { sourced in
        sourced.notes[kind].map { note in
          sourced.origin == .code(code.display) ? escape(note) : "\(escape(note)) *(\(sourced.origin))*"
        }
      }
      guard !notes.isEmpty else { continue }
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
