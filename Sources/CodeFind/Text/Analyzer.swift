/// Turns text into tokens for indexing and lookup: folded, segmented, classified and normalized.
///
/// ```swift
/// let tokens = Analyzer().analyze("Type II DM w/ CKD3, s/p fx of L femur (S72.001A)")
/// // type, 2, dm, w/, ckd3, s/p, fx, of, l, femur, s72.001a (terms: …, "2", …, "s72001a")
/// ```
/// Each ``Token`` carries its folded spelling, its normalized term, its kind (word, number, code,
/// shorthand) and its UTF-16 range in the input, so that results and evidence can point back at
/// the exact characters (accents, emoji and combining marks included). Pure-ASCII text, the usual
/// search-as-you-type query, is handled without any ICU call. An `Analyzer` is a value with no
/// state: use one from any number of threads.
public struct Analyzer: Sendable, Hashable {
  /// Creates an analyzer.
  public init() {}

  /// Analyzes text into tokens.
  /// - Parameter text: Any text: a query, a code-set title, a clinical note.
  /// - Returns: The tokens in text order; `position` counts from 0. Whitespace, punctuation (other
  ///   than inside codes, numbers, dotted abbreviations and slash forms) and emoji produce none.
  /// - Complexity: O(*n*) in the length of `text`.
  public func analyze(_ text: String) -> [Token] {
    let units = Array(text.utf16)
    let isASCII = units.allSatisfy { $0 < 0x80 }
    let segments = WordSegmenter.segments(units, isASCII: isASCII)
    // ASCII text is lowercased once, as UTF-8 bytes at the same offsets as its UTF-16 units.
    let lowered = isASCII ? units.map { UInt8(truncatingIfNeeded: (0x41...0x5A).contains($0) ? $0 | 0x20 : $0) } : nil
    var tokens: [Token] = []
    tokens.reserveCapacity(segments.count)
    for segment in segments {
      let slice = units[segment.range]
      let segmentIsASCII = isASCII || slice.allSatisfy { $0 < 0x80 }
      let folded: String
      if let lowered {
        folded = String(decoding: lowered[segment.range], as: UTF8.self)
      } else {
        folded = segmentIsASCII ? TextFolding.asciiLowercased(slice) : TextFolding.fold(units: slice)
      }
      guard !folded.isEmpty else { continue }
      let features = TokenShape.Features(folded)
      let kind = TokenShape.kind(of: folded, features: features, isSlashForm: segment.isSlashForm)
      tokens.append(
        Token(
          text: folded,
          term: TermNormalization.term(of: folded, kind: kind, features: features, previous: tokens.last?.term),
          utf16Range: segment.range,
          position: tokens.count,
          kind: kind,
          isAllCaps: segmentIsASCII ? Self.isAllCapsASCII(slice) : Self.isAllCaps(slice)
        ))
    }
    return tokens
  }

  /// Whether ASCII text has an uppercase letter and no lowercase one.
  private static func isAllCapsASCII(_ units: ArraySlice<UInt16>) -> Bool {
    var hasUpper = false
    for unit in units {
      if (0x61...0x7A).contains(unit) { return false }
      if (0x41...0x5A).contains(unit) { hasUpper = true }
    }
    return hasUpper
  }

  /// Whether UTF-16 text has an uppercase letter and no lowercase one.
  private static func isAllCaps(_ units: ArraySlice<UInt16>) -> Bool {
    var hasUpper = false
    var iterator = units.makeIterator()
    var decoder = UTF16()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        if scalar.properties.isLowercase { return false }
        if scalar.properties.isUppercase { hasUpper = true }
      case .emptyInput: return hasUpper
      case .error: continue
      }
    }
  }
}
