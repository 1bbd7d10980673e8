/// Read-only bytes that the index reader parses: a memory-mapped file or an in-memory buffer.
///
/// The two implementations, ``MappedFile`` and ``InMemoryStorage``, behave the same way and run
/// through one shared test suite (the pairing tantivy makes with `MmapDirectory` and
/// `RamDirectory`). The bytes never change while a storage value exists.
///
/// Pointers are only reachable inside ``withUnsafeBytes(_:)``, and nothing outside `Index/` reads
/// them: the index reader wraps them in a bounds-checked ``ByteView`` for the length of one call.
protocol ByteStorage: Sendable {
  /// The number of bytes.
  var count: Int { get }

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
/// just built and not yet written.
struct InMemoryStorage: ByteStorage {
  /// The bytes.
  let bytes: [UInt8]

  /// Wraps bytes.
  /// - Parameter bytes: The bytes to read.
  init(_ bytes: [UInt8]) { self.bytes = bytes }

  var count: Int { bytes.count }

  func withUnsafeBytes<Result, Failure: Error>(
    _ body: (UnsafeRawBufferPointer) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    // `Array.withUnsafeBytes` only rethrows untyped errors: carry the typed one out in a `Result`.
    let outcome = bytes.withUnsafeBytes { raw in Swift.Result { () throws(Failure) -> Result in try body(raw) } }
    return try outcome.get()
  }
}
