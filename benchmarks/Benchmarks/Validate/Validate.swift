import Benchmark
import BenchmarkIndex
import BenchmarkTolerances
import CodeFind
import Foundation

/// The validator of the suite's index (``SuiteIndex``), opened on first use. Opening the index and
/// reading the section and chapter notes (``ClaimValidator/init(index:)``) are never measured.
let validator: ClaimValidator = {
  let index = SuiteIndex(suite: "validate")
  do {
    return ClaimValidator(index: try index.open())
  } catch {
    fatalError("cannot open or build the index at \(index.path): \(error)")
  }
}()

/// Every 37th billable ICD-10-CM code of the index (about 2,000, across all chapters), as typed on a claim.
let billableCodes: [String] = {
  let index = validator.index
  guard let system = index.systems.first(where: { $0.system.id == .icd10cm }) else { fatalError("no ICD-10-CM in the index") }
  let codes = system.ordinals.compactMap { index.summary(at: $0)?.isBillable == true ? index.code(at: $0)?.display : nil }
  return stride(from: 0, to: codes.count, by: 37).map { codes[$0] }
}()

/// Each of ``billableCodes`` as a claim of one code.
let billableCodeClaims = billableCodes.map { [$0] }

/// Claims of five codes, each with an Excludes1 conflict, a manifestation code or a header among them.
let conflictingClaims: [[String]] = [
  ["E11.9", "E10.9", "I10", "Z79.4", "N18.30"],
  ["E11.42", "G63", "I12.9", "N18.30", "F32.9"],
  ["F32.9", "F33.9", "I20.9", "I25.10", "E78.5"],
  ["G63", "E85.4", "J45.909", "K21.9", "E11"],
  ["S72.001A", "W19.XXXA", "I10", "A09", "K52.9"],
]

/// Mistyped codes: the unknown-code path, which tries the typing slips a code can have.
let mistypedCodes = ["I1O", "E11.99", "E19.1", "J18.0O", "S72.01A", "0DTJ4ZQ", "W21.89A", "T07XXXXD"]

/// Each of ``mistypedCodes`` as a claim of one code.
let mistypedCodeClaims = mistypedCodes.map { [$0] }

/// Codes validated per second: one valid code at a time, five-code claims with conflicts (each
/// iteration is one claim, five codes), and mistyped codes. Each sample validates the next input in
/// turn (`currentIteration` counts warm-up and measured samples), so under `thresholds.sh`, with a
/// fixed number of samples, every run measures the same inputs.
let benchmarks: @Sendable () -> Void = {
  // No peak memory: the validator's first use may build the index in this process, whose freed
  // pages would stay resident (as in the Open suite).
  let metrics = suiteMetrics([.wallClock, .throughput, .mallocCountTotal])
  Benchmark.defaultConfiguration = .init(
    metrics: metrics,
    timeUnits: .microseconds,
    warmupIterations: 100, scalingFactor: .one, maxDuration: .seconds(5), maxIterations: 100_000,
    thresholds: ciTolerances(for: metrics))

  let prepare: @Sendable () async throws -> Void = {
    blackHole(billableCodes.count)
  }

  /// Validates the next of `inputs()` in each sample (read in the benchmark, not when it is
  /// registered: the billable codes need the index); under `thresholds.sh`, `thresholdsSamples`
  /// samples warm up and as many are measured.
  func validateInTurn(_ name: String, thresholdsSamples: Int, _ inputs: @escaping @Sendable () -> [[String]]) {
    Benchmark(
      name,
      configuration: Benchmark.Configuration(setup: prepare)
        .forThresholds(warmup: thresholdsSamples, iterations: thresholdsSamples)
    ) { benchmark in
      let inputs = inputs()
      for _ in benchmark.scaledIterations {
        blackHole(validator.validate(inputs[benchmark.currentIteration % inputs.count]))
      }
    }
  }

  // Under thresholds.sh, 500 of the ~2,000 single codes are measured (enough for a stable p90).
  validateInTurn("ValidateSingleCode", thresholdsSamples: 500) { billableCodeClaims }
  validateInTurn("ValidateFiveCodeClaimWithConflicts", thresholdsSamples: conflictingClaims.count) { conflictingClaims }
  validateInTurn("ValidateMistypedCode", thresholdsSamples: mistypedCodes.count) { mistypedCodeClaims }
}
