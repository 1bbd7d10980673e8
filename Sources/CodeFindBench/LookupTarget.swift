#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What one lookup cost, as the benchmark saw it.
public struct LookupTiming: Sendable, Hashable {
  /// The time from asking to having the answer, as the caller of this target sees it.
  public var nanoseconds: UInt64
  /// The time the lookup itself reported (`elapsedMicros`), when the target passes it on.
  public var engineMicros: Int?

  /// Creates a timing.
  /// - Parameters:
  ///   - nanoseconds: The time the caller saw.
  ///   - engineMicros: The time the lookup reported, if any.
  public init(nanoseconds: UInt64, engineMicros: Int?) {
    self.nanoseconds = nanoseconds
    self.engineMicros = engineMicros
  }
}

/// Something that answers lookups for a benchmark: CodeSearch in this process, a `codefind lookup`
/// process per query, or a `codefind serve` process.
public protocol LookupTarget {
  /// The mode's name in the report (`library`, `process`, `serve`).
  var mode: String { get }
  /// Looks one query up and says how long it took.
  /// - Parameter query: The query, as written.
  /// - Throws: ``BenchError`` when the lookup failed.
  mutating func lookup(_ query: String) throws(BenchError) -> LookupTiming
  /// Ends the target (stopping any process it runs) and reports the peak memory of whatever did the
  /// lookups.
  mutating func finish() throws(BenchError) -> PeakMemory?
}

/// A failure while benchmarking, with what to do about it.
public enum BenchError: Error, CustomStringConvertible, Equatable {
  /// A process could not be started.
  case cannotStart(command: String, reason: String)
  /// A lookup failed or gave an answer that is not a lookup result.
  case lookupFailed(query: String, reason: String)
  /// There was no query to run.
  case noQueries

  /// What went wrong and what to do, for the user.
  public var description: String {
    switch self {
    case .cannotStart(let command, let reason): "cannot start \(command): \(reason)"
    case .lookupFailed(let query, let reason): "the lookup of '\(query)' failed: \(reason)"
    case .noQueries: "there is no query to run: give a query file with at least one query"
    }
  }
}

/// Nanoseconds of the monotonic clock (`CLOCK_MONOTONIC`), for timing lookups.
func monotonicNanoseconds() -> UInt64 {
  var now = timespec()
  clock_gettime(CLOCK_MONOTONIC, &now)
  return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
}
