import CodeFindProtocol
import Foundation

/// The messages read but not yet handled, between the reading thread and the handling thread.
///
/// Bounded: when the handler falls behind, the reader waits, so that a client pipelining many
/// requests is slowed down by the pipe instead of growing the server's memory. A request still
/// waiting here when its `$/cancelRequest` arrives is replaced by its cancellation.
final class MessageQueue: @unchecked Sendable {
  // @unchecked: every stored property is read and written with `condition` locked.
  private let condition = NSCondition()
  private var items: [IncomingMessage?] = []
  private var head = 0
  private var isClosed = false
  private let capacity: Int

  /// Creates a queue.
  /// - Parameter capacity: The most messages waiting at once.
  init(capacity: Int = 1024) { self.capacity = capacity }

  /// Adds a message, waiting while the queue is full.
  func put(_ message: IncomingMessage) {
    condition.lock()
    defer { condition.unlock() }
    while items.count - head >= capacity { condition.wait() }
    items.append(message)
    condition.broadcast()
  }

  /// Marks the end of input: ``take()`` returns `nil` once the waiting messages are handled.
  func close() {
    condition.lock()
    defer { condition.unlock() }
    isClosed = true
    condition.broadcast()
  }

  /// Replaces a waiting request by its cancellation.
  /// - Returns: Whether the request was still waiting.
  @discardableResult
  func cancel(_ id: RequestID) -> Bool {
    condition.lock()
    defer { condition.unlock() }
    for position in head..<items.count {
      if case .single(.request(let waiting, _, _)) = items[position], waiting == id {
        items[position] = .cancelled(id)
        return true
      }
    }
    return false
  }

  /// The next message, waiting for one; `nil` after ``close()`` once none are left.
  func take() -> IncomingMessage? {
    condition.lock()
    defer { condition.unlock() }
    while head == items.count && !isClosed { condition.wait() }
    guard head < items.count else { return nil }
    let message = items[head]
    items[head] = nil
    head += 1
    if head >= 4096 && head * 2 >= items.count {
      items.removeSubrange(0..<head)
      head = 0
    }
    condition.broadcast()
    return message
  }
}
