import Testing

@testable import CodeFind

/// The bounds-checked reader: every read outside the view is `nil`, never a trap.
@Suite("ByteView")
struct ByteViewTests {
  let bytes: [UInt8] = [0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A]

  @Test func readsLittleEndianAtAnyAlignment() {
    bytes.withUnsafeBytes { raw in
      let view = ByteView(raw)
      #expect(view.uint8(at: 9) == 0x0A)
      #expect(view.uint16(at: 1) == 0x0302)
      #expect(view.uint32(at: 3) == 0x0706_0504)
      #expect(view.uint64(at: 2) == 0x0A09_0807_0605_0403)
    }
  }

  @Test(arguments: [-1, Int.min, 10, 11, Int.max, Int.max - 3])
  func readsOutsideAreNil(offset: Int) {
    bytes.withUnsafeBytes { raw in
      let view = ByteView(raw)
      #expect(view.uint8(at: offset) == nil)
      #expect(view.uint16(at: offset) == nil)
      #expect(view.uint32(at: offset) == nil)
      #expect(view.uint64(at: offset) == nil)
      #expect(view.slice(at: offset, count: 1) == nil)
      #expect(view.string(at: offset, count: 1) == nil)
      var cursor = offset
      #expect(view.varint(at: &cursor) == nil)
      #expect(cursor == offset)
    }
  }

  @Test func readsThatStraddleTheEndAreNil() {
    bytes.withUnsafeBytes { raw in
      let view = ByteView(raw)
      #expect(view.uint16(at: 9) == nil)
      #expect(view.uint32(at: 7) == nil)
      #expect(view.uint64(at: 3) == nil)
      #expect(view.slice(at: 5, count: 6) == nil)
      #expect(view.slice(at: 0, count: -1) == nil)
      #expect(view.slice(at: 1, count: Int.max) == nil)
      #expect(view.slice(at: 10, count: 0)?.count == 0)
      #expect(view.slice(at: 2, count: 3)?.uint8(at: 2) == 0x05)
      #expect(view.slice(at: 2, count: 3)?.uint8(at: 3) == nil)
    }
  }

  @Test func emptyView() {
    let view = ByteView(UnsafeRawBufferPointer(start: nil, count: 0))
    #expect(view.count == 0)
    #expect(view.uint8(at: 0) == nil)
    #expect(view.slice(at: 0, count: 0)?.count == 0)
    #expect(view.string(at: 0, count: 0) == "")
    #expect(view.compare(view) == 0)
    #expect(view.compare(startingWith: view) == 0)
  }

  @Test func varints() {
    var writer = ByteWriter()
    let values: [UInt32] = [0, 1, 127, 128, 300, 16_383, 16_384, 1 << 28, UInt32.max]
    for value in values { writer.appendVarint(value) }
    writer.bytes.withUnsafeBytes { raw in
      let view = ByteView(raw)
      var cursor = 0
      for value in values { #expect(view.varint(at: &cursor) == value) }
      #expect(cursor == view.count)
      #expect(view.varint(at: &cursor) == nil)
    }
    let malformed: [[UInt8]] = [
      [0x80],  // runs past the end
      [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01],  // six bytes
      [0xFF, 0xFF, 0xFF, 0xFF, 0x1F],  // more than 32 bits
      [0x80, 0x80, 0x80, 0x80, 0x80],  // five continuation bytes
    ]
    for bytes in malformed {
      bytes.withUnsafeBytes { raw in
        var cursor = 0
        #expect(ByteView(raw).varint(at: &cursor) == nil, "\(bytes)")
        #expect(cursor == 0)
      }
    }
  }

  @Test func stringsMustBeValidUTF8() {
    let bytes: [UInt8] = Array("ménière".utf8) + [0xC3, 0xFF, 0xE2, 0x82]
    bytes.withUnsafeBytes { raw in
      let view = ByteView(raw)
      #expect(view.string(at: 0, count: 9) == "ménière")
      #expect(view.string(at: 0, count: 2) == nil, "cut inside a scalar")
      #expect(view.string(at: 9, count: 2) == nil)
      #expect(view.string(at: 11, count: 2) == nil)
    }
  }

  @Test func orderingAndPrefixes() {
    func check(_ left: String, _ right: String) {
      Array(left.utf8).withUnsafeBytes { l in
        Array(right.utf8).withUnsafeBytes { r in
          let a = ByteView(l), b = ByteView(r)
          let expected = left.utf8.elementsEqual(right.utf8) ? 0 : (left.utf8.lexicographicallyPrecedes(right.utf8) ? -1 : 1)
          #expect(a.compare(b).signum() == expected, "\(left) vs \(right)")
          // Against a prefix: equal when `a` starts with `b`, else ordered as by `compare`.
          let startsWith = left.utf8.starts(with: right.utf8)
          #expect((a.compare(startingWith: b) == 0) == startsWith, "\(left) starting with \(right)")
          if !startsWith { #expect(a.compare(startingWith: b).signum() == expected, "\(left) vs prefix \(right)") }
          #expect(a.commonPrefixCount(with: b) == zip(left.utf8, right.utf8).prefix { $0 == $1 }.count)
        }
      }
    }
    let words = ["", "a", "ab", "abc", "abd", "b", "é", "e", "\u{FF}", "diabetes", "diabetic"]
    for left in words { for right in words { check(left, right) } }
  }
}
