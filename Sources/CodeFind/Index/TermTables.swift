/// The term dictionary, postings and forward terms of an index, built from the analyzed codes.
///
/// Terms are sorted by their UTF-8 bytes and numbered in that order, so the terms sharing a prefix
/// have consecutive numbers. Each (term, code) pair appears once in the postings of the term and
/// once in the forward terms of the code, with the mask of fields it occurs in (and of the code's
/// essential phrases it belongs to) and, for a title term, its first position in the title.
struct TermTables {
  /// The concatenated UTF-8 bytes of the sorted terms.
  private(set) var text: [UInt8] = []
  /// The term dictionary section: a count, then one fixed-size entry per term.
  private(set) var dictionary: [UInt8] = []
  /// The term-prefixes section: where the terms of each two-byte prefix start.
  private(set) var prefixes: [UInt8] = []
  /// The postings section.
  private(set) var postings: [UInt8] = []
  /// The forward-terms section.
  private(set) var forward: [UInt8] = []
  /// The term-bitmaps section: the codes of every term in at least
  /// ``IndexFormat/bitmapMinimumFrequency`` codes, a bit per code.
  private(set) var bitmaps: [UInt8] = []
  /// Each code's offset in the forward-terms section.
  private(set) var forwardOffsets: [UInt32] = []
  /// The number of title tokens of each code.
  private(set) var titleTokenCounts: [Int] = []

  /// One (term, code) pair with what the ranking needs.
  private struct Pair {
    var term: UInt32
    var fields: UInt8
    var titlePosition: UInt8
  }

  /// Builds the tables.
  /// - Parameters:
  ///   - analyzed: The analyzed codes, by ordinal.
  ///   - billable: Whether each code is billable, by ordinal.
  init(_ analyzed: [AnalyzedCode], billable: [Bool]) {
    let codeCount = billable.count
    // Number terms in first-seen order (one hash per occurrence), then renumber in byte order.
    var provisional: [String: UInt32] = [:]
    var seen: [String] = []
    var occurrenceTerms: [[UInt32]] = []
    occurrenceTerms.reserveCapacity(analyzed.count)
    for code in analyzed {
      occurrenceTerms.append(
        code.occurrences.map { occurrence in
          if let id = provisional[occurrence.term] { return id }
          let id = UInt32(seen.count)
          provisional[occurrence.term] = id
          seen.append(occurrence.term)
          return id
        })
    }
    let order = seen.indices.sorted { seen[$0].utf8.lexicographicallyPrecedes(seen[$1].utf8) }
    let sorted = order.map { seen[$0] }
    var final = [UInt32](repeating: 0, count: seen.count)
    for (rank, index) in order.enumerated() { final[index] = UInt32(rank) }

    // The terms that add no detail to a title, by final number.
    // (Two at most: a linear search beats hashing for each title term of every code.)
    let neutralTerms = sorted.indices.filter { AnalyzedCode.neutralTerms.contains(sorted[$0]) }.map { UInt32($0) }
    var titleDetailCounts: [Int] = []
    titleDetailCounts.reserveCapacity(codeCount)
    var perTerm = [[(code: UInt32, fields: UInt8)]](repeating: [], count: sorted.count)
    var forwardWriter = ByteWriter()
    forwardOffsets.reserveCapacity(codeCount)
    titleTokenCounts.reserveCapacity(codeCount)
    var pairs: [Pair] = []
    for ordinal in 0..<codeCount {
      let occurrences = ordinal < analyzed.count ? analyzed[ordinal].occurrences : []
      pairs.removeAll(keepingCapacity: true)
      var titleTokens = 0
      for (occurrence, provisionalID) in zip(occurrences, occurrenceTerms[ordinal]) {
        let id = final[Int(provisionalID)]
        let bit = UInt8(1) << occurrence.field.rawValue
        let isTitle = occurrence.field == .title
        if isTitle { titleTokens += 1 }
        let position = UInt8(clamping: occurrence.position)
        if let index = pairs.firstIndex(where: { $0.term == id }) {
          if isTitle && pairs[index].fields & 1 == 0 { pairs[index].titlePosition = position }
          pairs[index].fields |= bit
        } else {
          pairs.append(Pair(term: id, fields: bit, titlePosition: isTitle ? position : 0))
        }
      }
      let phraseSizes = ordinal < analyzed.count
        ? Self.markEssentialPhrases(analyzed[ordinal].essentialPhrases, in: &pairs) { provisional[$0].map { final[Int($0)] } }
        : []
      forwardOffsets.append(UInt32(forwardWriter.count))
      titleTokenCounts.append(titleTokens)
      let neutralInTitle = pairs.count { $0.fields & 1 != 0 && neutralTerms.contains($0.term) }
      titleDetailCounts.append(max(titleTokens - neutralInTitle, 0))
      pairs.sort { $0.term < $1.term }
      forwardWriter.appendVarint(UInt32(pairs.count))
      forwardWriter.append(UInt8(phraseSizes.count))
      for size in phraseSizes { forwardWriter.append(size) }
      var previous: UInt32 = 0
      for pair in pairs {
        forwardWriter.appendVarint(pair.term - previous)
        previous = pair.term
        forwardWriter.append(pair.fields)
        if pair.fields & 1 != 0 { forwardWriter.append(pair.titlePosition) }
        perTerm[Int(pair.term)].append((UInt32(ordinal), pair.fields))
      }
    }
    forward = forwardWriter.bytes

    var dictionaryWriter = ByteWriter()
    var postingsWriter = ByteWriter()
    dictionaryWriter.append(UInt32(sorted.count))
    dictionaryWriter.append(UInt32(0))
    var previousTerm = ""
    for (id, term) in sorted.enumerated() {
      dictionaryWriter.append(UInt32(text.count))
      dictionaryWriter.append(UInt16(clamping: term.utf8.count))
      let sharedPrefix = zip(previousTerm.utf8, term.utf8).prefix { $0 == $1 }.count
      dictionaryWriter.append(UInt8(clamping: sharedPrefix))
      dictionaryWriter.append(UInt8(0))
      previousTerm = term
      dictionaryWriter.append(UInt32(perTerm[id].count))
      dictionaryWriter.append(UInt32(postingsWriter.count))
      text.append(contentsOf: term.utf8)
      Self.appendImpactOrdered(perTerm[id], billable: billable, titleDetail: titleDetailCounts, to: &postingsWriter)
    }
    dictionary = dictionaryWriter.bytes
    prefixes = Self.prefixSection(sorted)
    postings = postingsWriter.bytes
    bitmaps = Self.bitmapSection(perTerm, codeCount: codeCount)
  }

  /// The term-prefixes section (`FORMAT.md`, section 16) of the sorted terms: entry *k* is the
  /// number of the first term whose prefix number is at least *k* (the term count when none is).
  private static func prefixSection(_ sorted: [String]) -> [UInt8] {
    var writer = ByteWriter()
    var next = 0
    for (number, term) in sorted.enumerated() {
      let prefix = prefixNumber(term.utf8)
      while next <= prefix {
        writer.append(UInt32(number))
        next += 1
      }
    }
    while next < IndexFormat.termPrefixEntries {
      writer.append(UInt32(sorted.count))
      next += 1
    }
    return writer.bytes
  }

  /// A term's prefix number: its first byte times 256 plus its second (0 for a one-byte term).
  static func prefixNumber(_ bytes: some Collection<UInt8>) -> Int {
    guard let first = bytes.first else { return 0 }
    return Int(first) << 8 | Int(bytes.dropFirst().first ?? 0)
  }

  /// The term-bitmaps section (`FORMAT.md`, section 15) of the terms with at least
  /// ``IndexFormat/bitmapMinimumFrequency`` codes.
  /// - Parameters:
  ///   - codesOfTerm: The codes of each term, by term number.
  ///   - codeCount: The number of codes.
  private static func bitmapSection(_ codesOfTerm: [[(code: UInt32, fields: UInt8)]], codeCount: Int) -> [UInt8] {
    let frequent = codesOfTerm.indices.filter { codesOfTerm[$0].count >= IndexFormat.bitmapMinimumFrequency }
    let bitmapSize = (codeCount + 7) / 8
    var writer = ByteWriter()
    writer.reserve(8 + frequent.count * (4 + bitmapSize))
    writer.append(UInt32(frequent.count))
    writer.append(UInt32(bitmapSize))
    for term in frequent { writer.append(UInt32(term)) }
    var bitmap = [UInt8](repeating: 0, count: bitmapSize)
    for term in frequent {
      for index in bitmap.indices { bitmap[index] = 0 }
      for (code, _) in codesOfTerm[term] { bitmap[Int(code >> 3)] |= UInt8(1) << UInt8(code & 7) }
      for byte in bitmap { writer.append(byte) }
    }
    return writer.bytes
  }

  /// Marks the terms of a code's essential phrases: bit 4 + *p* of a term's fields when it belongs
  /// to phrase *p*. The phrases with the fewest terms are kept, at most
  /// ``EssentialPhraseSizes/capacity`` (bits 4 to 7), each set of terms once; a phrase with a term
  /// the code does not have (the analyzer split the full text differently) is dropped.
  /// - Returns: The number of terms of each kept phrase, in phrase order.
  private static func markEssentialPhrases(
    _ phrases: [[String]], in pairs: inout [Pair], termID: (String) -> UInt32?
  ) -> [UInt8] {
    var kept: [[Int]] = []
    for phrase in phrases.sorted(by: { $0.count < $1.count }) where phrase.count <= Int(UInt8.max) {
      guard kept.count < Int(EssentialPhraseSizes.capacity) else { break }
      let indexes = phrase.compactMap { term in termID(term).flatMap { id in pairs.firstIndex { $0.term == id } } }
      guard indexes.count == phrase.count, !kept.contains(where: { Set($0) == Set(indexes) }) else { continue }
      for index in indexes { pairs[index].fields |= UInt8(1) << UInt8(4 + kept.count) }
      kept.append(indexes)
    }
    return kept.map { UInt8($0.count) }
  }

  /// Writes one term's postings in impact order: groups of codes that rank alike before their
  /// words are compared (in the title or not, billable or not, number of title tokens that add
  /// detail), best group first, each group in ordinal order with delta-coded ordinals. A lookup that
  /// walks a term's postings can stop at the first group that cannot beat the results it already has.
  private static func appendImpactOrdered(
    _ postings: [(code: UInt32, fields: UInt8)], billable: [Bool], titleDetail: [Int], to writer: inout ByteWriter
  ) {
    func group(_ posting: (code: UInt32, fields: UInt8)) -> (Int, Int) {
      let ordinal = Int(posting.code)
      let notEssential = posting.fields & 0xF0 == 0 ? 1 : 0
      let outside = posting.fields & 1 == 0 ? 1 : 0
      let notBillable = billable[ordinal] ? 0 : Int(IndexFormat.notBillableClass)
      return (notEssential << 2 | outside << 1 | notBillable, min(titleDetail[ordinal], 255))
    }
    let ordered = postings.sorted { left, right in
      let (leftGroup, rightGroup) = (group(left), group(right))
      return leftGroup != rightGroup ? leftGroup < rightGroup : left.code < right.code
    }
    var start = 0
    while start < ordered.count {
      let key = group(ordered[start])
      var end = start + 1
      while end < ordered.count, group(ordered[end]) == key { end += 1 }
      writer.append(UInt8(key.0))
      writer.append(UInt8(key.1))
      writer.appendVarint(UInt32(end - start))
      var previous: UInt32 = 0
      for posting in ordered[start..<end] {
        writer.appendVarint(posting.code - previous)
        previous = posting.code
        writer.append(posting.fields)
      }
      start = end
    }
  }
}
