import CodeFindProtocol
import CodeFindServer
import CodeFindTestSupport
import Foundation

/// An in-process client of a ``ServerConnection`` over the shipped index: requests go down one
/// pipe, replies come back up another, framed as a real client's would be, while the server runs
/// on its own thread.
final class TestClient {
  /// The framing the client speaks (the server detects it from the first bytes).
  let framing: MessageFraming
  private let toServer = Pipe()
  private let fromServer = Pipe()
  private var replies: FrameReader
  private let finished = DispatchSemaphore(value: 0)
  private let status = StatusBox()
  private var nextID = 1
  /// Notifications the server sent while the client waited for responses.
  private(set) var notifications: [JSONValue] = []

  /// Starts a server on the shipped index.
  init(framing: MessageFraming = .lineDelimited) {
    // As `codefind serve` does: a write to a pipe whose reader has gone fails instead of killing
    // the whole test process with SIGPIPE.
    signal(SIGPIPE, SIG_IGN)
    self.framing = framing
    replies = FrameReader(fileDescriptor: fromServer.fileHandleForReading.fileDescriptor, framing: framing)
    let connection = ServerConnection(
      index: ShippedIndex.reader, input: toServer.fileHandleForReading.fileDescriptor,
      output: fromServer.fileHandleForWriting.fileDescriptor)
    // The pipes stay open for the rest of the test run: the server's thread may still read its input
    // after a test has let go of its client, and a descriptor closed under it could be reused by
    // another test's pipe.
    OpenPipes.keep(toServer, fromServer)
    let output = fromServer.fileHandleForWriting
    let status = status
    let finished = finished
    Thread {
      status.set(connection.run())
      try? output.close()
      finished.signal()
    }.start()
  }

  /// Writes bytes as they are, unframed.
  func write(_ bytes: [UInt8]) { toServer.fileHandleForWriting.write(Data(bytes)) }

  /// Writes messages framed, all in one write.
  func send(_ messages: JSONValue...) { write(messages.flatMap { framing.frame($0.serialized) }) }

  /// Sends a request and waits for its response (the whole response object).
  @discardableResult
  func request(_ method: String, _ params: JSONValue? = nil) -> JSONValue {
    let id = nextID
    nextID += 1
    var message: [(key: String, value: JSONValue)] = [("jsonrpc", "2.0"), ("id", .integer(id)), ("method", .string(method))]
    if let params { message.append(("params", params)) }
    send(.object(message))
    return response(to: .integer(id))
  }

  /// The result of a request that must succeed, or `nil` (with the error recorded by the caller's
  /// expectations) when it failed.
  func result(_ method: String, _ params: JSONValue? = nil) -> JSONValue? { request(method, params)["result"] }

  /// Sends a notification.
  func notify(_ method: String, _ params: JSONValue? = nil) {
    var message: [(key: String, value: JSONValue)] = [("jsonrpc", "2.0"), ("method", .string(method))]
    if let params { message.append(("params", params)) }
    send(.object(message))
  }

  /// The next message from the server, or `nil` when its output has ended.
  func next() -> JSONValue? {
    while let frame = replies.next() {
      if case .message(let bytes) = frame { return try? JSONParser().parse(bytes) }
    }
    return nil
  }

  /// Waits for the response with an id, keeping notifications that come first.
  func response(to id: JSONValue) -> JSONValue {
    while let message = next() {
      if message["id"] == id { return message }
      if message["method"] != nil { notifications.append(message) }
    }
    return .null
  }

  /// Waits for the next notification of a method.
  func notification(_ method: String) -> JSONValue? {
    if let index = notifications.firstIndex(where: { $0["method"] == .string(method) }) {
      return notifications.remove(at: index)
    }
    while let message = next() {
      if message["method"] == .string(method) { return message }
      notifications.append(message)
    }
    return nil
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
