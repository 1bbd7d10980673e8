/// Spellings of codes: the canonical key every lookup uses, and each system's display form.
///
/// Users type codes in many ways (`e1140`, `E11.40`, ` E11.40 `, `E11.`); all of them share the
/// canonical key `E1140`: uppercase ASCII letters and digits with dots, hyphens and spaces removed.
public enum CodeKey {
  /// The canonical key of a typed code, or `nil` when the text cannot be a code.
  ///
  /// Leading and trailing whitespace, dots and hyphens (`E11.-`) are ignored and letters are
  /// uppercased; any other character, or an empty result, means the text is not a code spelling.
  /// - Parameter spelling: The code as typed.
  /// - Returns: The canonical key, for example `"E1140"` for `" e11.40 "`.
  /// - Complexity: O(*n*) in the length of `spelling`.
  public static func canonical(_ spelling: some StringProtocol) -> String? {
    var scalars = String.UnicodeScalarView()
    for scalar in spelling.unicodeScalars {
      switch scalar {
      case "0"..."9", "A"..."Z": scalars.append(scalar)
      case "a"..."z": scalars.append(Unicode.Scalar(scalar.value - 32) ?? scalar)
      case ".", "-", " ", "\t", "\n", "\r": continue
      default: return nil
      }
    }
    return scalars.isEmpty ? nil : String(scalars)
  }

  /// Whether a typed word has the shape of a code or code prefix (`E11`, `e11.40`, `0DTJ`, `J1100`),
  /// as the ``Analyzer`` tells codes from words (not `3rd`, `hba1c` or `ckd3`), without analyzing it.
  /// - Parameter word: One word, without spaces; trailing hyphens (`E11.-`) are ignored.
  /// - Complexity: O(*n*) in the length of `word`.
  public static func isCodeShaped(_ word: some StringProtocol) -> Bool {
    var folded = String(word).lowercased()
    while folded.last == "-" { folded.removeLast() }
    return Numerals.ordinalValue(folded) == nil && TokenShape.isCodeShaped(folded)
  }

  /// The display spelling of a canonical key in a system: ICD-10-CM puts a dot after the
  /// category (`E11.40`); other systems show the key as it is.
  /// - Parameters:
  ///   - key: A canonical key.
  ///   - system: The code system.
  /// - Returns: The display form.
  public static func display(_ key: String, in system: CodeSystem.ID) -> String {
    guard system == .icd10cm, key.utf8.count > 3 else { return key }
    // Copied byte by byte into the new string: the generic Substring concatenation, or appending
    // UTF-8 views to an array first, costs more than the rest of making a lookup result.
    var key = key
    return key.withUTF8 { utf8 in
      String(unsafeUninitializedCapacity: utf8.count + 1) { buffer in
        for offset in 0..<3 { buffer[offset] = utf8[offset] }
        buffer[3] = UInt8(ascii: ".")
        for offset in 3..<utf8.count { buffer[offset + 1] = utf8[offset] }
        return utf8.count + 1
      }
    }
  }
}
