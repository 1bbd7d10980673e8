import CodeFindProtocol
import CodeFindServer
import CodeFindTestSupport
import Foundation

/// An in-process client of a ``ServerConnection`` over the shipped index: requests go down one
/// pipe, replies come back up another, framed as a real client's would be, while the server runs
/// on its own thread.
final class TestClient: FramedClient {
  private let toServer = Pipe()
  private let fromServer = Pipe()
  private let finished = DispatchSemaphore(value: 0)
  private let status = StatusBox()

  /// Starts a server on the shipped index.
  init(framing: MessageFraming = .lineDelimited) {
    // As `codefind serve` does: a write to a pipe whose reader has gone fails instead of killing
    // the whole test process with SIGPIPE.
    signal(SIGPIPE, SIG_IGN)
    let connection = ServerConnection(
      index: ShippedIndex.reader, input: toServer.fileHandleForReading.fileDescriptor,
      output: fromServer.fileHandleForWriting.fileDescriptor)
    // The pipes stay open for the rest of the test run: the server's thread may still read its input
    // after a test has let go of its client, and a descriptor closed under it could be reused by
    // another test's pipe.
    OpenPipes.keep(toServer, fromServer)
    super.init(
      framing: framing, requests: toServer.fileHandleForWriting, replies: fromServer.fileHandleForReading.fileDescriptor)
    let output = fromServer.fileHandleForWriting
    let status = status
    let finished = finished
    Thread {
      status.set(connection.run())
      try? output.close()
      finished.signal()
    }.start()
  }

  /// Ends the input so that the server's thread ends too, when a test did not wait for it.
  deinit { try? toServer.fileHandleForWriting.close() }

  /// Ends the input and waits for the server to end; returns its exit status.
  func finish() -> Int32 {
    try? toServer.fileHandleForWriting.close()
    return waitForExit()
  }

  /// Waits for the server to end on its own (after `exit`); returns its exit status.
  func waitForExit() -> Int32 {
    finished.wait()
    return status.value ?? -1
  }
}

/// The exit status of the server thread, handed to the test's thread.
private final class StatusBox: @unchecked Sendable {
  // @unchecked: `status` is written once before `finished` is signalled and read after waiting on it.
  private var status: Int32?
  private let lock = NSLock()
  func set(_ value: Int32) { lock.withLock { status = value } }
  var value: Int32? { lock.withLock { status } }
}

/// Pipes kept open until the test process ends (see ``TestClient/init(framing:)``).
private enum OpenPipes {
  private static let lock = NSLock()
  nonisolated(unsafe) private static var pipes: [Pipe] = []

  static func keep(_ kept: Pipe...) { lock.withLock { pipes += kept } }
}
