import CICU

/// Folding of case, accents and compatibility forms, so that every spelling of a word compares equal.
///
/// `Ménière` → `meniere`, `ＣＫＤ` → `ckd`, `ﬁbrosis` → `fibrosis`, `Straße` → `strasse`,
/// `１２` → `12`, `Sjögren’s` → `sjogren's`. Folding is NFKC case folding (compatibility forms,
/// ligatures, full-width characters, case, default-ignorable characters such as soft hyphens and
/// zero-width joiners), then Latin-to-ASCII (diacritics removed, `æ` → `ae`, `ø` → `o` …).
/// Pure-ASCII text only has its letters lowercased and never reaches ICU.
public enum TextFolding {
  /// Folds text for comparison and indexing.
  /// - Parameter text: Any text.
  /// - Returns: The folded text: lowercase, without diacritics or compatibility forms. The result
  ///   can be longer or shorter than `text` (`ß` → `ss`, a soft hyphen → nothing).
  /// - Complexity: O(*n*) in the length of `text`.
  public static func fold(_ text: some StringProtocol) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
    return fold(units: Array(text.utf16)[...])
  }

  /// Folds a slice of UTF-16 text that is known to contain non-ASCII units.
  /// - Parameter units: The text.
  /// - Returns: The folded text; if ICU fails, the text lowercased by the standard library.
  static func fold(units: ArraySlice<UInt16>) -> String {
    let source = Array(units)
    guard let folded = ICUBridge.apply(cicu_nfkc_casefold, to: source),
      let ascii = ICUBridge.apply(cicu_latin_ascii, to: folded)
    else { return String(decoding: source, as: UTF16.self).lowercased() }
    return String(decoding: ascii, as: UTF16.self)
  }

  /// Lowercases ASCII UTF-16 units; units outside ASCII are kept as they are.
  /// - Parameter units: The text.
  /// - Returns: The lowercased text.
  static func asciiLowercased(_ units: ArraySlice<UInt16>) -> String {
    guard units.allSatisfy({ $0 < 0x80 }) else {
      return String(decoding: units.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF16.self)
    }
    return String(
      decoding: units.map { UInt8(truncatingIfNeeded: (0x41...0x5A).contains($0) ? $0 | 0x20 : $0) }, as: UTF8.self)
  }
}
