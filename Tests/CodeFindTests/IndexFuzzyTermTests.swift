import Testing

@testable import CodeFind

/// Checks the term dictionary's typo enumeration (`fuzzyTerms`) against a dynamic-programming
/// optimal-string-alignment distance over every term, on a dictionary of near neighbours: words that
/// share prefixes, non-ASCII words, and seeded misspellings of them.
@Suite("Index fuzzy term enumeration")
struct IndexFuzzyTermTests {
  static let words = [
    "acute", "chronic", "diabetes", "diabetic", "dialysis", "fracture", "femur", "fibula", "left", "right",
    "bilateral", "unspecified", "with", "without", "neuropathy", "nephropathy", "kidney", "heart", "failure",
    "infarction", "pain", "chest", "abdominal", "appendicitis", "appendix", "resection", "ménière", "sjögren",
    "naïve", "encounter", "initial", "subsequent", "sequela", "open", "closed", "displaced", "nondisplaced",
    "mellitus", "type", "hyperglycemia", "hypoglycemia", "coma", "ulcer", "foot", "ankle", "skin", "cœur", "d", "di",
  ]

  /// The index: one code per term, the words and two seeded misspellings of each.
  static let reader: IndexReader = {
    var random = SplitMix64(seed: 17)
    var terms = Set(words)
    for word in words {
      for _ in 0..<2 { terms.insert(String(decoding: misspell(Array(word.utf8), &random), as: UTF8.self)) }
    }
    let sorted = terms.sorted()
    let codes = sorted.indices.map { index in
      Code(system: .icd10pcs, key: "T\(index)", display: "T\(index)", title: sorted[index], isBillable: true)
    }
    let analyzed = sorted.map { AnalyzedCode(occurrences: [AnalyzedCode.Occurrence(term: $0, field: .title, position: 0)]) }
    let contents = IndexContents(
      codeSets: [CodeSet(system: CodeSystem(id: .icd10pcs, name: "Terms", version: "1"), codes: codes)],
      analyzedCodes: analyzed, lexicon: Lexicon(entries: [], wordPartRewrites: []), indexTerms: [], sources: [])
    do {
      return try IndexReader(bytes: IndexWriter().bytes(for: contents))
    } catch {
      preconditionFailure("the fuzzy-term index must open: \(error)")
    }
  }()

  /// `word` with up to two random edits after its first byte (deletion, insertion, substitution).
  static func misspell(_ word: [UInt8], _ random: inout SplitMix64) -> [UInt8] {
    var result = word
    for _ in 0..<Int.random(in: 1...2, using: &random) where result.count > 1 {
      let position = Int.random(in: 1..<result.count, using: &random)
      switch Int.random(in: 0..<3, using: &random) {
      case 0: result.remove(at: position)
      case 1: result.insert(UInt8.random(in: 97...122, using: &random), at: position)
      default: result[position] = UInt8.random(in: 97...122, using: &random)
      }
    }
    return result
  }

  /// The optimal-string-alignment distance (Levenshtein plus swaps of adjacent bytes) between
  /// `word` and `term`, and between `word` and the closest prefix of `term`, the empty one included.
  static func distances(_ word: [UInt8], _ term: [UInt8]) -> (whole: Int, bestPrefix: Int) {
    var beforePrevious: [Int] = []
    var previous = Array(0...word.count)
    var best = previous[word.count]
    for row in 1...max(term.count, 1) where row <= term.count {
      var current = [row] + Array(repeating: 0, count: word.count)
      for column in 1...max(word.count, 1) where column <= word.count {
        let substitution = previous[column - 1] + (word[column - 1] == term[row - 1] ? 0 : 1)
        current[column] = min(previous[column] + 1, current[column - 1] + 1, substitution)
        if row > 1, column > 1, word[column - 1] == term[row - 2], word[column - 2] == term[row - 1] {
          current[column] = min(current[column], beforePrevious[column - 2] + 1)
        }
      }
      best = min(best, current[word.count])
      beforePrevious = previous
      previous = current
    }
    return (previous[word.count], best)
  }

  /// What a scan of every term finds: the terms with the word's first byte within the distance.
  static func bruteForce(
    _ word: String, maxDistance: Int, prefix: Bool, in reader: IndexReader = reader
  ) -> [FuzzyTermMatch] {
    let query = Array(word.utf8)
    guard let first = query.first else { return [] }
    return (0..<reader.termCount).compactMap { number in
      let term = Array((reader.termText(number) ?? "").utf8)
      guard term.first == first else { return nil }
      let distances = distances(query, term)
      let distance = prefix ? distances.bestPrefix : distances.whole
      return distance <= maxDistance ? FuzzyTermMatch(term: number, distance: distance) : nil
    }
  }

  @Test(
    "typed words, misspelled words and prefixes match a scan of every term",
    arguments: [
      "diabetes", "diabtees", "daibetes", "diab", "dia", "d", "fractur", "femru", "ménière", "meniere", "sjogren",
      "chset", "hyperglycemai", "nephropaty", "unspecifeid", "x", "cœur", "coeur", "encountre", "di",
    ])
  func matchesBruteForce(word: String) {
    for maxDistance in 0...2 {
      for prefix in [false, true] {
        #expect(
          Self.reader.fuzzyTerms(word, maxDistance: maxDistance, prefix: prefix)
            == Self.bruteForce(word, maxDistance: maxDistance, prefix: prefix), "\(word) d=\(maxDistance) prefix=\(prefix)")
      }
    }
  }

  @Test("seeded misspellings and cut words match a scan of every term")
  func seededWordsMatchBruteForce() {
    var random = SplitMix64(seed: 42)
    for _ in 0..<300 {
      guard let source = Self.words.randomElement(using: &random) else { continue }
      var word = Self.misspell(Array(source.utf8), &random)
      if Bool.random(using: &random) { word = Array(word.prefix(max(1, word.count - 2))) }
      let text = String(decoding: word, as: UTF8.self)
      let maxDistance = Int.random(in: 0...2, using: &random)
      let prefix = Bool.random(using: &random)
      #expect(
        Self.reader.fuzzyTerms(text, maxDistance: maxDistance, prefix: prefix)
          == Self.bruteForce(text, maxDistance: maxDistance, prefix: prefix), "\(text) d=\(maxDistance) prefix=\(prefix)")
    }
  }

  /// The shipped dictionary's 13,000 terms: whole runs of terms (`hypo…`, `hyper…`) that the scan
  /// skips once their first bytes are too far from the word.
  @Test(
    "typed and misspelled words match a scan of every term of the shipped dictionary",
    arguments: ["hemorrage", "hypertensoin", "pnuemonia", "diabetis", "osteoporo", "fractrue", "hyperten", "chol"])
  func shippedDictionaryMatchesBruteForce(word: String) {
    let shipped = ShippedIndex.reader
    for maxDistance in 1...2 {
      for prefix in [false, true] {
        let found = shipped.fuzzyTerms(word, maxDistance: maxDistance, prefix: prefix)
        #expect(
          found == Self.bruteForce(word, maxDistance: maxDistance, prefix: prefix, in: shipped),
          "\(word) d=\(maxDistance) prefix=\(prefix)")
      }
    }
  }

  @Test("an empty word, a negative distance and a word over 64 bytes match nothing")
  func edgeCases() {
    #expect(Self.reader.fuzzyTerms("", maxDistance: 2, prefix: true).isEmpty)
    #expect(Self.reader.fuzzyTerms("diabetes", maxDistance: -1, prefix: false).isEmpty)
    #expect(Self.reader.fuzzyTerms(String(repeating: "d", count: 65), maxDistance: 2, prefix: true).isEmpty)
    #expect(Self.reader.fuzzyTerms("diabetes", maxDistance: 0, prefix: false).map(\.term) == [Self.reader.term("diabetes")].compactMap { $0 })
  }
}
