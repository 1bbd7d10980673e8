@testable import CodeFind

/// Calls the accessors of a (possibly damaged) index and checks the one promise they make on any
/// file: answers stay in range. A crash or an out-of-bounds read fails the whole test run, so
/// running this at all is most of the test.
struct IndexExercise {
  /// The index under test.
  let reader: IndexReader
  /// What went out of range, in words.
  private(set) var problems: [String] = []

  /// Starts exercising an index.
  /// - Parameter reader: The index.
  init(_ reader: IndexReader) { self.reader = reader }

  /// Reads everything about some codes: the code, its summary, children, notes, 7th characters,
  /// chapter, section and forward terms, and looks its key up.
  /// - Parameter ordinals: Code ordinals; values out of range are fine.
  mutating func codes(_ ordinals: some Sequence<Int>) {
    let count = reader.codeCount
    for ordinal in ordinals {
      if let code = reader.code(at: ordinal) {
        check(code.ordinal == ordinal && (0..<count).contains(ordinal), "code(at: \(ordinal)) is \(code.ordinal)")
        check(code.parent.map { (0..<count).contains($0) } ?? true, "parent of \(ordinal) is \(String(describing: code.parent))")
        for found in reader.ordinals(forKey: code.key) { check((0..<count).contains(found), "ordinal \(found) for \(code.key)") }
        let positions = reader.keyPositions(withPrefix: String(code.key.prefix(3)))
        check(positions.lowerBound >= 0 && positions.upperBound <= count, "key positions \(positions)")
        for position in positions.prefix(8) {
          check(reader.ordinal(atSortedKeyPosition: position).map { (0..<count).contains($0) } ?? true, "key position \(position)")
        }
      }
      if let summary = reader.summary(at: ordinal) {
        check(summary.systemIndex < reader.systems.count, "summary of \(ordinal) names system \(summary.systemIndex)")
      }
      for child in reader.children(of: ordinal) { check((0..<count).contains(child), "child \(child) of \(ordinal)") }
      _ = reader.notes(of: ordinal)
      _ = reader.seventhCharacters(of: ordinal)
      _ = reader.chapter(of: ordinal)
      _ = reader.section(of: ordinal)
      reader.forEachTerm(of: ordinal) { term, _, _ in
        check((0..<reader.termCount).contains(term), "forward term \(term) of \(ordinal)")
      }
    }
  }

  /// Reads everything about some terms: text, frequency and postings, and looks the text up
  /// exactly, as a prefix and approximately.
  /// - Parameter terms: Term numbers; values out of range are fine.
  mutating func terms(_ terms: some Sequence<Int>) {
    for term in terms {
      _ = reader.documentFrequency(term)
      reader.forEachPosting(of: term) { ordinal, _ in
        check((0..<reader.codeCount).contains(ordinal), "posting \(ordinal) of term \(term)")
      }
      if let text = reader.termText(term) { words([text]) }
    }
  }

  /// Looks words up exactly, as prefixes and within an edit distance.
  /// - Parameter words: Any words.
  mutating func words(_ words: some Sequence<String>) {
    let count = reader.termCount
    for word in words {
      if let found = reader.term(word) { check((0..<count).contains(found), "term(\(word)) is \(found)") }
      let prefixed = reader.terms(withPrefix: word)
      check(prefixed.lowerBound >= 0 && prefixed.upperBound <= count, "terms(withPrefix: \(word)) is \(prefixed)")
      for prefix in [false, true] {
        for match in reader.fuzzyTerms(word, maxDistance: 2, prefix: prefix) {
          check((0..<count).contains(match.term) && match.distance <= 2, "fuzzy match \(match) of \(word)")
        }
      }
    }
  }

  /// Decodes what is read whole: systems, chapters, lexicon, index terms, sources, section sizes and,
  /// when asked, every code set.
  /// - Parameter codeSets: Whether to rebuild every code set too (slow on a large index).
  mutating func wholeIndex(codeSets: Bool) {
    for system in reader.systems {
      check(system.ordinals.upperBound <= reader.codeCount, "system \(system.system.id) ordinals \(system.ordinals)")
      _ = reader.chapters(of: system)
    }
    let lexicon = reader.lexicon()
    let tokens = Analyzer().analyze("heart attack w/o CHF lap appy ckd3 haemorrhage")
    for start in tokens.indices { _ = lexicon.expansions(of: tokens[start...]) }
    let malformed = lexicon.allEntries.filter { $0.key.isEmpty || $0.key.count >= 64 || $0.expansion.terms.count >= 256 }
    check(malformed.isEmpty, "lexicon entries without a key part, or with too many key parts or terms: \(malformed.prefix(3))")
    _ = reader.indexTerms()
    _ = reader.sources
    _ = reader.sectionSizes
    if codeSets { _ = reader.codeSets() }
  }

  private mutating func check(_ condition: Bool, _ problem: @autoclosure () -> String) {
    if !condition { problems.append(problem()) }
  }
}
