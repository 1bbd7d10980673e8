import CodeFindTestSupport
import Foundation
import Testing

@Suite("codefind bench, run as a process on the shipped data")
struct BenchCommandTests {
  /// The `--json` report of a bench run that must succeed.
  private func report(_ arguments: [String]) throws -> [String: Any] {
    let result = try CodeFindProcess.run(["bench", "--json"] + arguments)
    #expect(result.status == 0, "codefind bench \(arguments) failed: \(result.standardError)")
    return try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
  }

  /// Writes `contents` to a file in a fresh folder, runs `body` with its path, then removes the folder.
  private func withQueryFile<T>(_ contents: Data, _ body: (String) throws -> T) throws -> T {
    let temporary = try TemporaryFolder("e2e")
    defer { temporary.remove() }
    let folder = temporary.url
    let file = folder.appendingPathComponent("queries.txt")
    try contents.write(to: file)
    return try body(file.path)
  }

  @Test func textReportShowsLatencyThroughputMemoryAndHistogram() throws {
    let result = try CodeFindProcess.run(["bench", "--runs", "1"])
    #expect(result.status == 0, "\(result.standardError)")
    let lines = result.standardOutput.split(separator: "\n").map(String.init)
    #expect(lines.first == "codefind bench: library mode, 48 queries (built-in), 1 warm-up and 1 measured pass")
    let heading = try #require(lines.first { $0.hasPrefix("latency (") })
    #expect(heading.contains("µs") || heading.contains("ms"))
    let header = try #require(lines.first { $0.contains("lookups") }).split(separator: " ")
    #expect(header == ["lookups", "p50", "p90", "p99", "max"])
    for kind in ["all", "code", "1 word", "2 words", "3 words", "4 words", "typo", "inside lookup"] {
      let row = try #require(lines.first { $0.hasPrefix(kind + " ") }, "no latency row for \(kind)")
      #expect(row.dropFirst(kind.count).split(separator: " ").count == 5, "\(row)")
    }
    #expect(lines.contains { $0.hasPrefix("throughput: ") && $0.contains(" queries/s") })
    #expect(lines.contains { $0.hasPrefix("peak memory: ") && $0.contains(" MB (VmHWM of this process)") })
    let bars = lines.drop { !$0.hasPrefix("histogram") }.dropFirst()
    #expect(!bars.isEmpty)
    let counted = bars.compactMap { line in line.split(separator: "|").last?.split(separator: " ").first.flatMap { Int($0) } }
    #expect(counted.count == bars.count && counted.reduce(0, +) == 48, "\(bars)")
  }

  @Test func jsonReportIsConsistent() throws {
    let object = try report(["--runs", "2"])
    #expect(object["mode"] as? String == "library")
    #expect(object["querySource"] as? String == "built-in")
    #expect(object["queries"] as? Int == 48)
    #expect(object["runs"] as? Int == 2 && object["warmupRuns"] as? Int == 1)
    let latency = try #require(object["latency"] as? [String: Any])
    #expect(latency["count"] as? Int == 96)
    let figures = try ["min", "p50", "p90", "p99", "max"].map { try #require(latency[$0] as? Double) }
    #expect(figures == figures.sorted() && figures[0] > 0, "\(figures)")
    let histogram = try #require(object["histogram"] as? [[String: Any]])
    #expect(histogram.compactMap { $0["count"] as? Int }.reduce(0, +) == 96)
    let bounds = histogram.compactMap { bucket in (bucket["fromMicros"] as? Int).flatMap { from in (bucket["toMicros"] as? Int).map { (from, $0) } } }
    #expect(bounds.count == histogram.count && bounds.allSatisfy { $0.1 == $0.0 * 2 })
    #expect(zip(bounds, bounds.dropFirst()).allSatisfy { $0.1 == $1.0 }, "histogram ranges must be contiguous")
    let kinds = try #require(object["byKind"] as? [[String: Any]]).compactMap { $0["kind"] as? String }
    #expect(kinds == ["code", "1 word", "2 words", "3 words", "4 words", "typo"])
    #expect((object["queriesPerSecond"] as? Double ?? 0) > 0)
    let memory = try #require(object["peakMemory"] as? [String: Any])
    #expect((memory["bytes"] as? Int ?? 0) > 1_000_000)
    #expect((object["engineLatency"] as? [String: Any])?["count"] as? Int == 96)
  }

  @Test func plainQueryFileRunsEveryLineAsWritten() throws {
    let object = try withQueryFile(Data("# comment\nchest pain\n\ne11.4\r\npnuemonia \n".utf8)) { path in
      try report(["--queries", path, "--runs", "1"])
    }
    #expect(object["queries"] as? Int == 3)
    let kinds = try #require(object["byKind"] as? [[String: Any]])
    #expect(kinds.count == 1 && kinds.first?["kind"] as? String == "query")
    #expect((object["latency"] as? [String: Any])?["count"] as? Int == 3)
  }

  @Test func relevanceTSVIsReadByKind() throws {
    let tsv = "# a comment\nkind\tquery\tacceptable\tnote\ncode\te11.40\tE11.40\t\nlay\theart attack\tI21.9\nlay\tpink eye\tH10.9\tconjunctivitis\n"
    let object = try withQueryFile(Data(tsv.utf8)) { path in try report(["--queries", path, "--runs", "1"]) }
    #expect(object["queries"] as? Int == 3)
    let kinds = try #require(object["byKind"] as? [[String: Any]])
    #expect(kinds.compactMap { $0["kind"] as? String } == ["code", "lay"])
    #expect(kinds.compactMap { ($0["latency"] as? [String: Any])?["count"] as? Int } == [1, 2])
  }

  @Test func shippedRelevanceQueriesAreAccepted() throws {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("benchmarks/relevance/queries.tsv")
    let rows = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }.count - 1
    let object = try report(["--queries", file.path, "--runs", "1"])
    #expect(object["queries"] as? Int == rows)
  }

  @Test func processModeRunsOneLookupProcessPerQuery() throws {
    let object = try withQueryFile(Data("chest pain\nE11.40\n".utf8)) { path in
      try report(["--queries", path, "--runs", "1", "--mode", "process"])
    }
    #expect(object["mode"] as? String == "process")
    #expect((object["latency"] as? [String: Any])?["count"] as? Int == 2)
    let engine = try #require(object["engineLatency"] as? [String: Any])
    let caller = try #require(object["latency"] as? [String: Any])
    #expect(try #require(engine["max"] as? Double) <= (try #require(caller["max"] as? Double)))
    #expect((object["peakMemory"] as? [String: Any])?["source"] as? String == "ru_maxrss of the largest codefind lookup process")
  }

  @Test func serveModeSendsJSONRPCLookupsToOneServer() throws {
    let object = try withQueryFile(Data("chest pain\nE11.40\npnuemonia\n".utf8)) { path in
      try report(["--queries", path, "--runs", "2", "--mode", "serve"])
    }
    #expect(object["mode"] as? String == "serve")
    #expect((object["latency"] as? [String: Any])?["count"] as? Int == 6)
    #expect((object["engineLatency"] as? [String: Any])?["count"] as? Int == 6)
    let memory = try #require(object["peakMemory"] as? [String: Any])
    #expect(memory["source"] as? String == "VmHWM of the codefind serve process")
    #expect((memory["bytes"] as? Int ?? 0) > 1_000_000)
  }

  @Test(arguments: [
    ("kind\tquery\n", "a tab in a file without the header kind<TAB>query<TAB>acceptable"),
    ("chest pain\nE11\tI10\n", ":2: a tab in a file without the header"),
    ("kind\tquery\tacceptable\ncode\tE11\n", ":2: 2 tab-separated fields; a row has 3 or 4"),
    ("# only a comment\n\n", "holds no query"),
  ])
  func badQueryFileIsAClearError(contents: String, message: String) throws {
    let result = try withQueryFile(Data(contents.utf8)) { path in try CodeFindProcess.run(["bench", "--queries", path]) }
    #expect(result.status == 1)
    #expect(result.standardError.contains(message), "\(result.standardError)")
    #expect(result.standardOutput.isEmpty)
  }

  @Test func unreadableOrBinaryQueryFileIsAClearError() throws {
    let missing = try CodeFindProcess.run(["bench", "--queries", "/nonexistent/queries.txt"])
    #expect(missing.status == 1 && missing.standardError.contains("cannot read the query file /nonexistent/queries.txt"))
    let binary = try withQueryFile(Data([0x63, 0x68, 0xFF, 0xFE, 0x0A])) { path in try CodeFindProcess.run(["bench", "--queries", path]) }
    #expect(binary.status == 1 && binary.standardError.contains("is not UTF-8 text"))
  }

  @Test func runsOutOfRangeIsRefused() throws {
    let result = try CodeFindProcess.run(["bench", "--runs", "0"])
    #expect(result.status != 0 && result.standardError.contains("--runs must be between 1 and 1000"))
  }
}
