import ArgumentParser
import CodeFind
import CodeFindBench
import Foundation

/// `codefind bench`: lookup latency, throughput and peak memory on a query set.
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Measure lookup latency, queries per second and peak memory on your queries.",
    discussion: """
      Runs every query once unmeasured, then --runs times measured, one after another, and prints \
      p50/p90/p99/max latency, queries per second, peak memory and a latency histogram.
      Modes: library (CodeSearch in this process), process (one `codefind lookup` process per query, \
      start-up and index opening included), serve (one `codefind serve` process, a JSON-RPC lookup \
      request per query, one at a time).
      A query file holds one query per line, or is in the relevance format of \
      benchmarks/relevance/queries.tsv (header kind<TAB>query<TAB>acceptable). Without one, a built-in \
      mix of codes, 1 to 4 words and typos is run.
      """
  )

  /// How lookups are made.
  enum Mode: String, ExpressibleByArgument, CaseIterable {
    case library
    case process
    case serve
  }

  @Option(name: .long, help: "A query file: one query per line, or the relevance TSV format (default: a built-in mixed set).")
  var queries: String?

  @Option(name: .long, help: "How lookups are made: \(Mode.allCases.map(\.rawValue).joined(separator: ", ")).")
  var mode: Mode = .library

  @Option(name: .long, help: "The measured passes over the queries (1…1000).")
  var runs = 3

  @Option(name: [.short, .long], help: "The most results per lookup (1…1000).")
  var limit = 10

  @Flag(name: .long, help: "Print the figures as JSON for tools instead of text.")
  var json = false

  @OptionGroup var indexOptions: IndexOptions

  func validate() throws {
    guard (1...1000).contains(runs) else { throw ValidationError("--runs must be between 1 and 1000.") }
    guard (1...1000).contains(limit) else { throw ValidationError("--limit must be between 1 and 1000.") }
  }

  func run() throws {
    let querySet: [BenchQuery]
    do {
      querySet = try queries.map(QueryFile.read(at:)) ?? BuiltInQueries.all
    } catch {
      throw CommandFailure(error.description)
    }
    let index = try indexOptions.openIndex()
    let runner = BenchRunner(queries: querySet, querySource: queries ?? "built-in", runs: runs)
    let report: BenchReport
    do throws(BenchError) {
      switch mode {
      case .library:
        var target = LibraryTarget(search: CodeSearch(index: index), options: LookupOptions(limit: limit))
        report = try runner.run(&target)
      case .process:
        var target = ProcessTarget(
          executable: try Self.executable(), arguments: ["lookup", "--json", "--limit", String(limit)] + indexArguments(index.path))
        report = try runner.run(&target)
      case .serve:
        var target = try ServeTarget(executable: try Self.executable(), arguments: ["serve"] + indexArguments(index.path), limit: limit)
        report = try runner.run(&target)
      }
    } catch {
      throw CommandFailure(error.description)
    }
    print(json ? BenchReportFormatter(report: report).json : BenchReportFormatter(report: report).text)
  }

  /// The arguments a child `codefind` gets to use the index this command opened (so that no child
  /// builds one) and the data folder named here.
  private func indexArguments(_ index: String) -> [String] {
    var arguments = ["--index", index]
    if let data = indexOptions.dataOptions.data { arguments += ["--data", data] }
    return arguments
  }

  /// This running `codefind` binary.
  private static func executable() throws(BenchError) -> URL {
    let candidates = [URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath(), Bundle.main.executableURL].compactMap { $0 }
    guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
      throw .cannotStart(command: "codefind", reason: "this executable's path is unknown; use --mode library")
    }
    return found
  }
}
