/// The ICD-10-CM combination codes a coder reports when a record names two linked conditions:
/// diabetes with a complication (E11 with CKD → E11.22, with neuropathy → E11.40), and
/// hypertension with heart failure or chronic kidney disease (I11.0, I12.9, I13.0), whose link the
/// guidelines presume ("with" in the Alphabetic Index).
///
/// The rules apply to the present conditions of a whole record. A complication that the
/// combination code names completely is replaced by it (E11.40 replaces G62.9); one whose code
/// the combination asks to add ("use additional code": the CKD stage, the ulcer) stays.
struct CombinationCodes: Sendable {
  /// One complication of diabetes: the code prefixes that name it, the combination code's suffix
  /// after the diabetes category (`E11` + `.22`), and whether the complication's own code stays.
  private struct DiabetesComplication {
    var prefixes: [String]
    var suffix: String
    var keepsComplication: Bool
  }

  private static let diabetesComplications: [DiabetesComplication] = [
    DiabetesComplication(prefixes: ["N18"], suffix: "22", keepsComplication: true),
    DiabetesComplication(prefixes: ["N05", "N08", "N28.9"], suffix: "21", keepsComplication: false),
    DiabetesComplication(prefixes: ["G62", "G63"], suffix: "42", keepsComplication: false),
    DiabetesComplication(prefixes: ["G60", "G64", "G58", "G57", "G56"], suffix: "40", keepsComplication: false),
    DiabetesComplication(prefixes: ["K31.84"], suffix: "43", keepsComplication: true),
    DiabetesComplication(prefixes: ["H35.0", "H36"], suffix: "319", keepsComplication: false),
    DiabetesComplication(prefixes: ["I73.9", "I70.2"], suffix: "51", keepsComplication: false),
    DiabetesComplication(prefixes: ["L97"], suffix: "621", keepsComplication: true),
    DiabetesComplication(prefixes: ["E16.0", "E16.1", "E16.2"], suffix: "649", keepsComplication: false),
    DiabetesComplication(prefixes: ["R73"], suffix: "65", keepsComplication: false),
    DiabetesComplication(prefixes: ["M14.6", "M14.67"], suffix: "610", keepsComplication: false),
    DiabetesComplication(prefixes: ["H25", "H26.9", "H28"], suffix: "36", keepsComplication: false),
  ]

  private let index: IndexReader

  /// Creates the rules over an index, whose codes they name.
  init(index: IndexReader) { self.index = index }

  /// Applies the combination rules to the mentions of a record.
  /// - Parameter mentions: The record's mentions; only present ones combine.
  /// - Returns: The mentions with combination codes added (their evidence both conditions') and the
  ///   codes they replace removed.
  func apply(to mentions: [Mention]) -> [Mention] {
    var result = mentions
    var present: [(index: Int, code: IndexedCode)] {
      result.indices.compactMap { position in
        guard result[position].assertion == .present, let code = index.code(at: result[position].ordinal),
          code.system == .icd10cm
        else { return nil }
        return (position, code)
      }
    }
    var removed = Set<Int>()
    // Diabetes with its complications.
    let diabetes = present.filter { ["E08", "E09", "E10", "E11", "E13"].contains(String($0.code.key.prefix(3))) }
    if let category = diabetes.first.map({ String($0.code.display.prefix(3)) }) {
      var combined = false
      for complication in Self.diabetesComplications {
        let matching = present.filter { item in complication.prefixes.contains { item.code.display.hasPrefix($0) } }
        guard let first = matching.first, let ordinal = ordinal(of: "\(category).\(complication.suffix)") else { continue }
        let evidence = (diabetes.flatMap { result[$0.index].evidence } + matching.flatMap { result[$0.index].evidence })
        result.append(
          Mention(
            ordinal: ordinal, assertion: .present, isReportable: true, inAssessment: true,
            evidence: evidence.sorted { $0.lowerBound < $1.lowerBound },
            score: min(result[first.index].score, diabetes.map { result[$0.index].score }.max() ?? 0)))
        if !complication.keepsComplication { removed.formUnion(matching.map(\.index)) }
        combined = true
      }
      // A combination says "with"; the code "without complications" and the unspecified
      // complication no longer apply.
      if combined {
        removed.formUnion(
          diabetes.filter { $0.code.title.contains("without complications") || $0.code.title.contains("unspecified complications") }
            .map(\.index))
      }
    }
    // Hypertension with heart failure and/or chronic kidney disease: one hypertensive code, the
    // most complete the record supports (I13 over I11 and I12 over I10).
    let hypertensive = present.filter { ["I10", "I11", "I12", "I13"].contains(String($0.code.key.prefix(3))) }
    let heartFailure = present.filter { $0.code.key.hasPrefix("I50") || $0.code.key == "I110" || $0.code.key == "I130" }
    let kidney = present.filter { $0.code.key.hasPrefix("N18") || $0.code.key.hasPrefix("I12") || $0.code.key.hasPrefix("I13") }
    if !hypertensive.isEmpty, !heartFailure.isEmpty || !kidney.isEmpty {
      let endStage = kidney.contains { ["N185", "N186", "I120", "I132"].contains($0.code.key) }
      let key =
        switch (heartFailure.isEmpty, kidney.isEmpty) {
        case (false, false): endStage ? "I13.2" : "I13.0"
        case (false, true): "I11.0"
        default: endStage ? "I12.0" : "I12.9"
        }
      if let ordinal = ordinal(of: key) {
        let parts = hypertensive + heartFailure + kidney
        result.append(
          Mention(
            ordinal: ordinal, assertion: .present, isReportable: true, inAssessment: true,
            evidence: parts.flatMap { result[$0.index].evidence }.sorted { $0.lowerBound < $1.lowerBound },
            score: hypertensive.map { result[$0.index].score }.max() ?? 0))
        removed.formUnion(hypertensive.map(\.index))
      }
    }
    return result.indices.filter { !removed.contains($0) }.map { result[$0] }
  }

  /// The ICD-10-CM code with this display form, if the data has it.
  private func ordinal(of display: String) -> Int? {
    guard let key = CodeKey.canonical(display) else { return nil }
    return index.ordinals(forKey: key).first { index.code(at: $0)?.system == .icd10cm }
  }
}
