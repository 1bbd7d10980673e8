/// The lexicon entries of an index file's terminology section (`FORMAT.md`, section 13), read in
/// place: opening decodes nothing, and a look-up binary-searches the first keys and decodes only the
/// entries of the phrases that the query's words spell (the others' keys are compared as bytes).
///
/// Every string of an entry is stored inside its bucket's bytes, so a damaged section costs at most
/// the bytes of one bucket per look-up and gives shorter or empty results, never a trap.
struct StoredLexiconEntries: LexiconEntrySource {
  /// The size of the section's fixed header: bucket count, entry count, rewrites offset, reserved.
  static let headerSize = 16
  /// The size of one bucket record: first key offset and length, entries offset and length.
  static let bucketRecordSize = 16

  private let index: IndexReader
  private let bucketCount: Int
  let entryCount: Int

  /// Reads the bucket and entry counts of the index's terminology section.
  /// - Parameter index: The open index.
  /// - Returns: `nil` when the section is too short for its header or its bucket table.
  init?(index: IndexReader) {
    guard
      let counts = index.withSection(.lexicon, { section -> (Int, Int)? in
        guard let buckets = section.uint32(at: 0), let entries = section.uint32(at: 4),
          section.contains(offset: Self.headerSize, count: Int(buckets) * Self.bucketRecordSize)
        else { return nil }
        return (Int(buckets), Int(entries))
      })
    else { return nil }
    self.index = index
    (bucketCount, entryCount) = counts
  }

  func entries(startingWith first: String, spelledBy tokens: ArraySlice<Token>) -> [Lexicon.Entry] {
    // The first key is searched in the string's own UTF-8 bytes, without copying them.
    var bytes = first
    return bytes.withUTF8 { utf8 in
      index.withSection(.lexicon) { section in
        let wanted = ByteView(UnsafeRawBufferPointer(utf8))
        let found = SortedRange.equal(count: bucketCount) { bucket in
          firstKey(of: bucket, in: section).map { $0.compare(wanted) } ?? 1
        }
        guard let bucket = found.first else { return [] }
        return entries(of: bucket, firstKey: first, spelledBy: tokens, in: section)
      }
    }
  }

  var allEntries: [Lexicon.Entry] {
    index.withSection(.lexicon) { section in
      (0..<bucketCount).flatMap { bucket -> [Lexicon.Entry] in
        guard let key = firstKey(of: bucket, in: section), let first = key.string(at: 0, count: key.count) else {
          return []
        }
        return entries(of: bucket, firstKey: first, spelledBy: nil, in: section)
      }
    }
  }

  /// The bytes of a bucket's first key, or `nil` when its record points outside the section.
  private func firstKey(of bucket: Int, in section: ByteView) -> ByteView? {
    let record = Self.headerSize + bucket * Self.bucketRecordSize
    guard let offset = section.uint32(at: record), let length = section.uint32(at: record + 4) else { return nil }
    return section.slice(at: Int(offset), count: Int(length))
  }

  /// Decodes a bucket's entries, up to the first damaged one.
  /// - Parameters:
  ///   - bucket: The bucket's position in the table.
  ///   - first: Its first key, shared by every entry's key.
  ///   - tokens: The tokens whose phrases are wanted (``Lexicon/Entry/isSpelled(by:)``), or `nil`
  ///     for every entry. An entry's key is compared with them as stored bytes, and the entries
  ///     they do not spell are skipped undecoded.
  ///   - section: The terminology section.
  private func entries(of bucket: Int, firstKey first: String, spelledBy tokens: ArraySlice<Token>?, in section: ByteView)
    -> [Lexicon.Entry]
  {
    let kinds = Expansion.Kind.allCases
    let record = Self.headerSize + bucket * Self.bucketRecordSize
    guard let offset = section.uint32(at: record + 8), let length = section.uint32(at: record + 12),
      let stream = section.slice(at: Int(offset), count: Int(length))
    else { return [] }
    var result: [Lexicon.Entry] = []
    var cursor = 0
    decoding: while cursor < stream.count {
      guard let keyCount = stream.varint(at: &cursor), (1..<64).contains(keyCount) else { break }
      let keyStart = cursor
      for _ in 1..<Int(keyCount) where !stream.skipString(inline: &cursor) { break decoding }
      guard let flags = stream.uint8(at: cursor), let kind = stream.uint8(at: cursor + 1), Int(kind) < kinds.count
      else { break }
      let matchesText = flags & 1 != 0, requiresCapitals = flags & 2 != 0
      if let tokens {
        guard
          Self.key(in: stream, at: keyStart, count: Int(keyCount), first: first, isSpelledBy: tokens,
            matchesText: matchesText, requiresCapitals: requiresCapitals)
        else {
          guard Self.skipExpansion(in: stream, at: &cursor) else { break }
          continue
        }
      }
      var key = [first]
      key.reserveCapacity(Int(keyCount))
      var partCursor = keyStart
      for _ in 1..<Int(keyCount) {
        guard let part = stream.string(inline: &partCursor) else { break decoding }
        key.append(part)
      }
      cursor += 2
      guard let matched = stream.varint(at: &cursor), let termCount = stream.varint(at: &cursor), termCount < 256
      else { break }
      var terms: [String] = []
      terms.reserveCapacity(Int(termCount))
      for _ in 0..<Int(termCount) {
        guard let term = stream.string(inline: &cursor) else { break decoding }
        terms.append(term)
      }
      guard let phrase = stream.string(inline: &cursor) else { break }
      result.append(
        Lexicon.Entry(
          key: key, matchesText: matchesText, requiresCapitals: requiresCapitals,
          expansion: Expansion(kind: kinds[Int(kind)], matchedCount: Int(matched), terms: terms, phrase: phrase)))
    }
    return result
  }

  /// Whether `tokens` spell an entry's key (as ``Lexicon/Entry/isSpelled(by:)`` says), compared
  /// as bytes: `first`, then the `count - 1` parts stored in place from `start`.
  private static func key(
    in stream: ByteView, at start: Int, count: Int, first: String, isSpelledBy tokens: ArraySlice<Token>,
    matchesText: Bool, requiresCapitals: Bool
  ) -> Bool {
    guard Lexicon.Entry.fits(keyOf: count, requiresCapitals: requiresCapitals, tokens),
      let firstToken = tokens.first, Lexicon.Entry.spelling(of: firstToken, matchesText: matchesText) == first
    else { return false }
    var cursor = start
    for token in tokens.dropFirst().prefix(count - 1) {
      var position = cursor
      guard let length = stream.varint(at: &position), let part = stream.slice(at: position, count: Int(length)) else {
        return false
      }
      var spelling = Lexicon.Entry.spelling(of: token, matchesText: matchesText)
      guard spelling.withUTF8({ part.compare(ByteView(UnsafeRawBufferPointer($0))) == 0 }) else { return false }
      cursor = position + Int(length)
    }
    return true
  }

  /// Moves `cursor` past an entry's expansion (from its flags on), without decoding it.
  /// - Returns: `false` when the entry is damaged.
  private static func skipExpansion(in stream: ByteView, at cursor: inout Int) -> Bool {
    cursor += 2  // flags, kind
    guard stream.varint(at: &cursor) != nil, let termCount = stream.varint(at: &cursor) else { return false }
    for _ in 0..<termCount where !stream.skipString(inline: &cursor) { return false }
    return stream.skipString(inline: &cursor)
  }
}
