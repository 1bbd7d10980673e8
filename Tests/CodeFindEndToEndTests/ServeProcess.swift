import CodeFindProtocol
import Foundation

/// A running `codefind serve`, spoken to over its standard input and output as an editor would.
final class ServeProcess {
  private let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  private let errors = Pipe()
  private var replies: FrameReader
  /// The framing requests are written in.
  let framing: MessageFraming

  /// Starts `codefind serve` with `arguments` on an index (the shared one unless named).
  init(framing: MessageFraming = .lineDelimited, arguments: [String] = [], index: String = CodeFindProcess.sharedIndex) throws {
    self.framing = framing
    process.executableURL = CodeFindProcess.executable
    process.arguments = ["serve"] + arguments
    process.environment = ProcessInfo.processInfo.environment.merging(["CODEFIND_INDEX": index]) { $1 }
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    replies = FrameReader(fileDescriptor: output.fileHandleForReading.fileDescriptor, framing: framing)
    try process.run()
  }

  /// The server's process id.
  var processIdentifier: Int32 { process.processIdentifier }

  /// The server's standard input, for a thread that writes requests while another reads replies.
  var standardInput: FileHandle { input.fileHandleForWriting }

  /// Writes bytes as they are.
  func write(_ bytes: [UInt8]) { input.fileHandleForWriting.write(Data(bytes)) }

  /// Writes one message, framed.
  func send(_ message: JSONValue) { write(framing.frame(message.serialized)) }

  /// Sends a request and returns its response, skipping the notifications the server sends
  /// before it (diagnostics).
  func request(_ id: Int, _ method: String, _ params: JSONValue = [:]) -> JSONValue? {
    send(["jsonrpc": "2.0", "id": .integer(id), "method": .string(method), "params": params])
    while let message = next() {
      if message["method"] == nil { return message }
    }
    return nil
  }

  /// The next message the server wrote, parsed, or `nil` at the end of its output. Output that is
  /// not JSON is returned as a string, so that a corrupted stream fails the test's expectations.
  func next() -> JSONValue? {
    guard let frame = replies.next() else { return nil }
    guard case .message(let bytes) = frame, let value = try? JSONParser().parse(bytes) else { return .string("not JSON: \(frame)") }
    return value
  }

  /// Closes the client's end of the server's standard output, as a client that goes away does:
  /// the server's next write fails (EPIPE).
  func closeReplies() { try? output.fileHandleForReading.close() }

  /// Whether the process ended by exiting (rather than by a signal such as SIGPIPE).
  var exitedNormally: Bool { process.terminationReason == .exit }

  /// Closes the server's standard input and waits for it to exit; returns its status and what it
  /// wrote to standard error.
  func finish() -> (status: Int32, standardError: String) {
    try? input.fileHandleForWriting.close()
    return waitForExit()
  }

  /// Waits for the server to exit on its own.
  func waitForExit() -> (status: Int32, standardError: String) {
    let log = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: log, as: UTF8.self))
  }

  /// The server's peak resident memory so far (`VmHWM` of /proc/PID/status), in kilobytes.
  var peakResidentKilobytes: Int? {
    guard let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8) else { return nil }
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
    return line.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") }
  }
}
