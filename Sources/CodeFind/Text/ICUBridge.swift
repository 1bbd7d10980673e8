import CICU

/// The buffer handoff to the `CICU` C target: arrays in, arrays out, every count checked.
///
/// This is the only Swift file that passes buffers to C. Each call hands ICU a Swift array and an
/// output array of known capacity, and trusts nothing it returns: a count outside the buffer or an
/// offset outside the text makes the call return `nil`, and callers fall back to ICU-free behaviour.
enum ICUBridge {
  /// The signature shared by CICU's text transforms (`cicu_nfkc_casefold`, `cicu_latin_ascii`).
  typealias Transform = (UnsafePointer<UInt16>?, Int32, UnsafeMutablePointer<UInt16>?, Int32) -> Int32

  /// Texts longer than this many UTF-16 units are not handed to ICU (its lengths are 32-bit).
  static let maximumLength = Int(Int32.max / 8)

  /// Applies a CICU transform to UTF-16 text, growing the output buffer once if ICU asks for more.
  /// - Parameters:
  ///   - units: The text.
  ///   - transform: The C function.
  /// - Returns: The transformed text, or `nil` when ICU failed.
  static func apply(_ transform: Transform, to units: [UInt16]) -> [UInt16]? {
    guard units.count <= maximumLength else { return nil }
    var output = [UInt16](repeating: 0, count: units.count * 2 + 8)
    var written = Int(transform(units, Int32(units.count), &output, Int32(output.count)))
    if written > output.count, written <= maximumLength * 8 {
      output = [UInt16](repeating: 0, count: written)
      written = Int(transform(units, Int32(units.count), &output, Int32(output.count)))
    }
    guard written >= 0, written <= output.count else { return nil }
    output.removeSubrange(written...)
    return output
  }

  /// The word-like segments of UTF-16 text, as ICU's word break iterator finds them.
  /// - Parameter units: The text.
  /// - Returns: The `[start, end)` UTF-16 ranges of words and numbers in order, or `nil` when ICU
  ///   failed or returned ranges that are not increasing and inside the text.
  static func wordSegments(_ units: [UInt16]) -> [Range<Int>]? {
    guard units.count <= maximumLength else { return nil }
    let capacity = units.count
    var ranges = [Int32](repeating: 0, count: capacity * 2)
    let count = Int(cicu_word_segments(units, Int32(units.count), &ranges, Int32(capacity)))
    guard count >= 0, count <= capacity else { return nil }
    var segments: [Range<Int>] = []
    segments.reserveCapacity(count)
    var previousEnd = 0
    for pair in 0..<count {
      let start = Int(ranges[2 * pair])
      let end = Int(ranges[2 * pair + 1])
      guard previousEnd <= start, start < end, end <= units.count else { return nil }
      segments.append(start..<end)
      previousEnd = end
    }
    return segments
  }

  /// The sentence boundaries of UTF-16 text, as ICU's sentence break iterator finds them.
  /// - Parameter units: The text.
  /// - Returns: Increasing UTF-16 offsets from 0 to `units.count`, or `nil` when ICU failed or
  ///   returned offsets that are not increasing and inside the text.
  static func sentenceBoundaries(_ units: [UInt16]) -> [Int]? {
    guard units.count <= maximumLength else { return nil }
    let capacity = units.count + 1
    var boundaries = [Int32](repeating: 0, count: capacity)
    let count = Int(cicu_sentence_boundaries(units, Int32(units.count), &boundaries, Int32(capacity)))
    guard count >= 1, count <= capacity else { return nil }
    var offsets: [Int] = []
    offsets.reserveCapacity(count)
    for index in 0..<count {
      let offset = Int(boundaries[index])
      guard offset <= units.count, offsets.last.map({ $0 < offset }) ?? (offset == 0) else { return nil }
      offsets.append(offset)
    }
    guard offsets.last == units.count else { return nil }
    return offsets
  }
}
