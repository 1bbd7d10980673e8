import Foundation
import Testing

@testable import CodeFind

/// What goes into an index comes back out: code sets, terms, postings, forward terms, lexicon and
/// index terms, through `IndexWriter` and `IndexReader`, from bytes in memory and from a file.
@Suite("Index round trip")
struct IndexRoundTripTests {
  // MARK: Shipped data

  @Test("the shipped code sets come back field by field, from memory")
  func shippedCodeSetsFromMemory() {
    let mismatches = Self.differences(ShippedIndex.reader.codeSets(), ShippedIndex.contents.codeSets)
    #expect(mismatches.isEmpty, "\(mismatches.count) differences, first: \(mismatches.prefix(20))")
  }

  @Test("a file opened by path answers like the same bytes in memory, and verifies")
  func shippedFromFile() throws {
    let folder = try TemporaryFolder("roundtrip")
    defer { folder.remove() }
    let path = folder.file("shipped.cfidx")
    #expect(FileManager.default.createFile(atPath: path, contents: Data(ShippedIndex.bytes)))
    let file = try IndexReader(path: path)
    let memory = ShippedIndex.reader
    try file.verify()
    #expect(file.path == path)
    #expect(file.fileSize == ShippedIndex.bytes.count)
    #expect(file.codeCount == memory.codeCount && file.termCount == memory.termCount)
    #expect(file.systems == memory.systems)
    #expect(file.sources == memory.sources)
    var differing: [Int] = []
    for ordinal in 0..<memory.codeCount where file.code(at: ordinal) != memory.code(at: ordinal) {
      differing.append(ordinal)
    }
    #expect(differing.isEmpty, "codes that differ: \(differing.prefix(20))")
    for term in stride(from: 0, to: memory.termCount, by: 97) {
      #expect(file.termText(term) == memory.termText(term))
      #expect(Self.postings(file, term) == Self.postings(memory, term))
    }
    #expect(file.lexicon().allEntries == memory.lexicon().allEntries)
    #expect(file.indexTerms() == memory.indexTerms())
  }

  @Test("the header records the format version, the systems' counts and the sources")
  func shippedHeader() throws {
    let reader = ShippedIndex.reader
    try reader.verify()
    #expect(reader.formatVersion == IndexFormat.version)
    #expect(reader.fileSize == ShippedIndex.bytes.count)
    #expect(reader.sources == ShippedIndex.contents.sources)
    #expect(reader.sectionSizes.count == IndexFormat.Section.allCases.count)
    let sets = ShippedIndex.contents.codeSets
    #expect(reader.systems.map(\.system) == sets.map(\.system))
    #expect(reader.systems.map(\.ordinals.count) == sets.map(\.codes.count))
    #expect(reader.systems.map(\.billableCount) == sets.map(\.billableCount))
    #expect(reader.systems.map(\.headerCount) == sets.map(\.headerCount))
    #expect(reader.codeCount == sets.reduce(0) { $0 + $1.codes.count })
  }

  @Test("the stored lexicon expands queries as the loaded one does")
  func shippedLexicon() {
    let stored = ShippedIndex.reader.lexicon()
    let loaded = ShippedIndex.contents.lexicon
    #expect(stored.allEntries == loaded.allEntries)
    #expect(stored.wordPartRewrites == loaded.wordPartRewrites)
    let analyzer = Analyzer()
    for query in ["heart attack", "CHF", "T2DM", "ckd3", "lap appy", "w/o", "haemorrhage"] {
      let tokens = analyzer.analyze(query)
      #expect(!loaded.expansions(of: tokens[...]).isEmpty, "\(query) should expand")
      for start in tokens.indices {
        #expect(stored.expansions(of: tokens[start...]) == loaded.expansions(of: tokens[start...]), "\(query) from token \(start)")
      }
    }
  }

  @Test("a look-up decodes only the entries the words spell: of the phrases starting with heart, those of heart attack")
  func shippedLexiconEntriesSpelledByTheQuery() throws {
    let stored = try #require(StoredLexiconEntries(index: ShippedIndex.reader))
    let everyEntry = ShippedIndex.contents.lexicon.allEntries
    let table = LexiconTable(everyEntry)
    let tokens = Analyzer().analyze("heart attack")[...]
    let spelled = stored.entries(startingWith: "heart", spelledBy: tokens)
    #expect(spelled.contains { $0.key == ["heart", "attack"] })
    #expect(spelled.allSatisfy { $0.isSpelled(by: tokens) && ["heart", "attack"].starts(with: $0.key) })
    #expect(spelled == table.entries(startingWith: "heart", spelledBy: tokens))
    #expect(everyEntry.filter { $0.key.first == "heart" }.count > spelled.count + 5)
  }

  @Test("every phrase of the shipped lexicon, written in capitals or not, expands from the index as from the lexicon")
  func shippedLexiconPhrases() {
    let stored = ShippedIndex.reader.lexicon()
    let loaded = ShippedIndex.contents.lexicon
    let analyzer = Analyzer()
    let phrases = Set(loaded.allEntries.map { $0.key.joined(separator: " ") })
    #expect(phrases.count > 1000)
    var differing: [String] = []
    for phrase in phrases.sorted() {
      for text in [phrase, phrase.uppercased()] {
        let tokens = analyzer.analyze(text)
        if stored.expansions(of: tokens[...]) != loaded.expansions(of: tokens[...]) { differing.append(text) }
      }
    }
    #expect(differing.isEmpty, "phrases that expand differently: \(differing.prefix(20))")
    #expect(stored.entryCount == loaded.entryCount)
  }

  @Test("the index terms come back in order")
  func shippedIndexTerms() {
    let stored = ShippedIndex.reader.indexTerms()
    #expect(!stored.isEmpty)
    #expect(stored == ShippedIndex.contents.indexTerms)
  }

  @Test("the term dictionary holds every analyzed term once, in byte order")
  func shippedTermDictionary() {
    let reader = ShippedIndex.reader
    let expected = Set(ShippedIndex.contents.analyzedCodes.flatMap { $0.occurrences.map(\.term) })
      .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    let stored = (0..<reader.termCount).map { reader.termText($0) ?? "<unreadable>" }
    #expect(stored == expected)
  }

  @Test("each dictionary entry stores the bytes its term shares with the term before it")
  func shippedSharedPrefixes() {
    let reader = ShippedIndex.reader
    let texts = (0..<reader.termCount).map { Array((reader.termText($0) ?? "").utf8) }
    let stored = (0..<reader.termCount).map { term in
      reader.withSection(.terms) { $0.uint8(at: 8 + term * IndexFormat.termEntrySize + 6) }.map(Int.init)
    }
    let expected = texts.indices.map { term in
      term == 0 ? 0 : min(255, zip(texts[term - 1], texts[term]).prefix { $0 == $1 }.count)
    }
    #expect(stored == expected)
    // Sorted neighbours share prefixes: a quarter of the entries at least store four bytes or more.
    #expect(expected.filter { $0 >= 4 }.count > reader.termCount / 4)
  }

  @Test("every term is found by its text, and every prefix of one or two letters gives exactly its terms")
  func shippedTermSearchWithinPrefixes() {
    let reader = ShippedIndex.reader
    let texts = (0..<reader.termCount).map { reader.termText($0) ?? "" }
    #expect(texts.indices.filter { reader.term(texts[$0]) != $0 }.isEmpty)
    let prefixes = Set(texts.flatMap { [String($0.prefix(1)), String($0.prefix(2))] }).union(["", "zz", "ä", "q9"])
    for prefix in prefixes.sorted() {
      let expected = texts.indices.filter { texts[$0].utf8.starts(with: prefix.utf8) }
      let found = reader.terms(withPrefix: prefix)
      #expect(Array(found) == expected, "\(prefix)")
    }
  }

  @Test("exact, prefix and fuzzy term lookups")
  func shippedTermLookups() throws {
    let reader = ShippedIndex.reader
    let pneumonia = try #require(reader.term("pneumonia"))
    #expect(reader.termText(pneumonia) == "pneumonia")
    #expect(reader.term("pneumoniaa") == nil)
    #expect(reader.documentFrequency(pneumonia) > 0)

    let diabetes = try #require(reader.term("diabetes"))
    let prefixed = reader.terms(withPrefix: "diabet")
    #expect(prefixed.contains(diabetes))
    for term in prefixed { #expect(reader.termText(term)?.hasPrefix("diabet") == true) }
    #expect(reader.termText(prefixed.lowerBound - 1)?.hasPrefix("diabet") == false)
    #expect(reader.termText(prefixed.upperBound)?.hasPrefix("diabet") == false)
    #expect(reader.terms(withPrefix: "zzzzq").isEmpty)

    let typo = reader.fuzzyTerms("pnuemonia", maxDistance: 2, prefix: false)
    #expect(typo.contains { $0.term == pneumonia && $0.distance <= 2 })
    #expect(typo.allSatisfy { $0.distance <= 2 })
    let typed = reader.fuzzyTerms("diabet", maxDistance: 1, prefix: true)
    #expect(typed.contains(FuzzyTermMatch(term: diabetes, distance: 0)))
    #expect(reader.fuzzyTerms("", maxDistance: 2, prefix: true).isEmpty)
  }

  @Test("postings of a procedure word reach the body part and its codes")
  func shippedPostings() throws {
    let reader = ShippedIndex.reader
    let appendectomy = try #require(reader.term("appendectomy"))
    let ordinals = Set(Self.postings(reader, appendectomy).map(\.ordinal))
    let bodyPart = try #require(Self.ordinal(reader, "0DTJ", .icd10pcs))
    let code = try #require(Self.ordinal(reader, "0DTJ4ZZ", .icd10pcs))
    #expect(ordinals.contains(bodyPart))
    #expect(ordinals.contains(code))
    #expect(reader.documentFrequency(appendectomy) == ordinals.count)
  }

  @Test("a posting's title detail counts its code's title tokens but the neutral ones, and orders the groups")
  func shippedTitleDetail() throws {
    let reader = ShippedIndex.reader
    let fever = try #require(reader.term("fever"))
    var postings: [CodePosting] = []
    reader.forEachPosting(of: fever) { postings.append($0); return true }
    func detail(_ key: String) throws -> Int {
      let ordinal = try #require(Self.ordinal(reader, key, .icd10cm))
      return try #require(postings.first { $0.ordinal == ordinal }, "\(key) has fever").titleDetailCount
    }
    // "Fever, unspecified": 2 title tokens, one neutral; "Typhoid fever, unspecified": 3, one
    // neutral; "Sandfly fever": 2, none.
    #expect(try detail("R509") == 1)
    #expect(try detail("A0100") == 2)
    #expect(try detail("A931") == 2)
    for key in ["R509", "A0100", "A931"] {
      let ordinal = try #require(Self.ordinal(reader, key, .icd10cm))
      let code = try #require(reader.code(at: ordinal))
      let neutral = Set(Analyzer().analyze(code.title).map(\.term)).intersection(AnalyzedCode.neutralTerms).count
      #expect(try detail(key) == code.titleTokenCount - neutral, "\(key)")
    }
    // Impact order: the groups of one class come by increasing title detail.
    let classes = postings.map { ($0.fields & 0xF0 == 0, $0.fields & 1 == 0, !$0.isBillable) }
    for index in postings.indices.dropFirst() where classes[index] == classes[index - 1] {
      #expect(postings[index - 1].titleDetailCount <= postings[index].titleDetailCount)
    }
  }

  @Test("forward terms of E11.40 hold its title words at their title positions")
  func shippedForwardTerms() throws {
    let reader = ShippedIndex.reader
    let ordinal = try #require(Self.ordinal(reader, "E1140", .icd10cm))
    let code = try #require(reader.code(at: ordinal))
    #expect(code.title == "Type 2 diabetes mellitus with diabetic neuropathy, unspecified")
    var forward: [ForwardTerm] = []
    reader.forwardTerms(of: ordinal, into: &forward)
    let tokens = Analyzer().analyze(code.title)
    #expect(code.titleTokenCount == tokens.count)
    for token in tokens {
      let term = try #require(reader.term(token.term), "\(token.term)")
      let entry = forward.first { $0.term == term }
      let firstPosition = tokens.first { $0.term == token.term }?.position
      #expect((entry?.fields ?? 0) & 1 == 1, "\(token.term) is a title term")
      #expect(entry?.titlePosition == firstPosition, "\(token.term) at \(String(describing: firstPosition))")
    }
    var viaCallback: [ForwardTerm] = []
    reader.forEachTerm(of: ordinal) { viaCallback.append(ForwardTerm(term: $0, fields: $1, titlePosition: $2)) }
    #expect(viaCallback == forward)
  }

  @Test("essential phrases: I10's nonessential modifiers and M54.9's NOS are dropped, a header has none")
  func shippedEssentialPhrases() throws {
    let reader = ShippedIndex.reader
    let analyzed = ShippedIndex.contents.analyzedCodes
    let hypertension = try #require(Self.ordinal(reader, "I10", .icd10cm))
    #expect(analyzed[hypertension].essentialPhrases.contains(["hypertension"]))
    let backPain = try #require(Self.ordinal(reader, "M549", .icd10cm))
    #expect(analyzed[backPain].essentialPhrases.contains(["back", "pain"]))
    let header = try #require(Self.ordinal(reader, "E11", .icd10cm))
    #expect(analyzed[header].essentialPhrases.isEmpty)
    // The header's "diabetes NOS" goes to E11.9, "Type 2 diabetes mellitus without complications".
    let unspecified = try #require(Self.ordinal(reader, "E119", .icd10cm))
    #expect(analyzed[unspecified].essentialPhrases.contains(["diabetes"]))
    // In the index: I10's phrase "hypertension" is one term, marked in its forward terms and first
    // in the postings of the term.
    let term = try #require(reader.term("hypertension"))
    let phrase = try #require((0..<Self.phraseCapacity).first { reader.essentialPhraseSizes(of: hypertension)[$0] == 1 })
    var forward: [ForwardTerm] = []
    reader.forwardTerms(of: hypertension, into: &forward)
    #expect(forward.filter { $0.fields & (1 << (4 + phrase)) != 0 }.map(\.term) == [term])
    let postings = Self.postings(reader, term)
    let firstPlain = postings.firstIndex { $0.fields & 0xF0 == 0 } ?? postings.count
    #expect(postings[..<firstPlain].contains { $0.ordinal == hypertension })
    #expect(postings[firstPlain...].allSatisfy { $0.fields & 0xF0 == 0 }, "codes with the term in an essential phrase come first")
  }

  @Test("postings and forward terms agree with the analyzed codes (a sample of codes)")
  func shippedPostingsAndForwardSample() {
    let reader = ShippedIndex.reader
    let analyzed = ShippedIndex.contents.analyzedCodes
    var mismatches: [String] = []
    var postings: [Int: Set<Posting>] = [:]
    for ordinal in stride(from: 0, to: reader.codeCount, by: 211) {
      let expected = Self.expectedForward(analyzed[ordinal], reader)
      var forward: [ForwardTerm] = []
      reader.forwardTerms(of: ordinal, into: &forward)
      if forward != expected { mismatches.append("forward terms of \(ordinal)") }
      let sizes = Self.expectedEssentialPhrases(analyzed[ordinal], reader).map(\.count)
      let stored = (0..<Self.phraseCapacity).map { reader.essentialPhraseSizes(of: ordinal)[$0] }
      if stored != sizes + Array(repeating: 0, count: Self.phraseCapacity - sizes.count) {
        mismatches.append("essential phrase sizes of \(ordinal)")
      }
      for entry in forward {
        let termPostings = postings[entry.term] ?? Set(Self.postings(reader, entry.term))
        postings[entry.term] = termPostings
        if !termPostings.contains(Posting(ordinal: ordinal, fields: entry.fields)) {
          mismatches.append("posting of term \(entry.term) for \(ordinal)")
        }
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
  }

  @Test("a key in two systems has two ordinals")
  func shippedKeyInTwoSystems() {
    let reader = ShippedIndex.reader
    let ordinals = reader.ordinals(forKey: "B20")
    #expect(ordinals.count == 2)
    #expect(Set(ordinals.compactMap { reader.code(at: $0)?.system }) == [.icd10cm, .icd10pcs])
    #expect(reader.ordinals(forKey: "E11.40").isEmpty, "keys are canonical")
    #expect(reader.ordinals(forKey: "").isEmpty)
  }

  @Test("a key prefix covers the category and its codes, in key order")
  func shippedKeyPrefix() {
    let reader = ShippedIndex.reader
    let positions = reader.keyPositions(withPrefix: "E114")
    let keys = positions.compactMap { reader.ordinal(atSortedKeyPosition: $0).flatMap { reader.code(at: $0)?.key } }
    let expected = ShippedIndex.contents.codeSets.flatMap(\.codes).map(\.key).filter { $0.hasPrefix("E114") }.sorted()
    #expect(keys == expected)
    #expect(keys.first == "E114")
    for key in ["E1140", "E1141", "E1142", "E1143", "E1144", "E1149"] { #expect(keys.contains(key)) }
    #expect(reader.keyPositions(withPrefix: "").count == reader.codeCount)
    #expect(reader.keyPositions(withPrefix: "ZZZZ").isEmpty)
  }

  // MARK: Synthetic index

  @Test("the synthetic code sets come back exactly")
  func syntheticCodeSets() throws {
    let reader = try IndexReader(bytes: SyntheticIndex.bytes)
    try reader.verify()
    let mismatches = Self.differences(reader.codeSets(), SyntheticIndex.contents.codeSets)
    #expect(mismatches.isEmpty, "\(mismatches)")
  }

  @Test("titles are stored as their parent's plus a suffix, one level deep")
  func syntheticTitleExtension() throws {
    let reader = try IndexReader(bytes: SyntheticIndex.bytes)
    for (key, extends) in [("S061X7A", true), ("H8101", true), ("H8101X", false), ("0DTJ4ZZ", true), ("E1140", false)] {
      let ordinal = try #require(reader.ordinals(forKey: key).first)
      let flags = reader.withSection(.codes) { $0.uint8(at: ordinal * IndexFormat.codeRecordSize + 1) } ?? 0
      #expect((flags & IndexFormat.titleExtendsParentFlag != 0) == extends, "\(key)")
    }
  }

  @Test("the synthetic lexicon, index terms, sources and terms come back")
  func syntheticTerminology() throws {
    let reader = try IndexReader(bytes: SyntheticIndex.bytes)
    #expect(reader.lexicon().allEntries == SyntheticIndex.lexicon.allEntries)
    #expect(reader.lexicon().wordPartRewrites == SyntheticIndex.lexicon.wordPartRewrites)
    #expect(reader.indexTerms() == SyntheticIndex.indexTerms)
    #expect(reader.sources == SyntheticIndex.contents.sources)
    let ordinals = reader.ordinals(forKey: "B20")
    #expect(ordinals.compactMap { reader.code(at: $0)?.title } == ["Human immunodeficiency virus [HIV] disease", "Plain Radiography"])
    let menieres = try #require(reader.term("meniere"))
    #expect(reader.fuzzyTerms("menier", maxDistance: 0, prefix: true).map(\.term) == [menieres])
  }

  @Test("every posting has its forward term and the reverse, as analyzed")
  func syntheticPostingsAndForward() {
    guard let reader = try? IndexReader(bytes: SyntheticIndex.bytes) else {
      Issue.record("the synthetic index must open")
      return
    }
    var fromPostings: [String] = []
    for term in 0..<reader.termCount {
      for posting in Self.postings(reader, term) { fromPostings.append("\(term) \(posting.ordinal) \(posting.fields)") }
    }
    var fromForward: [String] = []
    for ordinal in 0..<reader.codeCount {
      var forward: [ForwardTerm] = []
      reader.forwardTerms(of: ordinal, into: &forward)
      #expect(forward == Self.expectedForward(SyntheticIndex.contents.analyzedCodes[ordinal], reader))
      for entry in forward { fromForward.append("\(entry.term) \(ordinal) \(entry.fields)") }
    }
    #expect(fromPostings.sorted() == fromForward.sorted())
    #expect(!fromPostings.isEmpty)
  }

  @Test("writing to a file gives the bytes of bytes(for:)")
  func writerFileMatchesBytes() throws {
    let folder = try TemporaryFolder("writer")
    defer { folder.remove() }
    let path = folder.file("nested/folder/synthetic.cfidx")
    try IndexWriter().write(SyntheticIndex.contents, to: path)
    #expect(FileManager.default.contents(atPath: path).map(Array.init) == SyntheticIndex.bytes)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.file("nested/folder"))
    #expect(leftovers == ["synthetic.cfidx"])
  }

  // MARK: Helpers

  /// One posting: a code a term occurs in, with the mask of fields.
  struct Posting: Hashable {
    var ordinal: Int
    var fields: UInt8
  }

  /// The postings of a term, in the order the index stores them.
  static func postings(_ reader: IndexReader, _ term: Int) -> [Posting] {
    var result: [Posting] = []
    reader.forEachPosting(of: term) { result.append(Posting(ordinal: $0, fields: $1)) }
    return result
  }

  /// The ordinal of a key in one system.
  static func ordinal(_ reader: IndexReader, _ key: String, _ system: CodeSystem.ID) -> Int? {
    reader.ordinals(forKey: key).first { reader.code(at: $0)?.system == system }
  }

  /// The forward terms an analyzed code should have: each distinct term once, in term order, with
  /// the mask of its fields and its first title position.
  static func expectedForward(_ analyzed: AnalyzedCode, _ reader: IndexReader) -> [ForwardTerm] {
    var byTerm: [Int: ForwardTerm] = [:]
    for occurrence in analyzed.occurrences {
      guard let term = reader.term(occurrence.term) else { continue }
      var entry = byTerm[term] ?? ForwardTerm(term: term, fields: 0, titlePosition: 0)
      if occurrence.field == .title && entry.fields & 1 == 0 { entry.titlePosition = Int(min(occurrence.position, 255)) }
      entry.fields |= 1 << occurrence.field.rawValue
      byTerm[term] = entry
    }
    for (phrase, terms) in expectedEssentialPhrases(analyzed, reader).enumerated() {
      for term in terms { byTerm[term]?.fields |= 1 << (4 + phrase) }
    }
    return byTerm.values.sorted { $0.term < $1.term }
  }

  /// The most essential phrases a code keeps.
  static let phraseCapacity = Int(EssentialPhraseSizes.capacity)

  /// The essential phrases an analyzed code should keep, as term sets: those whose every term is
  /// one of the code's, fewest terms first (ties in phrase order), each set once, at most
  /// ``EssentialPhraseSizes/capacity``.
  static func expectedEssentialPhrases(_ analyzed: AnalyzedCode, _ reader: IndexReader) -> [Set<Int>] {
    let own = Set(analyzed.occurrences.map(\.term))
    var kept: [Set<Int>] = []
    for phrase in analyzed.essentialPhrases.sorted(by: { $0.count < $1.count }) where kept.count < phraseCapacity {
      let terms = Set(phrase.compactMap { own.contains($0) ? reader.term($0) : nil })
      if terms.count == phrase.count && !kept.contains(terms) { kept.append(terms) }
    }
    return kept
  }

  /// The differences between code sets read from an index and the imported ones, each naming the
  /// system, the code and the field.
  static func differences(_ read: [CodeSet], _ imported: [CodeSet]) -> [String] {
    var result: [String] = []
    if read.count != imported.count { result.append("\(read.count) systems read, \(imported.count) imported") }
    for (left, right) in zip(read, imported) {
      let system = right.system.id.rawValue
      if left.system != right.system { result.append("\(system): system \(left.system) ≠ \(right.system)") }
      if left.codes.count != right.codes.count {
        result.append("\(system): \(left.codes.count) codes read, \(right.codes.count) imported")
      }
      for (got, want) in zip(left.codes, right.codes) where got != want {
        result.append("\(system) \(want.display): " + fieldDifferences(got, want).joined(separator: ", "))
      }
      if left.chapters.count != right.chapters.count {
        result.append("\(system): \(left.chapters.count) chapters read, \(right.chapters.count) imported")
      }
      for (got, want) in zip(left.chapters, right.chapters) where got != want {
        let sections = zip(got.sections, want.sections).filter { $0 != $1 }.map { "section \($1.id)" }
        let notes = got.notes != want.notes ? ["notes"] : []
        let heading = got.id != want.id || got.title != want.title ? ["id or title"] : []
        result.append("\(system) chapter \(want.id): " + (heading + notes + sections).joined(separator: ", "))
      }
    }
    return result
  }

  /// The names of the fields in which two codes differ, with both values.
  static func fieldDifferences(_ got: Code, _ want: Code) -> [String] {
    var fields: [String] = []
    func compare<Value: Equatable>(_ name: String, _ path: KeyPath<Code, Value>) {
      if got[keyPath: path] != want[keyPath: path] {
        fields.append("\(name) \(got[keyPath: path]) ≠ \(want[keyPath: path])")
      }
    }
    compare("system", \.system)
    compare("key", \.key)
    compare("display", \.display)
    compare("title", \.title)
    compare("billable", \.isBillable)
    compare("parent", \.parent)
    compare("children", \.children)
    compare("depth", \.depth)
    compare("chapter", \.chapter)
    compare("section", \.section)
    compare("notes", \.notes)
    compare("7th characters", \.seventhCharacters)
    return fields
  }
}
