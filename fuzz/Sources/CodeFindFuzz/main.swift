import CFuzzerDriver
import Foundation

// Usage: CodeFindFuzz TARGET [libFuzzer options and corpus folders]
//    or: CODEFIND_FUZZ_TARGET=TARGET CodeFindFuzz [libFuzzer options and corpus folders]
// The first argument, when it names a fuzz target, selects it and is exported as
// CODEFIND_FUZZ_TARGET, so that the processes libFuzzer starts itself (-minimize_crash, -jobs,
// -fork, -merge) run the same target; everything else goes to libFuzzer as it is.

/// The environment variable that names the fuzz target.
let targetVariable = "CODEFIND_FUZZ_TARGET"

/// The fuzz target this process runs.
nonisolated(unsafe) private var selectedTarget = FuzzTarget.analyzer

/// Runs the selected target on one input (libFuzzer's callback).
private func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  selectedTarget.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
  return 0
}

var arguments = CommandLine.unsafeArgv
var argumentCount = CommandLine.argc
if argumentCount >= 2, let first = arguments[1].map({ String(cString: $0) }), FuzzTarget(rawValue: first) != nil {
  setenv(targetVariable, first, 1)
  // libFuzzer sees the program's name followed by everything after the target's name.
  arguments[1] = arguments[0]
  arguments = arguments.advanced(by: 1)
  argumentCount -= 1
}
let name = ProcessInfo.processInfo.environment[targetVariable] ?? ""
guard let target = FuzzTarget(rawValue: name) else {
  let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
  FileHandle.standardError.write(
    Data("usage: CodeFindFuzz TARGET [libFuzzer options] [corpus folders]\nTARGET is one of: \(names)\n".utf8))
  exit(2)
}
selectedTarget = target
target.prepare()
var argumentVector: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = arguments
exit(LLVMFuzzerRunDriver(&argumentCount, &argumentVector, testOneInput))
