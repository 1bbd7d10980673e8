import Foundation

/// One `codefind lookup --json` process per query: the latency a script that runs the command for
/// every query sees, process start and index opening included.
public struct ProcessTarget: LookupTarget {
  private let executable: URL
  private let arguments: [String]

  /// Runs `executable` with `arguments`, then `--` and the query, for every lookup.
  /// - Parameters:
  ///   - executable: The `codefind` binary.
  ///   - arguments: The arguments before the query, such as `lookup --json --limit 10 --index FILE`;
  ///     they must make the process print one lookup answer in JSON.
  public init(executable: URL, arguments: [String]) {
    self.executable = executable
    self.arguments = arguments
  }

  /// The mode's name in the report.
  public var mode: String { "process" }

  /// Looks one query up and times it.
  public mutating func lookup(_ query: String) throws(BenchError) -> LookupTiming {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments + ["--", query]
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    let start = monotonicNanoseconds()
    do {
      try process.run()
    } catch {
      throw .cannotStart(command: executable.path, reason: (error as NSError).localizedDescription)
    }
    let printed = output.fileHandleForReading.readDataToEndOfFile()
    let complained = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let elapsed = monotonicNanoseconds() - start
    guard process.terminationStatus == 0, process.terminationReason == .exit else {
      let message = String(decoding: complained, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
      throw .lookupFailed(query: query, reason: "codefind exited with status \(process.terminationStatus): \(message)")
    }
    guard let answer = LookupAnswer.decode(printed) else {
      throw .lookupFailed(query: query, reason: "codefind did not print a lookup answer in JSON: \(String(decoding: printed.prefix(200), as: UTF8.self))")
    }
    return LookupTiming(nanoseconds: elapsed, engineMicros: answer.elapsedMicros)
  }

  /// Reports the peak memory of what did the lookups.
  public mutating func finish() throws(BenchError) -> PeakMemory? {
    PeakMemory.ofLargestChild(named: "codefind lookup process")
  }
}
