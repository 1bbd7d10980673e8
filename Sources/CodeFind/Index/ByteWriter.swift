/// A growable little-endian byte buffer: the write-side twin of ``ByteView``.
struct ByteWriter {
  /// The bytes written so far.
  private(set) var bytes: [UInt8] = []

  /// Starts an empty buffer.
  init() {}

  /// The number of bytes written so far.
  var count: Int { bytes.count }

  /// Reserves room for `count` more bytes.
  /// - Complexity: O(`count`) at most.
  mutating func reserve(_ count: Int) { bytes.reserveCapacity(bytes.count + count) }

  /// Appends one byte.
  /// - Complexity: Amortized O(1).
  mutating func append(_ value: UInt8) { bytes.append(value) }

  /// Appends a little-endian `UInt16`.
  /// - Complexity: Amortized O(1).
  mutating func append(_ value: UInt16) { appendLittleEndian(value) }

  /// Appends a little-endian `UInt32`.
  /// - Complexity: Amortized O(1).
  mutating func append(_ value: UInt32) { appendLittleEndian(value) }

  /// Appends a little-endian `UInt64`.
  /// - Complexity: Amortized O(1).
  mutating func append(_ value: UInt64) { appendLittleEndian(value) }

  /// Appends raw bytes.
  /// - Complexity: Amortized O(*n*).
  mutating func append(contentsOf other: some Sequence<UInt8>) { bytes.append(contentsOf: other) }

  /// Appends an unsigned LEB128 varint (7 bits per byte, low bits first; at most 5 bytes).
  /// - Complexity: Amortized O(1).
  mutating func appendVarint(_ value: UInt32) {
    var rest = value
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  /// Appends a string in place, as ``ByteView/string(inline:)`` reads it: its UTF-8 byte count as
  /// a varint, then the bytes.
  /// - Complexity: Amortized O(*n*) in the string's length.
  mutating func appendInline(_ string: String) {
    appendVarint(UInt32(string.utf8.count))
    bytes.append(contentsOf: string.utf8)
  }

  /// Appends zero bytes until the count is a multiple of `alignment`.
  /// - Parameter alignment: A power of two.
  /// - Complexity: O(`alignment`).
  mutating func pad(toMultipleOf alignment: Int) {
    while bytes.count % alignment != 0 { bytes.append(0) }
  }

  /// Overwrites bytes at `offset` with a little-endian integer (used to patch header fields, such
  /// as the checksum, once the header is complete).
  /// - Parameters:
  ///   - value: The value.
  ///   - offset: Where to write; `offset` plus the value's size must not exceed ``count``.
  mutating func set<T: FixedWidthInteger>(_ value: T, at offset: Int) {
    for index in 0..<(T.bitWidth / 8) { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * index)) }
  }

  private mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
    for index in 0..<(T.bitWidth / 8) { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * index))) }
  }
}
