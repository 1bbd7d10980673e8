import CodeFind
import CodeFindProtocol
import Foundation

/// Runs a ``CodeFindServer`` over a pair of file descriptors: one thread reads and parses frames,
/// the calling thread handles them in order and writes the replies.
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
  ///
  /// - Important: After `exit`, the reading thread goes on reading `input` until its end (a
  ///   process simply exits; an embedding app must keep `input` open until it has closed the
  ///   other end, so that the descriptor is not reused under that thread).
  /// - Returns: The exit status: 0 at the end of input or on `exit` after `shutdown`, 1 on `exit`
  ///   without `shutdown`.
  public func run() -> Int32 {
    var reader = FrameReader(fileDescriptor: input, framing: framing, maximumMessageBytes: maximumMessageBytes)
    let framing = reader.detectFraming()
    let writer = FrameWriter(fileDescriptor: output, framing: framing)
    let queue = MessageQueue()
    let readingThread = Thread { [reader] in
      var reader = reader
      Self.read(from: &reader, into: queue)
    }
    readingThread.stackSize = 1 << 20
    readingThread.start()
    let server = CodeFindServer(index: index, framing: framing) { writer.send($0) }
    while let message = queue.take() {
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

  /// Reads frames until the end of input, parsing each and queueing it; a `$/cancelRequest` is
  /// applied to the queue at once instead.
  private static func read(from reader: inout FrameReader, into queue: MessageQueue) {
    let parser = JSONParser()
    while let frame = reader.next() {
      let message = IncomingMessage(frame, parser: parser)
      if case .single(.notification(CancelRequestNotification.method, let params)) = message {
        if let cancel = try? CancelRequestNotification(params: params) { queue.cancel(cancel.id) }
        continue
      }
      queue.put(message)
    }
    queue.close()
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
