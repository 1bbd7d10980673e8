import Foundation

/// Runs the built `codefind` executable as a user would, capturing its output and exit status.
struct CodeFindProcess {
  /// What one run printed and how it ended.
  struct Result {
    var status: Int32
    var standardOutput: String
    var standardError: String
  }

  /// The `codefind` binary beside the test bundle in the build folder.
  static var executable: URL {
    let folders = [
      Bundle.main.bundleURL, URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent(),
    ].flatMap { [$0, $0.deletingLastPathComponent()] }
    for folder in folders {
      let candidate = folder.appendingPathComponent("codefind")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return folders[0].appendingPathComponent("codefind")
  }

  /// An index of the shipped data built once for the whole test run (by `codefind index build`), so
  /// that tests running in parallel do not each build their own.
  static let sharedIndex: String = {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("codefind-e2e-\(ProcessInfo.processInfo.processIdentifier).cfidx").path
    let process = Process()
    process.executableURL = executable
    process.arguments = ["index", "build", "--out", path]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do {
      try process.run()
      process.waitUntilExit()
    } catch {
      return path
    }
    return path
  }()

  /// Runs `codefind` with `arguments` and the given extra environment, waiting for it to exit. The
  /// run uses ``sharedIndex`` unless `environment` names another `CODEFIND_INDEX`.
  /// - Parameters:
  ///   - arguments: The command line after the program's name.
  ///   - environment: Variables to add or replace.
  ///   - input: What to write to standard input before closing it.
  ///   - launcher: A program and its arguments that start `codefind` (its path and `arguments` follow
  ///     them), such as `prlimit --fsize=N` or `setpriv …`; empty to start it directly.
  static func run(
    _ arguments: [String], environment: [String: String] = [:], input: String? = nil, launcher: [String] = []
  ) throws -> Result {
    let process = Process()
    if let program = launcher.first {
      process.executableURL = URL(fileURLWithPath: program)
      process.arguments = launcher.dropFirst() + [executable.path] + arguments
    } else {
      process.executableURL = executable
      process.arguments = arguments
    }
    process.environment = ProcessInfo.processInfo.environment
      .merging(["CODEFIND_INDEX": sharedIndex]) { $1 }
      .merging(environment) { $1 }
    let output = Pipe()
    let error = Pipe()
    let standardInput = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = standardInput
    try process.run()
    if let input { standardInput.fileHandleForWriting.write(Data(input.utf8)) }
    try standardInput.fileHandleForWriting.close()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
      standardError: String(decoding: errorData, as: UTF8.self))
  }
}
