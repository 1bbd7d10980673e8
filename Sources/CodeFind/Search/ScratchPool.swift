import Foundation

/// Values whose storage one operation fills and empties, kept for the next one instead of freed: a
/// lookup takes one out, prepares it for its query and puts it back, so that a keystroke reuses the
/// arrays of the previous one rather than allocating them again.
///
/// Safe to share between threads: a lock guards the spare values, and each value is used by one
/// operation at a time (taken out while in use). Concurrent operations that find no spare value
/// make their own; at most ``capacity`` are kept.
final class ScratchPool<Value: Sendable>: @unchecked Sendable {
  /// The most spare values kept (about the number of threads that look up at once).
  let capacity: Int
  private let lock = NSLock()
  private var spare: [Value] = []

  /// An empty pool.
  /// - Parameter capacity: The most spare values kept.
  init(capacity: Int = 4) {
    self.capacity = capacity
  }

  /// A spare value, or `nil` when every value is in use (the caller makes one).
  /// - Complexity: O(1).
  func take() -> Value? {
    lock.withLock { spare.popLast() }
  }

  /// Keeps a value for a later ``take()`` (drops it when the pool is full).
  /// - Complexity: O(1).
  func putBack(_ value: Value) {
    lock.withLock {
      if spare.count < capacity { spare.append(value) }
    }
  }
}
