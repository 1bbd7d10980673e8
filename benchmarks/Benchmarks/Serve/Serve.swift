import Benchmark
import CodeFind
import CodeFindProtocol
import CodeFindServer
import Foundation

/// An index of the shipped data in a fixed temporary folder, built by the first benchmark's setup
/// and reused while its sources are unchanged. Building is never measured.
let indexPath = FileManager.default.temporaryDirectory
  .appendingPathComponent("codefind-bench-serve").appendingPathComponent("index.cfidx").path

@Sendable func prepareIndex() async throws {
  try FileManager.default.createDirectory(
    atPath: (indexPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
  _ = try IndexStore.open(index: indexPath)
}

/// A `codefind serve` connection (``ServerConnection``, the code the command runs) on its own thread,
/// spoken to over two real pipes in line-delimited framing, as a script would.
///
/// One server serves every sample of a benchmark (made in its setup, which is not measured), as an
/// editor keeps one: a sample measures requests and replies only, not the server's start (opening
/// the index and reading its terminology, milliseconds).
final class PipedServer: @unchecked Sendable {
  // @unchecked: one benchmark thread writes and reads; the server thread only touches its own ends.
  private let requests = Pipe()
  private let replies = Pipe()
  private var reader: FrameReader

  init() throws {
    let connection = ServerConnection(
      index: try IndexReader(path: indexPath), input: requests.fileHandleForReading.fileDescriptor,
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

  /// A server on the benchmark index that has answered one lookup, for a benchmark's setup.
  @Sendable static func started() async throws -> PipedServer {
    try await prepareIndex()
    let server = try PipedServer()
    server.write(lookup(0, "e1140"))
    _ = server.reply()
    return server
  }
}

/// Counts the samples of a benchmark (one thread runs them).
final class Counter: @unchecked Sendable {
  // @unchecked: only the benchmark's thread calls `next()`.
  private var count = 0

  /// The number of calls before this one.
  func next() -> Int {
    defer { count += 1 }
    return count
  }
}

/// The queries of the round-trip benchmarks: code prefixes and words, typed as coders type them.
let queries = ["e1140", "E11.4", "0dtj", "chest pain", "diab typ 2 neuro", "lap appy", "pnuemonia", "fx left femur"]

/// `codefind serve` over a pipe: the round trip of one `lookup` (write the request line, wait for
/// the reply line), and the throughput of lookups a client pipelines without waiting.
let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .cpuTotal, .throughput, .peakMemoryResident],
    timeUnits: .microseconds,
    warmupIterations: 100, scalingFactor: .one, maxDuration: .seconds(10), maxIterations: 20_000)

  // Each sample is one round trip; the queries are taken in turn across samples.
  let mixed = (0..<queries.count).map { PipedServer.lookup($0, queries[$0]) }
  let sample = Counter()
  Benchmark("Lookup round trip/mixed queries") { benchmark, server in
    for _ in benchmark.scaledIterations {
      server.write(mixed[sample.next() % mixed.count])
      blackHole(server.reply())
    }
  } setup: {
    try await PipedServer.started()
  }

  let code = PipedServer.lookup(1, "e1140")
  Benchmark("Lookup round trip/code e1140") { benchmark, server in
    for _ in benchmark.scaledIterations {
      server.write(code)
      blackHole(server.reply())
    }
  } setup: {
    try await PipedServer.started()
  }

  let batch = (0..<1000).flatMap { PipedServer.lookup($0, queries[$0 % queries.count]) }
  Benchmark(
    "Pipelined lookups/1000 per iteration",
    configuration: .init(scalingFactor: .kilo, maxDuration: .seconds(20), maxIterations: 200)
  ) { benchmark, server in
    for _ in 0..<benchmark.scaledIterations.count / 1000 {
      server.writeInBackground(batch)
      for _ in 0..<1000 { blackHole(server.reply()) }
    }
  } setup: {
    try await PipedServer.started()
  }
}
