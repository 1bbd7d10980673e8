import Testing

@testable import CodeFind

/// CRC-32C against published check values (RFC 3720 appendix B.4 and the usual "123456789").
@Suite("CRC-32C")
struct CRC32CTests {
  @Test func checkValues() {
    #expect(CRC32C.checksum(Array("123456789".utf8)) == 0xE306_9283)
    #expect(CRC32C.checksum([]) == 0)
    #expect(CRC32C.checksum([UInt8](repeating: 0, count: 32)) == 0x8A91_36AA)
    #expect(CRC32C.checksum([UInt8](repeating: 0xFF, count: 32)) == 0x62A8_AB43)
    #expect(CRC32C.checksum((0..<32).map { UInt8($0) }) == 0x46DD_794E)
  }

  @Test func incrementalEqualsOneShotAtEverySplit() {
    let bytes = (0..<97).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }
    let whole = CRC32C.checksum(bytes)
    for split in 0...bytes.count {
      var crc = CRC32C()
      bytes[..<split].withUnsafeBytes { crc.update($0) }
      bytes[split...].withUnsafeBytes { crc.update($0) }
      #expect(crc.value == whole, "split at \(split)")
    }
  }
}
