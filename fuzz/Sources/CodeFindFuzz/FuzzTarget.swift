/// The fuzz targets: each takes any bytes and must neither crash, hang, leak nor break a promise
/// of the code it drives (a broken promise stops the run through ``FuzzCheck``).
enum FuzzTarget: String, CaseIterable {
  /// ``Analyzer/analyze(_:)`` on any text.
  case analyzer
  /// ``CodeKey`` canonical keys and display spellings of any text.
  case codekey
  /// ``CodeSearch/lookup(_:options:)`` of any query on the shipped index.
  case lookup
  /// ``ClaimValidator/validate(_:)`` of any claims file on the shipped index.
  case validate
  /// ``IndexReader`` on a damaged index file, every accessor.
  case index
  /// Framing, JSON parsing and JSON-RPC decoding of what a client sends `codefind serve`.
  case `protocol`
  /// The ICD-10-CM tabular XML importer.
  case icd10cmXML = "icd10cm-xml"
  /// The ICD-10-PCS code list importer.
  case pcsCodes = "pcs-codes"
  /// The ICD-10-PCS index importer.
  case pcsIndex = "pcs-index"
  /// The medical abbreviations importer.
  case abbreviations
  /// The HCPCS fixed-width importer.
  case hcpcs
  /// The delimited (CSV and TSV) code set importer.
  case delimited

  /// Loads what the target reads on every input (the shipped index, the PCS axis titles), so that
  /// the first input is not timed with it.
  func prepare() {
    switch self {
    case .lookup, .validate: LookupTarget.prepare()
    case .pcsCodes: ImporterTargets.prepare()
    default: break
    }
  }

  /// Runs the target on one input.
  /// - Parameter bytes: The input.
  func run(_ bytes: [UInt8]) {
    switch self {
    case .analyzer: TextTargets.analyzer(bytes)
    case .codekey: TextTargets.codeKey(bytes)
    case .lookup: LookupTarget.run(bytes)
    case .validate: LookupTarget.validate(bytes)
    case .index: IndexTarget.run(bytes)
    case .protocol: ProtocolTarget.run(bytes)
    case .icd10cmXML, .pcsCodes, .pcsIndex, .abbreviations, .hcpcs, .delimited: ImporterTargets.run(self, bytes)
    }
  }
}

/// Stops the fuzzer with a message when a promise is broken (libFuzzer then saves the input).
enum FuzzCheck {
  /// Traps unless `condition` holds.
  /// - Parameters:
  ///   - condition: The promise.
  ///   - message: What was broken, in words.
  static func expect(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("fuzz check failed: \(message())") }
  }
}
