/// Which codes suggestion may choose for a record: the codes a coder assigns from a record's
/// conditions, not the codes that only a particular setting or a coder's own judgement adds.
///
/// - External causes (V00–Y99) are never chosen: they say how an injury happened, not what it is.
/// - Z codes (factors influencing health status) are chosen only for status a record states:
///   long-term drug use (Z79), presence of devices and grafts (Z95–Z97), dependence on machines
///   (Z99), body mass index (Z68), tobacco use (Z72.0), absent organs (Z89, Z90), artificial
///   openings (Z93), transplants (Z94); family and personal history codes come from
///   ``HistoryCodes`` instead. Encounters, counselling and screening are not conditions.
/// - Pregnancy (O), perinatal (P) and congenital (Q) codes only when the record speaks of a
///   pregnancy, a newborn, or a congenital condition.
struct CodePolicy: Sendable {
  private let allowsPregnancy: Bool
  private let allowsNewborn: Bool
  private let allowsCongenital: Bool

  private static let statusPrefixes = ["Z79", "Z95", "Z96", "Z97", "Z99", "Z68", "Z720", "Z89", "Z90", "Z93", "Z94"]
  private static let pregnancyTerms: Set<String> = [
    "pregnant", "pregnancy", "gestation", "gestational", "trimester", "postpartum", "antepartum", "puerperium", "puerperal",
    "obstetric", "delivery", "labor",
  ]
  private static let newbornTerms: Set<String> = ["newborn", "neonate", "neonatal", "infant", "premature", "preterm", "perinatal"]

  /// Reads which settings a record speaks of.
  /// - Parameter tokens: The record's tokens.
  init(tokens: [Token]) {
    allowsPregnancy = tokens.contains { Self.pregnancyTerms.contains($0.term) }
    allowsNewborn = tokens.contains { Self.newbornTerms.contains($0.term) }
    allowsCongenital = tokens.contains { $0.term == "congenital" }
  }

  /// Whether a code is the status that a past procedure leaves (``CodeChooser/chooseStatus(_:in:context:accepts:)``):
  /// an absent limb or organ (Z89, Z90), an artificial opening (Z93), a transplant (Z94), an implant,
  /// graft or device (Z95–Z97), another postprocedural state (Z98).
  static func isProcedureStatus(_ code: IndexedCode) -> Bool {
    code.system == .icd10cm && procedureStatusPrefixes.contains { code.key.hasPrefix($0) }
  }

  private static let procedureStatusPrefixes = ["Z89", "Z90", "Z93", "Z94", "Z95", "Z96", "Z97", "Z98"]

  /// Whether a code may be chosen.
  func accepts(_ code: IndexedCode) -> Bool {
    guard code.system == .icd10cm, let chapter = code.key.first else { return true }
    switch chapter {
    case "V", "W", "X", "Y": return false
    case "Z": return Self.statusPrefixes.contains { code.key.hasPrefix($0) }
    case "O": return allowsPregnancy
    case "P": return allowsNewborn
    case "Q": return allowsCongenital
    default: return true
    }
  }
}
