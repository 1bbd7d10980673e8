/// CRC-32C (Castagnoli, reflected polynomial `0x82F63B78`), the checksum of index sections and
/// source files.
///
/// Implemented in software with slicing-by-8 tables (eight bytes per step), so it needs no C code;
/// CRC-32C rather than CRC-32 because it detects more error patterns at the same cost.
///
/// ```swift
/// var crc = CRC32C()
/// crc.update(bytes)
/// let checksum = crc.value   // 0xE3069283 for the ASCII bytes "123456789"
/// ```
struct CRC32C: Sendable {
  /// The checksum of the bytes given so far.
  var value: UInt32 { ~state }
  private var state: UInt32 = 0xFFFF_FFFF

  /// Starts a checksum over no bytes.
  init() {}

  /// The checksum of `bytes` in one call.
  /// - Parameter bytes: The bytes.
  /// - Returns: Their CRC-32C.
  /// - Complexity: O(*n*).
  static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
    var crc = CRC32C()
    crc.update(bytes)
    return crc.value
  }

  /// The checksum of `bytes` in one call.
  /// - Parameter bytes: The bytes.
  /// - Returns: Their CRC-32C.
  /// - Complexity: O(*n*).
  static func checksum(_ bytes: [UInt8]) -> UInt32 {
    bytes.withUnsafeBytes { checksum($0) }
  }

  /// Adds bytes to the checksum.
  /// - Parameter bytes: The next bytes.
  /// - Complexity: O(*n*).
  mutating func update(_ bytes: UnsafeRawBufferPointer) {
    var crc = state
    Self.tables.withUnsafeBufferPointer { table in
      var index = 0
      let count = bytes.count
      while index + 8 <= count {
        let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        let low = UInt32(truncatingIfNeeded: word) ^ crc
        let high = UInt32(truncatingIfNeeded: word >> 32)
        crc =
          table[7 * 256 + Int(low & 0xFF)] ^ table[6 * 256 + Int((low >> 8) & 0xFF)]
          ^ table[5 * 256 + Int((low >> 16) & 0xFF)] ^ table[4 * 256 + Int(low >> 24)]
          ^ table[3 * 256 + Int(high & 0xFF)] ^ table[2 * 256 + Int((high >> 8) & 0xFF)]
          ^ table[1 * 256 + Int((high >> 16) & 0xFF)] ^ table[Int(high >> 24)]
        index += 8
      }
      while index < count {
        crc = table[Int((crc ^ UInt32(bytes[index])) & 0xFF)] ^ (crc >> 8)
        index += 1
      }
    }
    state = crc
  }

  /// Eight tables of 256 entries: table 0 is the byte-at-a-time table, table *k* advances a byte
  /// through *k* further zero bytes.
  private static let tables: [UInt32] = {
    var tables = [UInt32](repeating: 0, count: 8 * 256)
    for byte in 0..<256 {
      var crc = UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0x82F6_3B78 : crc >> 1 }
      tables[byte] = crc
    }
    for byte in 0..<256 {
      for slice in 1..<8 {
        let previous = tables[(slice - 1) * 256 + byte]
        tables[slice * 256 + byte] = tables[Int(previous & 0xFF)] ^ (previous >> 8)
      }
    }
    return tables
  }()
}
