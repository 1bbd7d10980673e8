/// Read-only bytes that the index reader parses: a memory-mapped file or an in-memory buffer.
///
/// The two implementations, ``MappedFile`` and ``InMemoryStorage``, behave the same way and run
/// through one shared test suite (the pairing tantivy makes with `MmapDirectory` and
/// `RamDirectory`). The bytes never change while a storage value exists.
///
/// Nothing outside `Index/` sees a pointer: the index reader wraps the bytes in a bounds-checked
/// ``ByteView`` and keeps the storage alive as long as it uses them.
protocol ByteStorage: Sendable {
  /// The number of bytes.
  var count: Int { get }

  /// The bytes, valid for as long as this storage is alive (mapped or allocated once, never moved).
  var stableBytes: UnsafeRawBufferPointer { get }

  /// Calls `body` with the bytes; the pointer is valid only until `body` returns.
  /// - Parameter body: A closure that reads the bytes.
  /// - Returns: What `body` returns.
  /// - Throws: What `body` throws.
  /// - Complexity: O(1) besides `body`.
  func withUnsafeBytes<Result, Failure: Error>(
    _ body: (UnsafeRawBufferPointer) throws(Failure) -> Result
  ) throws(Failure) -> Result
}

/// Bytes held in memory: the in-memory twin of ``MappedFile``, for tests and for indexes that were
/// just built and not yet written. The bytes are copied into memory of its own, freed with it.
final class InMemoryStorage: ByteStorage, @unchecked Sendable {
  // @unchecked: the buffer is written once in `init` and only read afterwards.
  private let buffer: UnsafeMutableRawBufferPointer

  /// Copies bytes.
  /// - Parameter bytes: The bytes to read.
  init(_ bytes: [UInt8]) {
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 16)
    bytes.withUnsafeBytes { buffer.copyMemory(from: $0) }
    self.buffer = buffer
    count = bytes.count
  }

  deinit { buffer.deallocate() }

  let count: Int

  var stableBytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: buffer[0..<count]) }

  func withUnsafeBytes<Result, Failure: Error>(
    _ body: (UnsafeRawBufferPointer) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    try body(stableBytes)
  }
}
