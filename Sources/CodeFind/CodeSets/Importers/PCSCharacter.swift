/// The characters an ICD-10-PCS code is written with: digits and uppercase letters except `I` and
/// `O`, which PCS leaves out so that they are never mistaken for `1` and `0`.
enum PCSCharacter {
  /// Whether `byte` is an ASCII character that may appear in a PCS code.
  /// - Parameter byte: A UTF-8 code unit.
  static func isValid(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): true
    case UInt8(ascii: "I"), UInt8(ascii: "O"): false
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): true
    default: false
    }
  }

  /// Whether `byte` may start a PCS code: one of the 17 section characters `0`–`9`, `B`, `C`, `D`,
  /// `F`, `G`, `H` and `X`.
  /// - Parameter byte: A UTF-8 code unit.
  static func isSection(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): true
    case UInt8(ascii: "B"), UInt8(ascii: "C"), UInt8(ascii: "D"), UInt8(ascii: "F"), UInt8(ascii: "G"),
      UInt8(ascii: "H"), UInt8(ascii: "X"):
      true
    default: false
    }
  }
}
