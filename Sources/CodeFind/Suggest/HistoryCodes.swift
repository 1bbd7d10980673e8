/// The family-history (Z80–Z84) and personal-history codes that a coder reports instead of a
/// condition the record places in a relative or in the past, by the condition's code.
///
/// A relative's breast cancer (C50) is reported as Z80.3, never as C50; a past myocardial
/// infarction as I25.2. The tables map code prefixes (the longest that matches wins) to the
/// history code; a condition they do not name leads to no history code. A chronic condition
/// written as history (`history of hypertension`) is the patient's still: ``isChronic(_:)``.
struct HistoryCodes: Sendable {
  private let index: IndexReader

  /// Creates the tables over an index, whose codes they name.
  init(index: IndexReader) { self.index = index }

  /// The history code for a condition, or `nil` when there is none.
  /// - Parameters:
  ///   - ordinal: The condition's code.
  ///   - assertion: ``Assertion/family`` or ``Assertion/history``.
  func code(for ordinal: Int, assertion: Assertion) -> Int? {
    guard let code = index.code(at: ordinal), code.system == .icd10cm else { return nil }
    let table = assertion == .family ? Self.family : Self.personal
    guard let target = Self.longestPrefixMatch(code.key, in: table) else { return nil }
    return index.ordinals(forKey: target).first { index.code(at: $0)?.system == .icd10cm }
  }

  /// Whether a condition is chronic: `history of` it still means the patient has it.
  /// - Parameter ordinal: The condition's code.
  func isChronic(_ ordinal: Int) -> Bool {
    guard let key = index.code(at: ordinal)?.key else { return false }
    return Self.chronic.contains { key.hasPrefix($0) }
  }

  private static func longestPrefixMatch(_ key: String, in table: [(String, String)]) -> String? {
    var best: (prefix: String, target: String)?
    for (prefix, target) in table where key.hasPrefix(prefix) {
      if best.map({ prefix.count > $0.prefix.count }) ?? true { best = (prefix, target) }
    }
    return best?.target
  }

  /// Expands `C18 C19 C20` style prefix lists.
  private static func rows(_ prefixes: String, _ target: String) -> [(String, String)] {
    prefixes.split(separator: " ").map { (String($0), target) }
  }

  /// Condition code prefixes → family-history code (canonical keys, no dot).
  private static let family: [(String, String)] =
    rows("C0 C1 C2 C3 C4 C5 C6 C7 C8 C9", "Z808")
    + rows("C15 C16 C17 C18 C19 C20 C21 C22 C23 C24 C25 C26", "Z800")
    + rows("C33 C34", "Z801") + rows("C50", "Z803") + rows("C56", "Z8041") + rows("C61", "Z8042")
    + rows("C51 C52 C53 C54 C55 C57 C58 C60 C62 C63", "Z8049") + rows("C64", "Z8051") + rows("C67", "Z8052")
    + rows("C65 C66 C68", "Z8059") + rows("C91 C92 C93 C94 C95", "Z806") + rows("C81 C82 C83 C84 C85 C86 C88 C90 C96", "Z807")
    + rows("C80", "Z809") + rows("D12", "Z8371") + rows("E08 E09 E10 E11 E13", "Z833")
    + rows("E0 E2 E3 E4 E5 E6 E7 E8", "Z8349") + rows("E78", "Z83438")
    + rows("I0 I1 I2 I3 I4 I5 I7 I8 I9", "Z8249") + rows("I6 G45", "Z823") + rows("I46", "Z8241")
    + rows("J4", "Z825") + rows("G", "Z820") + rows("F", "Z818") + rows("F10", "Z811") + rows("F17", "Z812")
    + rows("F11 F12 F13 F14 F15 F16 F18 F19", "Z813") + rows("F7", "Z810")
    + rows("N0 N1 N2", "Z841") + rows("K", "Z8379") + rows("M80 M81", "Z8262") + rows("M05 M06 M15 M16 M17 M18 M19", "Z8261")
    + rows("D5 D6 D7 D8", "Z832") + rows("Q", "Z8279") + rows("H54", "Z821") + rows("H90 H91", "Z822") + rows("L", "Z840")
    + rows("B20", "Z830") + rows("A B", "Z831")

  /// Condition code prefixes → personal-history code.
  private static let personal: [(String, String)] =
    rows("C0 C1 C2 C3 C4 C5 C6 C7 C8 C9", "Z859") + rows("C18 C19", "Z85038") + rows("C20 C21", "Z85048")
    + rows("C34", "Z85118") + rows("C50", "Z853") + rows("C53", "Z8541") + rows("C54 C55", "Z8542") + rows("C56", "Z8543")
    + rows("C61", "Z8546") + rows("C67", "Z8551") + rows("C64", "Z85528") + rows("C43", "Z85820") + rows("C73", "Z85850")
    + rows("C91 C92 C93 C94 C95", "Z856") + rows("C81", "Z8571") + rows("C82 C83 C84 C85", "Z8572")
    + rows("I21 I22", "I252") + rows("I63 G45", "Z8673") + rows("I26", "Z86711") + rows("I80 I82", "Z86718")
    + rows("N20", "Z87442") + rows("J18 J15 J13", "Z8701") + rows("N39", "Z87440") + rows("F17", "Z87891")
    + rows("K25 K26 K27", "Z8711") + rows("S02 S12 S22 S32 S42 S52 S62 S72 S82 S92", "Z8781") + rows("A15", "Z8611")
    + rows("U071", "Z8616") + rows("D12", "Z860100")

  /// Chronic conditions: E08–E13 diabetes, hypertension, heart failure, atrial fibrillation,
  /// coronary disease, COPD, asthma, CKD, lipids, thyroid, GERD, depression, epilepsy, obesity,
  /// osteoarthritis.
  private static let chronic: [String] = [
    "E08", "E09", "E10", "E11", "E13", "I10", "I11", "I12", "I13", "I50", "I48", "I25", "J44", "J45", "N18", "E78", "E03",
    "E05", "K21", "F32", "F33", "F41", "G40", "E66", "M17", "M16", "G47", "D63", "D64", "E87", "G20", "F03", "G30",
  ]
}
