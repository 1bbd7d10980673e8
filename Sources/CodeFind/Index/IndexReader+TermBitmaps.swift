/// Where the stored bitmap of one frequent term lies in an index (section 15 of `FORMAT.md`): test
/// a code with ``IndexReader/bitmap(_:contains:)``.
struct TermBitmap: Sendable, Equatable {
  /// The offset of the bitmap's first byte in the term-bitmaps section.
  let offset: Int
  /// The bitmap's size in bytes.
  let byteCount: Int
}

extension IndexReader {
  /// The stored bitmap of a term's codes, or `nil` when the term occurs in fewer than
  /// ``IndexFormat/bitmapMinimumFrequency`` codes (or the section's sizes do not add up).
  /// - Parameter term: A term number.
  /// - Complexity: O(log *b*) in the number of bitmaps (26 for the shipped code sets).
  func termBitmap(_ term: Int) -> TermBitmap? {
    let section = view(.termBitmaps)
    guard let count = section.uint32(at: 0).map(Int.init), let size = section.uint32(at: 4).map(Int.init),
      size == (codeCount + 7) / 8, section.contains(offset: 8, count: count * (4 + size))
    else { return nil }
    let match = SortedRange.equal(count: count) { position in
      let stored = Int(section.uint32(at: 8 + 4 * position) ?? UInt32.max)
      return stored < term ? -1 : stored > term ? 1 : 0
    }
    guard let position = match.first else { return nil }
    return TermBitmap(offset: 8 + 4 * count + position * size, byteCount: size)
  }

  /// Whether the code at `ordinal` has the term of `bitmap`. A bit that cannot be read (an ordinal
  /// outside the index) counts as set: a lookup then reads the code's terms rather than miss it.
  /// - Complexity: O(1), one byte read.
  @inline(__always)
  func bitmap(_ bitmap: TermBitmap, contains ordinal: Int) -> Bool {
    let byte = ordinal >> 3
    guard ordinal >= 0, byte < bitmap.byteCount, let value = view(.termBitmaps).uint8(at: bitmap.offset + byte) else {
      return true
    }
    return value >> UInt8(ordinal & 7) & 1 != 0
  }
}
