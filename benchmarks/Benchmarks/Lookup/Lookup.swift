import Benchmark
import BenchmarkIndex
import BenchmarkTolerances
import CodeFind
import Foundation

/// The index the Lookup benchmarks share, made ready by the first benchmark's setup.
let suiteIndex = SuiteIndex(suite: "lookup")

/// The mixed query set, from the relevance suite (`benchmarks/relevance/queries.tsv`), in file order:
/// code fragments (kind `code`), misspellings (kind `misspelling`), and every other query of one to
/// four words, each sent exactly as written (a trailing space kept).
struct QuerySet {
  /// A kind of query; its raw value ends the name of its benchmark (`WarmLookup_<raw value>`).
  enum Group: String, CaseIterable {
    case codes = "Codes"
    case oneWord = "1Word"
    case fewWords = "2to4Words"
    case typos = "Typos"
  }

  let queries: [(group: Group, text: String)]

  static let shared = QuerySet()

  init() {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("relevance/queries.tsv")
    guard let text = try? String(contentsOf: file, encoding: .utf8) else { fatalError("cannot read \(file.path)") }
    var queries: [(Group, String)] = []
    for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("kind\t") {
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard columns.count >= 2 else { continue }
      let query = String(columns[1])
      let words = query.split(separator: " ").count
      switch columns[0] {
      case "code": queries.append((.codes, query))
      case "misspelling": queries.append((.typos, query))
      case _ where words == 1: queries.append((.oneWord, query))
      case _ where words <= 4: queries.append((.fewWords, query))
      default: continue
      }
    }
    self.queries = queries
  }

  /// The queries of some groups, in file order (all groups when `group` is `nil`).
  func texts(_ group: Group?) -> [String] {
    queries.filter { group == nil || $0.group == group }.map(\.text)
  }
}

/// Looks up `queries` one per iteration, in turn (`currentIteration` counts warm-up and measured
/// samples), with a search prepared by the setup: warm lookups, whose percentiles are per query. Under
/// `thresholds.sh`, one pass over the queries warms up and the next is measured, so the samples are
/// every query once.
func warmLookups(_ name: String, _ queries: [String]) {
  nonisolated(unsafe) var search: CodeSearch?
  Benchmark(
    "WarmLookup_\(name)",
    configuration: Benchmark.Configuration(
      setup: {
        try await suiteIndex.prepare()
        search = CodeSearch(index: try IndexReader(path: suiteIndex.path))
      }
    ).forThresholds(warmup: queries.count, iterations: queries.count)
  ) { benchmark in
    guard let search else { fatalError("the setup did not open \(suiteIndex.path)") }
    for _ in benchmark.scaledIterations {
      blackHole(search.lookup(queries[benchmark.currentIteration % queries.count], options: LookupOptions(limit: 10)))
    }
  }
}

/// Lookups over the mixed query set (codes, one to four words, typos), per query, with p50 and p99:
/// warm (one search, prepared once), by group, and right after open (each iteration maps the index,
/// reads its terminology and looks one query up, what a fresh `codefind WORDS…` does in-process).
let benchmarks: @Sendable () -> Void = {
  // No peak memory: the first benchmark's setup may build the index in this process, whose freed
  // pages would stay resident (as in the Open suite).
  let metrics = suiteMetrics([.wallClock, .mallocCountTotal])
  Benchmark.defaultConfiguration = .init(
    metrics: metrics,
    timeUnits: .microseconds,
    warmupIterations: 100, scalingFactor: .one, maxDuration: .seconds(10), maxIterations: 20_000,
    thresholds: ciTolerances(for: metrics))

  let all = QuerySet.shared.texts(nil)
  warmLookups("Mixed", all)
  for group in QuerySet.Group.allCases {
    warmLookups(group.rawValue, QuerySet.shared.texts(group))
  }

  // Under thresholds.sh: the first 100 queries of the mixed set after the one warm-up query (each
  // iteration decodes the terminology, some milliseconds).
  Benchmark(
    "OpenAndFirstLookup_Mixed",
    configuration: Benchmark.Configuration(warmupIterations: 10, maxIterations: 2_000, setup: suiteIndex.prepare)
      .forThresholds(warmup: 1, iterations: 100)
  ) { benchmark in
    for _ in benchmark.scaledIterations {
      let search = CodeSearch(index: try IndexReader(path: suiteIndex.path))
      blackHole(search.lookup(all[benchmark.currentIteration % all.count], options: LookupOptions(limit: 10)))
    }
  }
}
