import CodeFindProtocol

/// The client's messages, read from the input as the server needs them: the next one to handle,
/// and whether the client has cancelled the request being handled.
///
/// Before a message is handed out, everything the client has already sent is read (without
/// waiting), so that a `$/cancelRequest` that follows a request is seen before the request is
/// handled: a request still waiting here is replaced by its cancellation. While a request is
/// handled, ``isHandledRequestCancelled`` reads on the same way. One thread does all of it, so a
/// request costs the server a single wake-up, and replies go out in the order of the requests.
///
/// Bounded: at most `capacity` messages are read ahead; beyond that the client's writes wait in
/// the pipe, so that a client pipelining many requests is slowed down instead of growing the
/// server's memory.
final class MessageQueue {
  private var reader: FrameReader
  private let parser = JSONParser()
  private let capacity: Int
  /// The messages read; those before `head` are handed out (`nil`).
  private var items: [IncomingMessage?] = []
  private var head = 0
  /// The request handed out last, while it is handled.
  private var handled: RequestID?
  private var isHandledCancelled = false

  /// Creates a queue.
  /// - Parameters:
  ///   - reader: The client's input, its framing known.
  ///   - capacity: The most messages read ahead.
  init(reader: FrameReader, capacity: Int = 1024) {
    self.reader = reader
    self.capacity = capacity
  }

  /// The next message, waiting for input when none has arrived; `nil` at the end of input once
  /// every message read is handed out.
  func next() -> IncomingMessage? {
    handled = nil
    isHandledCancelled = false
    while head == items.count {
      guard let frame = reader.next() else { return nil }
      accept(frame)
    }
    readAvailable()
    guard let message = items[head] else { return nil }
    items[head] = nil
    head += 1
    if head == items.count || head >= capacity {
      items.removeSubrange(0..<head)
      head = 0
    }
    if case .single(.request(let id, _, _)) = message { handled = id }
    return message
  }

  /// Whether the client has cancelled the request last handed out by ``next()``; reads what the
  /// client has sent meanwhile, without waiting.
  var isHandledRequestCancelled: Bool {
    readAvailable()
    return isHandledCancelled
  }

  /// Reads and queues the messages that have arrived, up to the capacity, without waiting.
  private func readAvailable() {
    while items.count - head < capacity, let frame = reader.nextAvailable() { accept(frame) }
  }

  /// Queues a frame's message, or applies it if it is a `$/cancelRequest`: a waiting request is
  /// replaced by its cancellation, the handled one is marked; other ids are ignored, as LSP asks.
  private func accept(_ frame: Frame) {
    let message = IncomingMessage(frame, parser: parser)
    guard case .single(.notification(CancelRequestNotification.method, let params)) = message else {
      items.append(message)
      return
    }
    guard let id = (try? CancelRequestNotification(params: params))?.id else { return }
    if id == handled {
      isHandledCancelled = true
    } else if let position = items[head...].firstIndex(where: { $0?.isRequest(id) == true }) {
      items[position] = .cancelled(id)
    }
  }
}

extension IncomingMessage {
  /// Whether this is the single request with an id.
  fileprivate func isRequest(_ id: RequestID) -> Bool {
    if case .single(.request(let waiting, _, _)) = self { return waiting == id }
    return false
  }
}
