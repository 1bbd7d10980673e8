extension ClaimValidator {
  /// The most notes of one place a message quotes.
  static let quotedNoteCount = 6

  /// The problems between the codes of a claim: Excludes1 and Excludes2 conflicts, manifestation
  /// codes without (or before) their underlying condition, and "use additional code" reminders.
  /// - Parameters:
  ///   - codes: The claim's codes in claim order; `nil` for an input that named no code.
  ///   - isCancelled: Asked before each position; `true` stops the checks.
  /// - Returns: The problems of each position that has any.
  func noteProblems(_ codes: [IndexedCode?], until isCancelled: () -> Bool) -> [(Int, [ValidationProblem])] {
    let notes = codes.map { $0.map { applicableNotes.notes(of: $0, in: index) } ?? [] }
    let keys = codes.map { $0.map { Array($0.key.utf8) } ?? [] }
    var result: [(Int, [ValidationProblem])] = []
    for (position, code) in codes.enumerated() {
      if isCancelled() { break }
      guard let code, !notes[position].isEmpty else { continue }
      /// The other positions of the claim whose code one of `references` names.
      func positions(namedBy references: [NoteReference]) -> [Int] {
        codes.indices.filter { other in
          guard other != position, let otherCode = codes[other], otherCode.system == code.system, otherCode.key != code.key
          else { return false }
          return references.contains { $0.matches(keys[other]) }
        }
      }
      var problems: [ValidationProblem] = []
      for kind in [NoteKind.excludes1, .excludes2] {
        var reported: Set<Int> = []
        for note in notes[position] where note.kind == kind {
          for other in positions(namedBy: note.references) where reported.insert(other).inserted {
            if let otherCode = codes[other] { problems.append(excludesProblem(code, otherCode, note: note)) }
          }
        }
      }
      for (origin, group) in Self.groups(notes[position], kind: .codeFirst) {
        let named = positions(namedBy: group.flatMap(\.references))
        if named.contains(where: { $0 < position }) { continue }
        problems.append(codeFirstProblem(code, origin: origin, group: group, listedAfter: named.compactMap { codes[$0] }))
      }
      let reminders = Self.groups(notes[position], kind: .useAdditionalCode).filter { positions(namedBy: $0.1.flatMap(\.references)).isEmpty }
      if !reminders.isEmpty { problems.append(useAdditionalCodeProblem(code, groups: reminders)) }
      if !problems.isEmpty { result.append((position, problems)) }
    }
    return result
  }

  /// The notes of one kind, grouped by where they were written, nearest place first.
  static func groups(_ notes: [ApplicableNote], kind: NoteKind) -> [(SourcedNotes.Origin, [ApplicableNote])] {
    var groups: [(SourcedNotes.Origin, [ApplicableNote])] = []
    for note in notes where note.kind == kind {
      if let last = groups.indices.last, groups[last].0 == note.origin {
        groups[last].1.append(note)
      } else {
        groups.append((note.origin, [note]))
      }
    }
    return groups
  }

  /// The notes of one place as one quotation: `underlying disease, such as: amyloidosis (E85.-); …`.
  static func quoted(_ group: [ApplicableNote]) -> String {
    var text = ""
    for (offset, note) in group.prefix(quotedNoteCount).enumerated() {
      if offset > 0 { text += text.hasSuffix(":") ? " " : "; " }
      text += note.text
    }
    return "\"" + text + (group.count > quotedNoteCount ? "; …" : "") + "\""
  }

  /// Where a note was written, as messages name it: `E11`, `section E08-E13`, `chapter 4`.
  static func place(_ origin: SourcedNotes.Origin, of code: IndexedCode) -> String {
    if case .code(let display) = origin, display == code.display { return display }
    return "\(origin) (it applies to \(code.display))"
  }

  private func excludesProblem(_ code: IndexedCode, _ other: IndexedCode, note: ApplicableNote) -> ValidationProblem {
    let quote = "the \(note.kind == .excludes1 ? "Excludes1" : "Excludes2") note of \(Self.place(note.origin, of: code)) reads \"\(note.text)\""
    if note.kind == .excludes1 {
      return ValidationProblem(
        kind: .excludes1, severity: .error,
        message: "\(code.display) and \(other.display) must not be reported together: \(quote). "
          + "Keep the one the record supports and remove the other.",
        related: [other.display])
    }
    return ValidationProblem(
      kind: .excludes2, severity: .information,
      message: "\(code.display) and \(other.display) may be reported together only when the patient has both: \(quote) "
        + "(\(other.display) is not part of \(code.display)).",
      related: [other.display])
  }

  private func codeFirstProblem(
    _ code: IndexedCode, origin: SourcedNotes.Origin, group: [ApplicableNote], listedAfter: [IndexedCode]
  ) -> ValidationProblem {
    let note = "the code-first note of \(Self.place(origin, of: code)) reads \(Self.quoted(group))"
    let references = group.flatMap(\.references).map(\.written)
    if let first = listedAfter.first {
      return ValidationProblem(
        kind: .codeFirst, severity: .warning,
        message: "\(code.display) is listed before its underlying condition \(first.display): list \(first.display) first (\(note)).",
        related: listedAfter.map(\.display))
    }
    // "in diseases classified elsewhere" marks a manifestation code, which never stands alone.
    let isManifestation = code.title.lowercased().contains("classified elsewhere")
    let isOptional = group.contains { $0.text.lowercased().contains("if applicable") }
    let missing =
      references.isEmpty
      ? "code its underlying condition first when the record documents one"
      : "none of the conditions it names is on the claim; \(isOptional ? "if one applies, " : "")add its code before \(code.display)"
    return ValidationProblem(
      kind: .codeFirst, severity: isManifestation && !references.isEmpty ? .warning : .information,
      message: "\(code.display)\(isManifestation ? " is a manifestation code: " : ": ")\(note); \(missing).",
      related: references)
  }

  private func useAdditionalCodeProblem(_ code: IndexedCode, groups: [(SourcedNotes.Origin, [ApplicableNote])]) -> ValidationProblem {
    let notes = groups.map { origin, group in "\(Self.place(origin, of: code)): \(Self.quoted(group))" }
    var related: [String] = []
    for reference in groups.flatMap({ $0.1.flatMap(\.references) }) where !related.contains(reference.written) {
      related.append(reference.written)
    }
    return ValidationProblem(
      kind: .useAdditionalCode, severity: .information,
      message: "\(code.display): the claim has none of the codes that its \"use additional code\" notes ask for; add one when "
        + "the record documents it. " + notes.joined(separator: "; ") + ".",
      related: related)
  }
}
