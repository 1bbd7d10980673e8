import CodeFind

/// Lookups through ``CodeSearch`` in this process: the latency a Swift app embedding CodeFind sees.
public struct LibraryTarget: LookupTarget {
  private let search: CodeSearch
  private let options: LookupOptions

  /// Looks up through `search`.
  /// - Parameters:
  ///   - search: An open search.
  ///   - options: The options of every lookup.
  public init(search: CodeSearch, options: LookupOptions) {
    self.search = search
    self.options = options
  }

  /// The mode's name in the report.
  public var mode: String { "library" }

  /// Looks one query up and times it.
  public mutating func lookup(_ query: String) throws(BenchError) -> LookupTiming {
    let start = monotonicNanoseconds()
    let result = search.lookup(query, options: options)
    let elapsed = monotonicNanoseconds() - start
    return LookupTiming(nanoseconds: elapsed, engineMicros: result.elapsedMicros)
  }

  /// Reports the peak memory of what did the lookups.
  public mutating func finish() throws(BenchError) -> PeakMemory? {
    PeakMemory.ofThisProcess()
  }
}
