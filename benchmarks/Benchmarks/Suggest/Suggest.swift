import Benchmark
import BenchmarkIndex
import BenchmarkTolerances
import CodeFind
import Foundation

/// The development notes of the suggestion benchmark (`benchmarks/suggest/notes.jsonl`).
let notesPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("suggest/notes.jsonl").path

/// What the benchmarks read: the suggester, every sentence of the notes, and the long discharge summary.
struct SuggestFixture: Sendable {
  let suggester: CodeSuggester
  let sentences: [String]
  let dischargeSummary: String

  private struct Note: Decodable {
    var id: String
    var text: String
  }

  static func load() throws -> SuggestFixture {
    let suggester = CodeSuggester(index: try SuiteIndex(suite: "suggest").open())
    let lines = try String(contentsOfFile: notesPath, encoding: .utf8).split(separator: "\n")
    let notes = try lines.map { try JSONDecoder().decode(Note.self, from: Data($0.utf8)) }
    guard let long = notes.first(where: { $0.id == "ds-long" }) else {
      fatalError("notes.jsonl has no note 'ds-long' (the two-page discharge summary)")
    }
    let splitter = SentenceSplitter()
    let sentences = notes.flatMap { note in
      splitter.sentences(in: note.text).compactMap { $0.original(in: note.text).map(String.init) }
    }
    return SuggestFixture(suggester: suggester, sentences: sentences, dischargeSummary: long.text)
  }
}

/// Suggesting codes: one sentence of a note at a time (every sentence of the development notes in
/// turn, one per iteration, so the percentiles are per sentence), and the two-page discharge summary
/// `ds-long` whole. Each suggestion starts with empty caches, as a server request does.
let benchmarks: @Sendable () -> Void = {
  // No peak memory: the setup may build the index in this process, whose freed pages would stay
  // resident (as in the Open suite).
  let metrics = suiteMetrics([.wallClock, .mallocCountTotal])
  Benchmark.defaultConfiguration = .init(
    metrics: metrics,
    timeUnits: .microseconds,
    warmupIterations: 20, scalingFactor: .one, maxDuration: .seconds(10), maxIterations: 5_000,
    thresholds: ciTolerances(for: metrics))

  nonisolated(unsafe) var fixture: SuggestFixture?
  let setup: @Sendable () async throws -> Void = { if fixture == nil { fixture = try SuggestFixture.load() } }

  // Under thresholds.sh: 20 sentences warm up, the next 200 are measured (the same every run).
  Benchmark(
    "SuggestOneSentence",
    configuration: Benchmark.Configuration(setup: setup).forThresholds(warmup: 20, iterations: 200)
  ) { benchmark in
    guard let fixture else { fatalError("no fixture") }
    for _ in benchmark.scaledIterations {
      blackHole(fixture.suggester.suggest(fixture.sentences[benchmark.currentIteration % fixture.sentences.count]))
    }
  }

  Benchmark(
    "SuggestTwoPageDischargeSummary",
    configuration: Benchmark.Configuration(maxIterations: 500, setup: setup).forThresholds(warmup: 2, iterations: 10)
  ) { benchmark in
    guard let fixture else { fatalError("no fixture") }
    for _ in benchmark.scaledIterations {
      blackHole(fixture.suggester.suggest(fixture.dischargeSummary))
    }
  }
}
