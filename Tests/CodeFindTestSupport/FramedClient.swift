import CodeFindProtocol
import Foundation

/// A JSON-RPC client over a pair of file descriptors, framed as a real client's would be: what the
/// server tests (a ``ServerConnection`` on a thread) and the end-to-end tests (`codefind serve` in
/// a process) both speak to the server with, as subclasses that start the server.
open class FramedClient {
  /// The framing the client writes in (the server detects it from the first bytes).
  public let framing: MessageFraming
  private let requests: FileHandle
  private var replies: FrameReader
  private var nextID = 1
  /// Notifications the server sent while the client waited for responses.
  public private(set) var notifications: [JSONValue] = []

  /// Creates a client.
  /// - Parameters:
  ///   - framing: The framing to write in and read in.
  ///   - requests: Where requests go (the server's input).
  ///   - replies: The descriptor the server's replies come from (its output).
  public init(framing: MessageFraming, requests: FileHandle, replies: Int32) {
    self.framing = framing
    self.requests = requests
    self.replies = FrameReader(fileDescriptor: replies, framing: framing)
  }

  /// Writes bytes as they are, unframed.
  public func write(_ bytes: [UInt8]) { requests.write(Data(bytes)) }

  /// Writes messages framed, all in one write.
  public func send(_ messages: JSONValue...) { write(messages.flatMap { framing.frame($0.serialized) }) }

  /// Sends a request with the next id and waits for its response (the whole response object,
  /// `null` when the server's output ended first).
  @discardableResult
  public func request(_ method: String, _ params: JSONValue? = nil) -> JSONValue {
    let id = nextID
    nextID += 1
    var message: [(key: String, value: JSONValue)] = [("jsonrpc", "2.0"), ("id", .integer(id)), ("method", .string(method))]
    if let params { message.append(("params", params)) }
    send(.object(message))
    return response(to: .integer(id))
  }

  /// The result of a request that must succeed, or `nil` (with the error recorded by the caller's
  /// expectations) when it failed.
  public func result(_ method: String, _ params: JSONValue? = nil) -> JSONValue? { request(method, params)["result"] }

  /// Sends a notification.
  public func notify(_ method: String, _ params: JSONValue? = nil) {
    var message: [(key: String, value: JSONValue)] = [("jsonrpc", "2.0"), ("method", .string(method))]
    if let params { message.append(("params", params)) }
    send(.object(message))
  }

  /// The next message from the server, parsed, or `nil` when its output has ended. A frame that is
  /// not a JSON message comes back as a string, so that a corrupted stream fails the test's
  /// expectations.
  public func next() -> JSONValue? {
    guard let frame = replies.next() else { return nil }
    guard case .message(let bytes) = frame, let value = try? JSONParser().parse(bytes) else { return .string("not JSON: \(frame)") }
    return value
  }

  /// Waits for the response with an id, keeping the notifications that come first.
  public func response(to id: JSONValue) -> JSONValue {
    while let message = next() {
      if message["id"] == id { return message }
      if message["method"] != nil { notifications.append(message) }
    }
    return .null
  }

  /// Waits for the next notification of a method.
  public func notification(_ method: String) -> JSONValue? {
    if let index = notifications.firstIndex(where: { $0["method"] == .string(method) }) {
      return notifications.remove(at: index)
    }
    while let message = next() {
      if message["method"] == .string(method) { return message }
      notifications.append(message)
    }
    return nil
  }
}
