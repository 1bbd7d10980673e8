import CPrefetch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A bounds-checked, little-endian reader over bytes borrowed from a ``ByteStorage``.
///
/// Every read checks its range and returns `nil` when it would leave the view, so damaged offsets in
/// an index file become errors, never out-of-bounds reads or traps. Offsets are relative to the
/// start of the view.
///
/// - Important: A view borrows the pointer of a ``ByteStorage/withUnsafeBytes(_:)`` call and must not
///   outlive that call; the index reader creates one per accessor call and lets it go before returning.
struct ByteView {
  /// The borrowed bytes.
  let bytes: UnsafeRawBufferPointer

  /// Wraps borrowed bytes.
  /// - Parameter bytes: Bytes valid for as long as the view is used.
  init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

  /// The number of bytes in the view.
  var count: Int { bytes.count }

  /// Whether `count` bytes starting at `offset` lie inside the view (false for negative values).
  /// - Complexity: O(1).
  @inline(__always)
  func contains(offset: Int, count: Int) -> Bool {
    offset >= 0 && count >= 0 && offset <= bytes.count &- count
  }

  /// The part of the view of `count` bytes starting at `offset`, or `nil` if it does not fit.
  /// - Parameters:
  ///   - offset: The first byte, relative to this view.
  ///   - count: The length.
  /// - Complexity: O(1).
  func slice(at offset: Int, count: Int) -> ByteView? {
    guard contains(offset: offset, count: count) else { return nil }
    return ByteView(UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)]))
  }

  /// Starts fetching the byte at `offset` into the processor's cache, without waiting for it;
  /// nothing when `offset` is outside the view.
  /// - Complexity: O(1).
  @inline(__always)
  func prefetch(at offset: Int) {
    guard contains(offset: offset, count: 1), let base = bytes.baseAddress else { return }
    cprefetch_read(base + offset)
  }

  /// The byte at `offset`, or `nil` past the end.
  /// - Complexity: O(1).
  @inline(__always)
  func uint8(at offset: Int) -> UInt8? {
    guard contains(offset: offset, count: 1) else { return nil }
    return bytes[offset]
  }

  /// The little-endian `UInt16` at `offset` (any alignment), or `nil` if it does not fit.
  /// - Complexity: O(1).
  @inline(__always)
  func uint16(at offset: Int) -> UInt16? {
    guard contains(offset: offset, count: 2) else { return nil }
    return UInt16(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt16.self))
  }

  /// The little-endian `UInt32` at `offset` (any alignment), or `nil` if it does not fit.
  /// - Complexity: O(1).
  @inline(__always)
  func uint32(at offset: Int) -> UInt32? {
    guard contains(offset: offset, count: 4) else { return nil }
    return UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
  }

  /// The little-endian `UInt64` at `offset` (any alignment), or `nil` if it does not fit.
  /// - Complexity: O(1).
  @inline(__always)
  func uint64(at offset: Int) -> UInt64? {
    guard contains(offset: offset, count: 8) else { return nil }
    return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
  }

  /// Reads an unsigned LEB128 varint of at most 5 bytes that fits a `UInt32`, advancing `offset`
  /// past it.
  /// - Parameter offset: Where the varint starts; on success, moved past it, otherwise unchanged.
  /// - Returns: The value, or `nil` when the varint runs past the end, is longer than 5 bytes, or
  ///   exceeds `UInt32.max`.
  /// - Complexity: O(1).
  @inline(__always)
  func varint(at offset: inout Int) -> UInt32? {
    var value: UInt64 = 0
    var position = offset
    for shift in stride(from: 0 as UInt64, through: 28, by: 7) {
      guard let byte = uint8(at: position) else { return nil }
      position += 1
      value |= UInt64(byte & 0x7F) << shift
      if byte & 0x80 == 0 {
        guard value <= UInt64(UInt32.max) else { return nil }
        offset = position
        return UInt32(value)
      }
    }
    return nil
  }

  /// Decodes `count` bytes at `offset` as UTF-8, or `nil` if they do not fit or are not valid UTF-8.
  /// - Complexity: O(`count`).
  func string(at offset: Int, count: Int) -> String? {
    guard let slice = slice(at: offset, count: count) else { return nil }
    let bytes = slice.bytes.assumingMemoryBound(to: UInt8.self)
    // Almost every string of an index is ASCII, which is valid UTF-8 as it is: copied without the
    // generic validation, which costs more than the copy.
    var high: UInt8 = 0
    for byte in bytes { high |= byte }
    guard high < 0x80 else { return String(validating: bytes, as: UTF8.self) }
    return String(unsafeUninitializedCapacity: count) { buffer in
      guard let target = buffer.baseAddress, let source = bytes.baseAddress else { return 0 }
      target.initialize(from: source, count: count)
      return count
    }
  }

  /// Decodes two runs of bytes joined by a separator as one UTF-8 string (a child's title after its
  /// parent's), in one allocation when both are ASCII; `nil` if a run does not fit or is not valid UTF-8.
  /// - Parameters:
  ///   - first: The offset and length of the first run.
  ///   - separator: What goes between the runs.
  ///   - second: The offset and length of the second run.
  /// - Complexity: O(`first.count` + `second.count`).
  func string(joining first: (offset: Int, count: Int), _ separator: StaticString, _ second: (offset: Int, count: Int))
    -> String?
  {
    guard let head = slice(at: first.offset, count: first.count), let tail = slice(at: second.offset, count: second.count)
    else { return nil }
    var high: UInt8 = 0
    for byte in head.bytes { high |= byte }
    for byte in tail.bytes { high |= byte }
    guard high < 0x80, separator.isASCII else {
      guard let head = string(at: first.offset, count: first.count), let tail = string(at: second.offset, count: second.count)
      else { return nil }
      return head + separator.description + tail
    }
    let separatorCount = separator.utf8CodeUnitCount
    return String(unsafeUninitializedCapacity: head.count + separatorCount + tail.count) { buffer in
      var written = 0
      func copy(_ run: UnsafeRawBufferPointer) {
        for byte in run {
          buffer[written] = byte
          written += 1
        }
      }
      copy(head.bytes)
      copy(UnsafeRawBufferPointer(start: separator.utf8Start, count: separatorCount))
      copy(tail.bytes)
      return written
    }
  }

  /// Moves `cursor` past a string stored in place (a varint byte count, then that many bytes),
  /// without decoding it; `false` when it does not fit.
  /// - Complexity: O(1).
  func skipString(inline cursor: inout Int) -> Bool {
    var position = cursor
    guard let count = varint(at: &position), contains(offset: position, count: Int(count)) else { return false }
    cursor = position + Int(count)
    return true
  }

  /// Reads a string stored in place (a varint byte count, then that many bytes of UTF-8) at
  /// `cursor`, advancing it past the string.
  /// - Parameter cursor: Where the count starts; on success, moved past the string, otherwise unchanged.
  /// - Returns: The string, or `nil` when it runs past the end of the view or is not valid UTF-8.
  /// - Complexity: O(*n*) in the string's length.
  func string(inline cursor: inout Int) -> String? {
    var position = cursor
    guard let count = varint(at: &position), let string = string(at: position, count: Int(count)) else { return nil }
    cursor = position + Int(count)
    return string
  }

  /// Compares this view's bytes with `other`'s, as unsigned bytes, like `memcmp` then length.
  /// - Returns: A negative number, zero or a positive number when this view sorts before, with or
  ///   after `other`.
  /// - Complexity: O(min(`count`, `other.count`)).
  func compare(_ other: ByteView) -> Int {
    let shared = min(count, other.count)
    if shared > 0, let left = bytes.baseAddress, let right = other.bytes.baseAddress {
      let order = memcmp(left, right, shared)
      if order != 0 { return Int(order) }
    }
    return count - other.count
  }

  /// Compares this view's bytes with a prefix's, as ``compare(_:)`` does, except that a view that
  /// starts with `prefix` compares equal: the order of a sorted table of strings against a prefix.
  /// - Returns: A negative number, zero or a positive number when this view sorts before, starts
  ///   with, or sorts after `prefix`.
  /// - Complexity: O(min(`count`, `prefix.count`)).
  func compare(startingWith prefix: ByteView) -> Int {
    let shared = min(count, prefix.count)
    if shared > 0, let left = bytes.baseAddress, let right = prefix.bytes.baseAddress {
      let order = memcmp(left, right, shared)
      if order != 0 { return Int(order) }
    }
    return count >= prefix.count ? 0 : count - prefix.count
  }

  /// The number of leading bytes this view shares with `other`.
  /// - Complexity: O(min(`count`, `other.count`)).
  func commonPrefixCount(with other: ByteView) -> Int {
    let shared = min(count, other.count)
    var index = 0
    while index < shared, bytes[index] == other.bytes[index] { index += 1 }
    return index
  }
}
