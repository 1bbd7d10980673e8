import ArgumentParser
import CodeFind
import Foundation

/// The options of commands that read the index: the data folder and the index file.
struct IndexOptions: ParsableArguments {
  @OptionGroup var dataOptions: DataOptions

  @Option(name: .long, help: "The index file (default: $CODEFIND_INDEX, else a file in ~/.cache/codefind named after the data folder).")
  var index: String?

  /// Opens the up-to-date index, building it first when needed with progress on standard error.
  func openIndex() throws -> IndexReader {
    let progress = ProgressLine()
    do {
      let reader = try IndexStore.open(data: dataOptions.data, index: index, progress: progress.report)
      progress.finish()
      return reader
    } catch {
      throw CommandFailure(error.description)
    }
  }
}

/// Build progress on standard error: one line per step, shown once the work has taken a second.
final class ProgressLine: @unchecked Sendable {
  // @unchecked: used from the one thread that runs the command.
  private let start = Date()
  private var pending: [String] = []
  private var shown = false

  /// Records a step, printing it (and any earlier ones) when a second has passed.
  func report(_ step: String) {
    pending.append(step)
    guard Date().timeIntervalSince(start) >= 1 || shown else { return }
    shown = true
    for line in pending { FileHandle.standardError.write(Data("codefind: \(line)…\n".utf8)) }
    pending.removeAll()
  }

  /// Prints the total time when the work took long enough to show progress.
  func finish() {
    let elapsed = Date().timeIntervalSince(start)
    guard elapsed >= 1 else { return }
    if !shown { for line in pending { FileHandle.standardError.write(Data("codefind: \(line)…\n".utf8)) } }
    FileHandle.standardError.write(Data(String(format: "codefind: done in %.1f s\n", elapsed).utf8))
  }
}
