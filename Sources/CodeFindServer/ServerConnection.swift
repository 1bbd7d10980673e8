import CodeFind
import CodeFindProtocol

/// Runs a ``CodeFindServer`` over a pair of file descriptors, on the calling thread: it reads and
/// parses frames, handles them in order and writes the replies.
///
/// One thread does it all, so that a request costs one wake-up of the server (its input becoming
/// readable) and no hand-over between threads. Before each request, and while a long one runs,
/// the input that has arrived is read without waiting (``MessageQueue``), so that a
/// `$/cancelRequest` cancels a request still waiting or one being handled.
///
/// The framing is given or detected from the first bytes of input. The connection ends at the end
/// of input (status 0), on `exit`, or when the replies can no longer be written.
public struct ServerConnection: Sendable {
  /// The index served.
  public let index: IndexReader
  /// Where requests are read from.
  public let input: Int32
  /// Where replies are written (for `codefind serve`, a duplicate of the real standard output).
  public let output: Int32
  /// The framing, or `nil` to detect it.
  public let framing: MessageFraming?
  /// The largest message accepted.
  public let maximumMessageBytes: Int

  /// Creates a connection.
  /// - Parameters:
  ///   - index: The index to serve.
  ///   - input: The descriptor requests are read from.
  ///   - output: The descriptor replies are written to.
  ///   - framing: The framing, or `nil` to detect it from the first bytes.
  ///   - maximumMessageBytes: The largest message accepted; larger ones are answered with `-32600`.
  public init(index: IndexReader, input: Int32, output: Int32, framing: MessageFraming? = nil, maximumMessageBytes: Int = 8 << 20) {
    self.index = index
    self.input = input
    self.output = output
    self.framing = framing
    self.maximumMessageBytes = maximumMessageBytes
  }

  /// Serves until the end of input or `exit`.
  /// - Returns: The exit status: 0 at the end of input or on `exit` after `shutdown`, 1 on `exit`
  ///   without `shutdown`.
  public func run() -> Int32 {
    var reader = FrameReader(fileDescriptor: input, framing: framing, maximumMessageBytes: maximumMessageBytes)
    let framing = reader.detectFraming()
    let writer = FrameWriter(fileDescriptor: output, framing: framing)
    let queue = MessageQueue(reader: reader)
    let server = CodeFindServer(
      index: index, framing: framing, send: { writer.send($0) }, isCancelled: { queue.isHandledRequestCancelled })
    while let message = queue.next() {
      switch handle(message, server: server) {
      case (let reply?, _) where !writer.send(reply):
        ServerLog.write("standard output is closed; stopping")
        return 0
      case (_, .exit(let status)):
        return status
      default:
        continue
      }
    }
    return 0
  }

  /// Handles one queued message: the reply to write, if any, and whether to go on.
  private func handle(_ message: IncomingMessage, server: CodeFindServer) -> (JSONValue?, CodeFindServer.Outcome) {
    switch message {
    case .single(let single):
      return server.handle(single)
    case .failure(let failure):
      return (Response.failure(id: failure.id, error: failure.error), .proceed)
    case .cancelled(let id):
      return (Response.failure(id: id, error: .cancelled), .proceed)
    case .batch(let elements):
      var replies: [JSONValue] = []
      var outcome = CodeFindServer.Outcome.proceed
      for element in elements {
        switch element {
        case .success(let single):
          let (reply, next) = server.handle(single)
          if let reply { replies.append(reply) }
          if case .exit = next { outcome = next }
        case .failure(let failure):
          replies.append(Response.failure(id: failure.id, error: failure.error))
        }
      }
      return (replies.isEmpty ? nil : .array(replies), outcome)
    }
  }
}
