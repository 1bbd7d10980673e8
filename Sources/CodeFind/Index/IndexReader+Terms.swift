/// A term of the dictionary that approximately matches a query word.
public struct FuzzyTermMatch: Sendable, Hashable {
  /// The term's number.
  public var term: Int
  /// The edit distance (Levenshtein: insertions, deletions, substitutions) between the word and the
  /// term, or, for a prefix match, the word and the closest prefix of the term.
  public var distance: Int
}

/// One distinct term of a code, as the forward-terms section stores it.
public struct ForwardTerm: Sendable, Hashable {
  /// The term's number.
  public var term: Int
  /// The fields it occurs in: bit *n* for ``IndexField`` raw value *n*; bit 4 + *p* when it belongs
  /// to the code's essential phrase *p* (``EssentialPhraseSizes``).
  public var fields: UInt8
  /// Its first position in the title, when it occurs there (bit 0 of `fields`).
  public var titlePosition: Int
}

/// The number of terms of each essential phrase of a code (``AnalyzedCode/essentialPhrases``), as
/// the forward-terms section stores them: phrase *p*'s terms have bit 4 + *p* of their fields set.
public struct EssentialPhraseSizes: Sendable, Hashable {
  /// The most phrases a code has.
  public static let capacity: UInt8 = 4
  /// The mask with bit *p* set for every phrase *p* a code can have (the fields' bits 4 to 7, shifted down).
  static let allPhrases: UInt8 = (1 << capacity) - 1
  /// Byte *p*: the number of terms of phrase *p*, 0 when the code has no phrase *p*.
  var packed: UInt32 = 0

  /// Whether the code has no essential phrase.
  public var isEmpty: Bool { packed == 0 }

  /// The number of terms of phrase `phrase` (0 to 3), 0 when the code has no such phrase.
  public subscript(phrase: Int) -> Int {
    guard phrase >= 0, phrase < Int(Self.capacity) else { return 0 }
    return Int((packed >> UInt32(8 * phrase)) & 0xFF)
  }
}

extension IndexReader {
  /// The number of the term spelled exactly `text`, if the index has it.
  /// - Parameter text: A normalized term (``Token/term``).
  /// - Complexity: O(log *b*) in the number of terms that share its first two bytes.
  public func term(_ text: String) -> Int? {
    let range = termRange(text, prefix: false)
    return range.isEmpty ? nil : range.lowerBound
  }

  /// The numbers of the terms that start with `prefix`: consecutive, as terms are numbered in
  /// byte order.
  /// - Parameter prefix: The start of a term.
  /// - Complexity: O(log *b*) in the number of terms that share its first two bytes.
  public func terms(withPrefix prefix: String) -> Range<Int> {
    termRange(prefix, prefix: true)
  }

  /// The term spelled exactly `text`, if any, and the terms that start with it, from one search:
  /// the exact term, when the index has it, is the first of its completions.
  /// - Parameter text: A normalized term (``Token/term``).
  /// - Complexity: O(log *b*) in the number of terms that share its first two bytes.
  func termAndCompletions(_ text: String) -> (exact: Int?, completions: Range<Int>) {
    let completions = terms(withPrefix: text)
    guard let first = completions.first,
      let (_, length) = withTermTables({ entries, _ in Self.termSpan(first, entries) }), length == text.utf8.count
    else { return (nil, completions) }
    return (first, completions)
  }

  /// The text of a term.
  /// - Parameter term: A term number.
  public func termText(_ term: Int) -> String? {
    withTermTables { entries, text in
      guard let (offset, length) = Self.termSpan(term, entries) else { return nil }
      return text.string(at: offset, count: length)
    }
  }

  /// The number of codes a term occurs in.
  /// - Parameter term: A term number.
  public func documentFrequency(_ term: Int) -> Int {
    guard term >= 0, term < termCount else { return 0 }
    return withSection(.terms) { entries in entries.uint32(at: 8 + term * IndexFormat.termEntrySize + 8).map(Int.init) ?? 0 }
  }

  /// The terms within an edit distance of `word`, among those that share its first character
  /// (a wrong first letter is the rarest typo, and keeping it cuts the work twentyfold).
  /// - Parameters:
  ///   - word: A normalized query word (at most 64 bytes).
  ///   - maxDistance: The largest edit distance accepted.
  ///   - prefix: Whether `word` is a prefix being typed: a term matches when some prefix of it is
  ///     within the distance.
  /// - Returns: The matching terms with their distances, in term order.
  /// - Complexity: O(*t* · *n*) for the *t* terms with the word's first letter, of *n* bytes each;
  ///   less, as the terms after a too distant beginning (`hypo…` for `hemorrage`) are skipped.
  public func fuzzyTerms(_ word: String, maxDistance: Int, prefix: Bool) -> [FuzzyTermMatch] {
    let query = Array(word.utf8)
    guard let first = query.first, maxDistance >= 0, let matcher = BitParallelLevenshtein(query) else { return [] }
    let range = withUnsafeBytes(of: first) { termsSharingFirstBytes(with: ByteView($0)) }
    let shortest = query.count - maxDistance
    let longest = prefix ? Int.max : query.count + maxDistance
    // A prefix of a term longer than the word by more than the distance is farther than it; a
    // whole term that long is not read at all (`longest`).
    let limit = query.count + maxDistance
    return withTermTables { entries, text in
      // Neighbouring terms share prefixes: the pass over the last term read is kept byte by byte
      // (`columns[k]` after its first k bytes, for k up to `depth`), and each term resumes it after
      // the bytes they share, which the dictionary stores (the least stored count of the terms
      // from the one read to this one).
      withUnsafeTemporaryAllocation(of: BitParallelLevenshtein.Column.self, capacity: limit + 1) { columns in
        var matches: [FuzzyTermMatch] = []
        columns.initializeElement(at: 0, to: matcher.start)
        var depth = 0
        var sharedWithRead = 0
        var term = range.lowerBound
        while term < range.upperBound {
          let current = term
          term += 1
          guard let entry = Self.termEntry(current, entries) else {
            sharedWithRead = 0
            continue
          }
          sharedWithRead = min(sharedWithRead, entry.sharedPrefix)
          guard entry.length >= shortest, entry.length <= longest,
            let bytes = text.slice(at: entry.offset, count: entry.length)
          else { continue }
          let end = min(entry.length, limit)
          var read = min(sharedWithRead, depth, end)
          // The bytes after which no cell of the column is within the distance, if any.
          var hopeless: Int?
          while read < end {
            let column = matcher.advance(columns[read], over: bytes.bytes[read])
            columns.initializeElement(at: read + 1, to: column)
            read += 1
            if matcher.lowestDistance(column, bytesRead: read) > maxDistance {
              hopeless = read
              break
            }
          }
          depth = read
          sharedWithRead = .max
          let column = columns[read]
          guard let hopeless else {
            let distance = prefix ? column.best : column.score
            if distance <= maxDistance { matches.append(FuzzyTermMatch(term: current, distance: distance)) }
            continue
          }
          // The following terms that begin with the same bytes (each shares at least as many with
          // the term before it) are as far: none is read. A word being typed still matches each of
          // them by the closer prefix they share.
          guard prefix && column.best <= maxDistance else {
            // Only the shared prefixes are read: the run may be long.
            while term < range.upperBound, let shared = Self.sharedPrefix(term, entries), shared >= hopeless { term += 1 }
            continue
          }
          matches.append(FuzzyTermMatch(term: current, distance: column.best))
          while term < range.upperBound, let next = Self.termEntry(term, entries), next.sharedPrefix >= hopeless {
            if next.length >= shortest { matches.append(FuzzyTermMatch(term: term, distance: column.best)) }
            term += 1
          }
        }
        return matches
      }
    }
  }

  /// Calls `body` for each code a term occurs in, with the mask of fields (bit *n* set for
  /// ``IndexField`` raw value *n*) and what its postings group says of it, in impact order: codes
  /// with the term in their title first, then billable before headers, then fewer title tokens
  /// first, then code order. The lookup ranks candidates from this alone, without reading their
  /// code records (one cache miss each, in a table of 11 MB).
  /// - Parameters:
  ///   - term: A term number.
  ///   - body: Called with each posting; returns `false` to stop.
  /// - Complexity: O(*d*) in the term's document frequency, less when `body` stops early.
  public func forEachPosting(of term: Int, while body: (CodePosting) -> Bool) {
    guard term >= 0, term < termCount else { return }
    let codeCount = codeCount
    let entries = view(.terms), postings = view(.postings)
    let base = 8 + term * IndexFormat.termEntrySize
    guard let total = entries.uint32(at: base + 8), let offset = entries.uint32(at: base + 12) else { return }
    var cursor = Int(offset)
    var remaining = Int(total)
    while remaining > 0 {
      guard let groupClass = postings.uint8(at: cursor), let titleDetail = postings.uint8(at: cursor + 1) else { return }
      cursor += 2
      guard let count = postings.varint(at: &cursor), count > 0, Int(count) <= remaining else { return }
      remaining -= Int(count)
      var posting = CodePosting(
        ordinal: 0, fields: 0, isBillable: groupClass & IndexFormat.notBillableClass == 0, titleDetailCount: Int(titleDetail))
      for _ in 0..<Int(count) {
        guard let delta = postings.varint(at: &cursor), let fields = postings.uint8(at: cursor) else { return }
        cursor += 1
        posting.ordinal += Int(delta)
        posting.fields = fields
        guard posting.ordinal < codeCount else { return }
        if !body(posting) { return }
      }
    }
  }

  /// Calls `body` for each code a term occurs in, in impact order (see
  /// ``forEachPosting(of:while:)``), with its field mask.
  /// - Parameters:
  ///   - term: A term number.
  ///   - body: Called with each code ordinal and field mask.
  public func forEachPosting(of term: Int, _ body: (_ ordinal: Int, _ fields: UInt8) -> Void) {
    forEachPosting(of: term) { posting in
      body(posting.ordinal, posting.fields)
      return true
    }
  }

  /// Calls `body` for each distinct term of a code, in term order, with its field mask and, when it
  /// occurs in the title, its first title position.
  /// - Parameters:
  ///   - ordinal: A code ordinal.
  ///   - body: Called with each term number, field mask and title position (0 when not in the title).
  public func forEachTerm(of ordinal: Int, _ body: (_ term: Int, _ fields: UInt8, _ titlePosition: Int) -> Void) {
    var terms: [ForwardTerm] = []
    forwardTerms(of: ordinal, into: &terms)
    for entry in terms { body(entry.term, entry.fields, entry.titlePosition) }
  }

  /// Replaces the contents of `terms` with the distinct terms of a code, in term order.
  /// - Parameters:
  ///   - ordinal: A code ordinal.
  ///   - terms: A buffer to reuse; emptied first.
  public func forwardTerms(of ordinal: Int, into terms: inout [ForwardTerm]) {
    terms.removeAll(keepingCapacity: true)
    forEachForwardTerm(of: ordinal) { term, fields, position in
      terms.append(ForwardTerm(term: term, fields: fields, titlePosition: position))
      return true
    }
  }

  /// The number of terms of each essential phrase of a code (``EssentialPhraseSizes``).
  /// - Parameter ordinal: A code ordinal.
  public func essentialPhraseSizes(of ordinal: Int) -> EssentialPhraseSizes {
    forEachForwardTerm(of: ordinal) { _, _, _ in false }
  }

  /// Starts fetching into the processor's cache what ``forEachForwardTerm(of:while:)`` reads of
  /// some codes (their records, then the start of their forward terms), without waiting: the
  /// records of lookup candidates are spread over the whole file, and reading them one after the
  /// other waits for memory twice per code. Fetched together, their waits overlap. Changes no result.
  /// - Parameter postings: The codes about to be read.
  /// - Complexity: O(*n*) in the number of codes; it waits for at most about one memory read.
  func prefetchForwardTerms(of postings: ArraySlice<CodePosting>) {
    let records = view(.codes), forward = view(.forward)
    for posting in postings { records.prefetch(at: posting.ordinal * IndexFormat.codeRecordSize + CodeField.forward) }
    for posting in postings {
      guard let offset = records.uint32(at: posting.ordinal * IndexFormat.codeRecordSize + CodeField.forward),
        offset != IndexFormat.none
      else { continue }
      forward.prefetch(at: Int(offset))
    }
  }

  /// Calls `body` for each distinct term of a code, in increasing term order, with its field mask
  /// and its first title position (0 when not in the title).
  /// - Parameters:
  ///   - ordinal: A code ordinal.
  ///   - body: Called with each term number, field mask and title position; returns `false` to stop.
  /// - Returns: The sizes of the code's essential phrases (none when the data is damaged).
  /// - Complexity: O(*n*) in the code's distinct terms.
  @inline(__always) @discardableResult
  func forEachForwardTerm(
    of ordinal: Int, while body: (_ term: Int, _ fields: UInt8, _ titlePosition: Int) -> Bool
  ) -> EssentialPhraseSizes {
    forEachForwardTerm(of: ordinal, among: AllForwardTerms(), while: body)
  }

  /// Calls `body` for each distinct term of a code that `filter` passes, in increasing term order,
  /// with its field mask and its first title position (0 when not in the title), up to the first
  /// term at or after the filter's upper bound: the allocation-free decoder of the lookup's inner
  /// loop, which tests the filter without leaving the loop. Damaged data ends the walk early; every
  /// term passed is below ``termCount``.
  /// - Parameters:
  ///   - ordinal: A code ordinal.
  ///   - filter: The terms wanted.
  ///   - body: Called with each term number, field mask and title position; returns `false` to stop.
  /// - Returns: The sizes of the code's essential phrases (none when the data is damaged).
  /// - Complexity: O(*n*) in the code's distinct terms below the filter's upper bound.
  @inline(__always) @discardableResult
  func forEachForwardTerm<Filter: ForwardTermFilter>(
    of ordinal: Int, among filter: Filter, while body: (_ term: Int, _ fields: UInt8, _ titlePosition: Int) -> Bool
  ) -> EssentialPhraseSizes {
    var sizes = EssentialPhraseSizes()
    guard ordinal >= 0, ordinal < codeCount else { return sizes }
    let records = view(.codes)
    guard let offset = records.uint32(at: ordinal * IndexFormat.codeRecordSize + CodeField.forward),
      offset != IndexFormat.none
    else { return sizes }
    let forward = view(.forward)
    var cursor = Int(offset)
    guard let count = forward.varint(at: &cursor), let phraseCount = forward.uint8(at: cursor),
      phraseCount <= EssentialPhraseSizes.capacity
    else { return sizes }
    cursor += 1
    for phrase in 0..<Int(phraseCount) {
      guard let size = forward.uint8(at: cursor) else { return EssentialPhraseSizes() }
      sizes.packed |= UInt32(size) << UInt32(8 * phrase)
      cursor += 1
    }
    let termCount = min(termCount, filter.upperBound)
    let bytes = forward.bytes
    // An entry is at most 7 bytes (a 5-byte varint, fields, position): while 7 bytes remain, the
    // bytes are read without a check per byte; the last entries of the section take the checked path.
    let fastEnd = bytes.count - 7
    var term = 0
    for _ in 0..<Int(count) {
      var fields: UInt8
      if cursor <= fastEnd {
        var byte = bytes[cursor]
        var delta = Int(byte & 0x7F)
        cursor += 1
        var shift = 7
        while byte & 0x80 != 0 {
          guard shift <= 28 else { return sizes }
          byte = bytes[cursor]
          delta |= Int(byte & 0x7F) << shift
          cursor += 1
          shift += 7
        }
        fields = bytes[cursor]
        cursor += 1
        term += delta
      } else {
        guard let delta = forward.varint(at: &cursor), let value = forward.uint8(at: cursor) else { return sizes }
        fields = value
        cursor += 1
        term += Int(delta)
      }
      var position = 0
      if fields & 1 != 0 {
        guard let value = forward.uint8(at: cursor) else { return sizes }
        position = Int(value)
        cursor += 1
      }
      guard term < termCount else { return sizes }
      guard filter.contains(term) else { continue }
      guard body(term, fields, position) else { return sizes }
    }
    return sizes
  }

  private func withTermTables<Result>(_ body: (ByteView, ByteView) -> Result) -> Result {
    body(view(.terms), view(.termText))
  }

  /// The bytes a term shares with the term before it, as its dictionary entry stores them.
  @inline(__always)
  private static func sharedPrefix(_ term: Int, _ entries: ByteView) -> Int? {
    entries.uint8(at: 8 + term * IndexFormat.termEntrySize + 6).map(Int.init)
  }

  /// A term's entry in the dictionary: where its bytes are, and how many it shares with the term
  /// before it.
  private static func termEntry(_ term: Int, _ entries: ByteView) -> (offset: Int, length: Int, sharedPrefix: Int)? {
    guard let (offset, length) = termSpan(term, entries), let sharedPrefix = sharedPrefix(term, entries) else { return nil }
    return (offset, length, sharedPrefix)
  }

  /// Where a term's bytes are in the term text: offset and length.
  private static func termSpan(_ term: Int, _ entries: ByteView) -> (Int, Int)? {
    let base = 8 + term * IndexFormat.termEntrySize
    guard term >= 0, let offset = entries.uint32(at: base), let length = entries.uint16(at: base + 4) else { return nil }
    return (Int(offset), Int(length))
  }

  /// The terms spelled `target` (or, with `prefix`, starting with it), searched in the string's own
  /// UTF-8 bytes: the lookup calls this for every query word and equivalent term, and copying each
  /// into an array first costs an allocation per call.
  private func termRange(_ target: String, prefix: Bool) -> Range<Int> {
    var target = target
    return target.withUTF8 { utf8 in termRange(UnsafeRawBufferPointer(utf8), prefix: prefix) }
  }

  private func termRange(_ target: UnsafeRawBufferPointer, prefix: Bool) -> Range<Int> {
    let wanted = ByteView(target)
    // The search looks only among the terms of the target's first two bytes.
    let bucket = termsSharingFirstBytes(with: wanted)
    return withTermTables { entries, text in
      func order(_ position: Int) -> Int {
        guard let (offset, length) = Self.termSpan(bucket.lowerBound + position, entries),
          let bytes = text.slice(at: offset, count: length)
        else { return 1 }
        return prefix ? bytes.compare(startingWith: wanted) : bytes.compare(wanted)
      }
      guard prefix else {
        // Terms are distinct: the run of an exact term is one position long.
        let position = SortedRange.lowerBound(count: bucket.count, order: order)
        let term = bucket.lowerBound + position
        return position < bucket.count && order(position) == 0 ? term..<(term + 1) : term..<term
      }
      let found = SortedRange.equal(count: bucket.count, order: order)
      return (bucket.lowerBound + found.lowerBound)..<(bucket.lowerBound + found.upperBound)
    }
  }

  /// The terms that begin with the first two bytes of `target` (its first byte, when it has one;
  /// every term, when it is empty), from the term-prefixes section: where a search for `target`
  /// or its completions looks. Damaged entries give a range within the dictionary (every term
  /// when they are out of order).
  /// - Complexity: O(1): two reads.
  private func termsSharingFirstBytes(with target: ByteView) -> Range<Int> {
    let count = termCount
    guard !target.bytes.isEmpty else { return 0..<count }
    let number = TermTables.prefixNumber(target.bytes)
    let end = target.count == 1 ? number + 256 : number + 1
    let prefixes = view(.termPrefixes)
    guard let start = prefixes.uint32(at: number * 4), let stop = prefixes.uint32(at: end * 4) else { return 0..<count }
    let lower = min(Int(start), count), upper = min(Int(stop), count)
    return lower <= upper ? lower..<upper : 0..<count
  }
}

/// One code of a term's postings (``IndexReader/forEachPosting(of:while:)``).
public struct CodePosting: Sendable, Hashable {
  /// The code's ordinal.
  public var ordinal: Int
  /// The fields the term occurs in (bit *n* for ``IndexField`` raw value *n*); bits 4–7 mark the
  /// code's essential phrases that have the term.
  public var fields: UInt8
  /// Whether the code may be reported as it is.
  public var isBillable: Bool
  /// The number of tokens of the code's title that add detail: all but its neutral terms
  /// ("unspecified", "NOS"; one less for each distinct one), clamped to 255. The title words a
  /// query leaves unmatched are this count less the query's words matched in the title.
  public var titleDetailCount: Int
}
