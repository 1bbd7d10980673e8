import Dispatch

/// Turns the codes of a catalog into their searchable terms (``AnalyzedCode``), one per code, in
/// catalog order (code set by code set, each in code order).
///
/// What is searchable, per code:
/// - its title;
/// - its inclusion terms and "includes" notes; a 7-character ICD-10-CM code shares the inclusion
///   terms of the code it extends;
/// - the alphabetic-index entries that lead to it and, for a billable code, to its ancestors down
///   to the body part (`Appendectomy` leads to `0DTJ`, so `0DTJ` and every code under it are found
///   by "appendectomy"); entries that lead to a whole root operation (`0DT`) stay on that header,
///   where they would otherwise match hundreds of unrelated codes.
///
/// A billable code's title, inclusion terms and "includes" notes also give its essential phrases
/// (``AnalyzedCode/essentialPhrases``), which the ranking prefers when a query is exactly one of
/// them; so do its parent's, when its title is the parent's plus ", unspecified" or " without
/// complications" (the header `E11` names "diabetes NOS": its default is `E11.9`).
///
/// ICD-10-PCS browse headers below the body part (5 and 6 characters) repeat the titles of their
/// codes, so they are found by code prefix only, never by words.
struct CodeAnalysis {
  /// The analyzer that makes the terms.
  var analyzer: Analyzer

  /// Analyzes every code of `catalog`, on all cores.
  /// - Parameter catalog: The imported data.
  /// - Returns: One analyzed code per code, flattened in catalog order.
  /// - Complexity: O(*n*) in the total length of the codes' texts.
  func analyze(_ catalog: CodeCatalog) -> [AnalyzedCode] {
    let indexTerms = Dictionary(grouping: catalog.indexTerms.filter { $0.target != nil }) {
      IndexTargetKey(system: $0.system, key: $0.target ?? "")
    }
    var result: [AnalyzedCode] = []
    for set in catalog.codeSets {
      result += analyze(set, indexTerms: indexTerms)
    }
    return result
  }

  private func analyze(_ set: CodeSet, indexTerms: [IndexTargetKey: [IndexTerm]]) -> [AnalyzedCode] {
    let codes = set.codes
    var analyzed = [AnalyzedCode](repeating: AnalyzedCode(), count: codes.count)
    let chunk = 4096
    let chunks = (codes.count + chunk - 1) / chunk
    analyzed.withUnsafeMutableBufferPointer { output in
      nonisolated(unsafe) let output = output
      DispatchQueue.concurrentPerform(iterations: chunks) { index in
        for position in (index * chunk)..<min(codes.count, (index + 1) * chunk) {
          output[position] = analyze(codes[position], in: set, indexTerms: indexTerms)
        }
      }
    }
    return analyzed
  }

  private func analyze(_ code: Code, in set: CodeSet, indexTerms: [IndexTargetKey: [IndexTerm]]) -> AnalyzedCode {
    var analyzed = AnalyzedCode()
    if code.system == .icd10pcs && code.isHeader && code.key.count > 4 { return analyzed }
    analyzed.append([code.title], field: .title, analyzer: analyzer)
    var inclusionTerms = code.notes[.inclusionTerm]
    if code.system == .icd10cm, code.isBillable, code.key.count == 7, let parent = set.parent(of: code) {
      inclusionTerms += parent.notes[.inclusionTerm]
    }
    analyzed.append(inclusionTerms, field: .inclusionTerm, analyzer: analyzer)
    analyzed.append(code.notes[.includes], field: .includes, analyzer: analyzer)
    if code.isBillable {
      analyzed.appendEssentialTerms(of: [code.title] + inclusionTerms + code.notes[.includes], analyzer: analyzer)
      if let parent = set.parent(of: code), Self.isDefault(code, of: parent) {
        analyzed.appendEssentialTerms(
          of: [parent.title] + parent.notes[.inclusionTerm] + parent.notes[.includes], analyzer: analyzer, allDefaults: true)
      }
    }
    var leading: [String] = []
    var ancestor: Code? = code
    while let node = ancestor {
      leading += (indexTerms[IndexTargetKey(system: code.system, key: node.key)] ?? []).map(\.term)
      ancestor = code.isBillable ? set.parent(of: node).flatMap { $0.key.count >= 4 ? $0 : nil } : nil
    }
    analyzed.append(leading, field: .indexTerm, analyzer: analyzer)
    return analyzed
  }

  /// Whether `code` is the default of its parent: its title is the parent's followed by words that
  /// add no detail (`Type 2 diabetes mellitus` > `Type 2 diabetes mellitus without complications`).
  private static func isDefault(_ code: Code, of parent: Code) -> Bool {
    defaultSuffixes.contains { code.title == parent.title + $0 }
  }

  /// The title endings of a header's default child.
  private static let defaultSuffixes = [", unspecified", " without complications"]
}

/// A code or code prefix of one system that index entries lead to.
private struct IndexTargetKey: Hashable {
  var system: CodeSystem.ID
  var key: String
}
