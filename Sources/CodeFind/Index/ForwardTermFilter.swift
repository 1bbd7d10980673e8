/// Which of a code's forward terms a walk passes to its body
/// (``IndexReader/forEachForwardTerm(of:among:while:)``): the filter is tested inside the decoding
/// loop, so that the few terms a lookup wants are picked out of a code's tens without a call per term.
protocol ForwardTermFilter {
  /// No term from this one on passes: the walk stops at the first such term.
  var upperBound: Int { get }
  /// Whether a term below ``upperBound`` passes.
  func contains(_ term: Int) -> Bool
}

/// The filter that passes every term.
struct AllForwardTerms: ForwardTermFilter {
  var upperBound: Int { .max }
  @inline(__always) func contains(_ term: Int) -> Bool { true }
}
