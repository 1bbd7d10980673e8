import Benchmark
import BenchmarkIndex
import BenchmarkTolerances
import CodeFind
import CodeFindProtocol
import CodeFindServer
import Foundation

/// The index the Serve benchmarks share, made ready by the first benchmark's setup.
let suiteIndex = SuiteIndex(suite: "serve")

/// A `codefind serve` connection (``ServerConnection``, the code the command runs) on its own thread,
/// spoken to over two real pipes in line-delimited framing, as a script would.
final class PipedServer: @unchecked Sendable {
  // @unchecked: one benchmark thread writes and reads; the server thread only touches its own ends.
  private let requests = Pipe()
  private let replies = Pipe()
  private var reader: FrameReader

  init() throws {
    let connection = ServerConnection(
      index: try IndexReader(path: suiteIndex.path), input: requests.fileHandleForReading.fileDescriptor,
      output: replies.fileHandleForWriting.fileDescriptor, framing: .lineDelimited)
    reader = FrameReader(fileDescriptor: replies.fileHandleForReading.fileDescriptor, framing: .lineDelimited)
    // The server's thread holds the pipes until it ends, so that their descriptors stay its own.
    let pipes = (requests, replies)
    Thread { withExtendedLifetime(pipes) { _ = connection.run() } }.start()
  }

  /// The request line for a lookup.
  static func lookup(_ id: Int, _ query: String) -> [UInt8] {
    Array(#"{"jsonrpc":"2.0","id":\#(id),"method":"lookup","params":{"query":"\#(query)","limit":10}}"#.utf8) + [0x0A]
  }

  /// Writes bytes to the server's input.
  func write(_ bytes: [UInt8]) { requests.fileHandleForWriting.write(Data(bytes)) }

  /// Writes bytes from another thread, so that the server's replies can be read while they flow.
  func writeInBackground(_ bytes: [UInt8]) {
    let handle = requests.fileHandleForWriting
    DispatchQueue.global().async { handle.write(Data(bytes)) }
  }

  /// The next reply's bytes; stops the benchmark if the server answered with anything but a result.
  func reply() -> [UInt8] {
    guard case .message(let bytes)? = reader.next(), bytes.starts(with: Array(#"{"jsonrpc":"2.0","id":"#.utf8)),
      !String(decoding: bytes.prefix(64), as: UTF8.self).contains("\"error\"")
    else { fatalError("codefind serve did not answer a lookup") }
    return bytes
  }

  /// Ends the server's input, which ends the server.
  func close() { try? requests.fileHandleForWriting.close() }
}

/// The queries of the round-trip benchmarks: code prefixes and words, typed as coders type them.
let queries = ["e1140", "E11.4", "0dtj", "chest pain", "diab typ 2 neuro", "lap appy", "pnuemonia", "fx left femur"]

/// The server of the running benchmark (each benchmark runs in a process of its own): started by its
/// setup, so that every sample speaks to the same warm server, as a client of `codefind serve` does.
nonisolated(unsafe) var server: PipedServer?

/// The setup of every benchmark: the index, then the server.
@Sendable func startServer() async throws {
  try await suiteIndex.prepare()
  server = try PipedServer()
}

/// The teardown of every benchmark: ends the server.
@Sendable func stopServer() async throws {
  server?.close()
  server = nil
}

/// The server the setup started.
func runningServer() -> PipedServer {
  guard let server else { fatalError("the setup did not start the server") }
  return server
}

/// `codefind serve` over a pipe: the round trip of one `lookup` (write the request line, wait for
/// the reply line), and the throughput of lookups a client pipelines without waiting. Each sample
/// sends the next query in turn (`currentIteration` counts warm-up and measured samples).
let benchmarks: @Sendable () -> Void = {
  // CI checks the malloc count (client and server thread: the client waits for each reply, so a
  // round trip's allocations fall in its own sample), not peak memory: the setup may build the index
  // in this process, whose freed pages would stay resident (as in the Open suite); measuring it also
  // runs a sampling thread, whose allocations seem to add to the count (64 against 48 for e1140).
  let metrics = suiteMetrics(
    [.wallClock, .cpuTotal, .throughput, .peakMemoryResident, .mallocCountTotal], uncheckedInCI: [.peakMemoryResident])
  Benchmark.defaultConfiguration = .init(
    metrics: metrics,
    timeUnits: .microseconds,
    warmupIterations: 100, scalingFactor: .one, maxDuration: .seconds(10), maxIterations: 20_000,
    thresholds: ciTolerances(for: metrics))

  let requests = (0..<queries.count).map { PipedServer.lookup($0, queries[$0]) }
  // Under thresholds.sh: 10 passes over the 8 queries measured, after one warm-up pass.
  Benchmark(
    "LookupRoundTrip_MixedQueries",
    configuration: Benchmark.Configuration(setup: startServer, teardown: stopServer)
      .forThresholds(warmup: queries.count, iterations: 10 * queries.count)
  ) { benchmark in
    let server = runningServer()
    for _ in benchmark.scaledIterations {
      server.write(requests[benchmark.currentIteration % requests.count])
      blackHole(server.reply())
    }
  }

  let codeRequest = PipedServer.lookup(1, "e1140")
  Benchmark(
    "LookupRoundTrip_CodeE1140",
    configuration: Benchmark.Configuration(setup: startServer, teardown: stopServer)
      .forThresholds(warmup: 10, iterations: 50)
  ) { benchmark in
    let server = runningServer()
    for _ in benchmark.scaledIterations {
      server.write(codeRequest)
      blackHole(server.reply())
    }
  }

  let batch = (0..<1000).flatMap { PipedServer.lookup($0, queries[$0 % queries.count]) }
  Benchmark(
    "PipelinedLookups_1000PerIteration",
    configuration: Benchmark.Configuration(
      scalingFactor: .kilo, maxDuration: .seconds(20), maxIterations: 200, setup: startServer, teardown: stopServer
    ).forThresholds(warmup: 1, iterations: 5)
  ) { benchmark in
    let server = runningServer()
    for _ in 0..<benchmark.scaledIterations.count / 1000 {
      server.writeInBackground(batch)
      for _ in 0..<1000 { blackHole(server.reply()) }
    }
  }
}
