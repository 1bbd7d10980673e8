import CodeFindProtocol
import CodeFindTestSupport
import Foundation

/// A running `codefind serve`, spoken to over its standard input and output as an editor would.
final class ServeProcess: FramedClient {
  private let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  private let errors = Pipe()

  /// Starts `codefind serve` with `arguments` on an index (the shared one unless named).
  init(framing: MessageFraming = .lineDelimited, arguments: [String] = [], index: String = CodeFindProcess.sharedIndex) throws {
    process.executableURL = CodeFindProcess.executable
    process.arguments = ["serve"] + arguments
    process.environment = ProcessInfo.processInfo.environment.merging(["CODEFIND_INDEX": index]) { $1 }
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    super.init(framing: framing, requests: input.fileHandleForWriting, replies: output.fileHandleForReading.fileDescriptor)
    try process.run()
  }

  /// The server's process id.
  var processIdentifier: Int32 { process.processIdentifier }

  /// The server's standard input, for a thread that writes requests while another reads replies.
  var standardInput: FileHandle { input.fileHandleForWriting }

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
