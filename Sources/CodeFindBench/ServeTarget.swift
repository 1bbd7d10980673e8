import Foundation

/// One `codefind serve` process for the whole run, sent a line-delimited JSON-RPC `lookup` request per
/// query (protocol.md): the latency an editor or a script talking to the server sees, one request
/// at a time, the round trip through the pipes and JSON included.
public struct ServeTarget: LookupTarget {
  private let process: Process
  private let requests: FileHandle
  private var replies: LineReader
  private let limit: Int
  private var nextID = 1

  /// Starts `executable` with `arguments` (such as `serve --index FILE`).
  /// - Parameters:
  ///   - executable: The `codefind` binary.
  ///   - arguments: The arguments that start the server in line-delimited framing.
  ///   - limit: The `limit` of every lookup request.
  /// - Throws: ``BenchError/cannotStart(command:reason:)`` when the process cannot be started.
  public init(executable: URL, arguments: [String], limit: Int) throws(BenchError) {
    process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      throw .cannotStart(command: executable.path + " " + arguments.joined(separator: " "), reason: (error as NSError).localizedDescription)
    }
    requests = input.fileHandleForWriting
    replies = LineReader(output.fileHandleForReading)
    self.limit = limit
  }

  /// The mode's name in the report.
  public var mode: String { "serve" }

  /// Sends one `lookup` request and waits for its reply line.
  public mutating func lookup(_ query: String) throws(BenchError) -> LookupTiming {
    let id = nextID
    nextID += 1
    let request: [String: Any] = [
      "jsonrpc": "2.0", "id": id, "method": "lookup", "params": ["query": query, "limit": limit],
    ]
    guard let body = try? JSONSerialization.data(withJSONObject: request) else {
      throw .lookupFailed(query: query, reason: "the query cannot be written as JSON")
    }
    let start = monotonicNanoseconds()
    do {
      try requests.write(contentsOf: body + Data("\n".utf8))
    } catch {
      throw .lookupFailed(query: query, reason: "codefind serve stopped reading requests (\(error))")
    }
    guard let line = replies.nextLine() else {
      throw .lookupFailed(query: query, reason: "codefind serve closed its output without a reply")
    }
    let elapsed = monotonicNanoseconds() - start
    guard let reply = try? JSONDecoder().decode(Reply.self, from: line) else {
      throw .lookupFailed(query: query, reason: "the reply is not a JSON-RPC response: \(String(decoding: line.prefix(200), as: UTF8.self))")
    }
    guard reply.id == id, let result = reply.result else {
      throw .lookupFailed(query: query, reason: reply.error.map { "error \($0.code): \($0.message)" } ?? "a reply to another request")
    }
    return LookupTiming(nanoseconds: elapsed, engineMicros: result.elapsedMicros)
  }

  /// Reads the server's peak memory, then sends `shutdown` and `exit` and waits for it to end.
  public mutating func finish() throws(BenchError) -> PeakMemory? {
    let peak = PeakMemory.ofProcess(process.processIdentifier, named: "the codefind serve process")
    let goodbye = #"{"jsonrpc":"2.0","id":0,"method":"shutdown"}"# + "\n" + #"{"jsonrpc":"2.0","method":"exit"}"# + "\n"
    try? requests.write(contentsOf: Data(goodbye.utf8))
    try? requests.close()
    process.waitUntilExit()
    return peak ?? PeakMemory.ofLargestChild(named: "child process (codefind serve)")
  }

  private struct Reply: Decodable {
    struct Failure: Decodable {
      var code: Int
      var message: String
    }

    var id: Int?
    var result: LookupAnswer?
    var error: Failure?
  }
}

/// Lines from a file handle, read in chunks as they arrive.
struct LineReader {
  private let handle: FileHandle
  private var buffer = Data()

  init(_ handle: FileHandle) {
    self.handle = handle
  }

  /// The next line without its `\n`, or nil at end of input.
  mutating func nextLine() -> Data? {
    while true {
      if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
        let line = buffer[buffer.startIndex..<newline]
        buffer = Data(buffer[(newline + 1)...])
        return Data(line)
      }
      let chunk = handle.availableData
      if chunk.isEmpty { return nil }
      buffer.append(chunk)
    }
  }
}
