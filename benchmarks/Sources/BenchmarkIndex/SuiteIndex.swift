import CodeFind
import Foundation

/// A suite's index of the shipped data, in a fixed folder of its own under the temporary folder
/// (`$TMPDIR/codefind-bench-<suite>/index.cfidx`): built by the first run that needs it, reused while
/// its sources are unchanged (``IndexStore`` rebuilds it otherwise). Building is never measured.
public struct SuiteIndex: Sendable {
  /// The index file's path.
  public let path: String

  /// The index of a suite.
  /// - Parameter suite: The suite's name in lowercase (`lookup`), which names the folder.
  public init(suite: String) {
    path = FileManager.default.temporaryDirectory
      .appendingPathComponent("codefind-bench-\(suite)").appendingPathComponent("index.cfidx").path
  }

  /// Creates the folder, builds the index if it is missing or stale, and opens it.
  /// - Throws: When the folder cannot be created, or the index cannot be built or opened.
  @discardableResult
  public func open() throws -> IndexReader {
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    return try IndexStore.open(index: path)
  }

  /// ``open()`` as a benchmark's setup: the index is ready before anything is measured.
  @Sendable public func prepare() async throws { try open() }
}
