/// Everything an index file holds, as the writer takes it: the code sets, the searchable terms of
/// every code, the lexicon, the alphabetic-index entries and the files it was all built from.
public struct IndexContents: Sendable {
  /// The code sets, in the order their codes are numbered.
  public var codeSets: [CodeSet]
  /// The searchable terms of each code: one per code, code sets flattened in order.
  public var analyzedCodes: [AnalyzedCode]
  /// The terminology used to expand queries.
  public var lexicon: Lexicon
  /// Alphabetic-index entries.
  public var indexTerms: [IndexTerm]
  /// The files the contents were built from.
  public var sources: [IndexSource]

  /// Gathers the contents of an index.
  /// - Parameters:
  ///   - codeSets: The code sets.
  ///   - analyzedCodes: One analyzed code per code, in order; missing ones count as empty.
  ///   - lexicon: The terminology.
  ///   - indexTerms: Alphabetic-index entries.
  ///   - sources: The source files.
  public init(
    codeSets: [CodeSet], analyzedCodes: [AnalyzedCode], lexicon: Lexicon, indexTerms: [IndexTerm],
    sources: [IndexSource]
  ) {
    self.codeSets = codeSets
    self.analyzedCodes = analyzedCodes
    self.lexicon = lexicon
    self.indexTerms = indexTerms
    self.sources = sources
  }
}
