import CodeFindProtocol
import Foundation
import Testing

@Suite("Framing: line-delimited and Content-Length")
struct FrameReaderTests {
  /// Every frame a reader finds in `input`, written into a pipe from another thread (so that input
  /// larger than the pipe's buffer flows as it would from a client).
  private func frames(_ input: [UInt8], framing: MessageFraming? = nil, limit: Int = 1 << 20) -> (MessageFraming, [Frame]) {
    let pipe = Pipe()
    let writer = pipe.fileHandleForWriting
    let done = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      writer.write(Data(input))
      try? writer.close()
      done.signal()
    }
    var reader = FrameReader(fileDescriptor: pipe.fileHandleForReading.fileDescriptor, framing: framing, maximumMessageBytes: limit, readSize: 4096)
    var found: [Frame] = []
    let detected = reader.detectFraming()
    while let frame = reader.next() { found.append(frame) }
    done.wait()
    return (detected, found)
  }

  private func message(_ text: String) -> Frame { .message(Array(text.utf8)) }

  @Test func splitsLinesSkippingBlankOnesAndCarriageReturns() {
    let (framing, found) = frames(Array("{\"a\":1}\r\n\n  \n{\"b\":2}\n{\"c\":3}".utf8))
    #expect(framing == .lineDelimited)
    #expect(found == [message("{\"a\":1}"), message("{\"b\":2}"), message("{\"c\":3}")])
  }

  @Test func detectsLineFramingFromAShortFirstMessageWithoutWaiting() {
    // The writer keeps the pipe open: detection must not wait for 15 bytes that never come.
    let pipe = Pipe()
    pipe.fileHandleForWriting.write(Data("{}\n".utf8))
    var reader = FrameReader(fileDescriptor: pipe.fileHandleForReading.fileDescriptor)
    #expect(reader.detectFraming() == .lineDelimited)
    #expect(reader.next() == message("{}"))
    try? pipe.fileHandleForWriting.close()
    #expect(reader.next() == nil)
  }

  @Test(arguments: [MessageFraming.lineDelimited, .contentLength])
  func nextAvailableReturnsWhatHasArrivedWithoutWaiting(framing: MessageFraming) {
    // The writer keeps the pipe open throughout: a read that waited would never return.
    let pipe = Pipe()
    var reader = FrameReader(fileDescriptor: pipe.fileHandleForReading.fileDescriptor, framing: framing, readSize: 16)
    #expect(reader.nextAvailable() == nil)
    let first = framing.frame(Array(#"{"id":1,"method":"lookup"}"#.utf8))
    let second = framing.frame(Array(#"{"id":2}"#.utf8))
    // A message cut anywhere (in a header, in a body or line) is returned once its rest arrives.
    pipe.fileHandleForWriting.write(Data(first + second.prefix(5)))
    #expect(reader.nextAvailable() == message(#"{"id":1,"method":"lookup"}"#))
    #expect(reader.nextAvailable() == nil)
    pipe.fileHandleForWriting.write(Data(second[5..<(second.count - 2)]))
    #expect(reader.nextAvailable() == nil)
    pipe.fileHandleForWriting.write(Data(second.suffix(2)))
    #expect(reader.nextAvailable() == message(#"{"id":2}"#))
    #expect(reader.nextAvailable() == nil)
    try? pipe.fileHandleForWriting.close()
    #expect(reader.nextAvailable() == nil)
    #expect(reader.next() == nil)
  }

  @Test func skipsALineLongerThanTheLimitAndGoesOn() {
    let long = "[" + String(repeating: "1,", count: 3_000_000) + "1]"
    let (_, found) = frames(Array((long + "\n{\"after\":1}\n").utf8), limit: 1 << 20)
    #expect(found == [.tooLarge(byteCount: long.utf8.count, limit: 1 << 20), message("{\"after\":1}")])
  }

  @Test func detectsContentLengthFraming() {
    let bodies = ["{\"id\":1}", "{\"text\":\"é\"}"]
    let input = bodies.map { "Content-Length: \($0.utf8.count)\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n\($0)" }.joined()
    let (framing, found) = frames(Array(input.utf8))
    #expect(framing == .contentLength)
    #expect(found == bodies.map(message))
    // Header names are case-insensitive.
    #expect(frames(Array("content-length: 2\r\n\r\n{}".utf8)).1 == [message("{}")])
  }

  @Test func skipsABodyLongerThanTheLimit() {
    let body = String(repeating: "x", count: 5000)
    let input = "Content-Length: 5000\r\n\r\n\(body)Content-Length: 2\r\n\r\n{}"
    #expect(frames(Array(input.utf8), limit: 1000).1 == [.tooLarge(byteCount: 5000, limit: 1000), message("{}")])
  }

  @Test func reportsABadHeaderOnceAndResynchronizes() {
    let input = "Content-Length: 2\r\n\r\n{}Content-Length: abc\r\n\r\n{\"lost\":1}Content-Length: 2\r\n\r\n[]"
    let (_, found) = frames(Array(input.utf8))
    #expect(found.count == 3)
    #expect(found.first == message("{}") && found.last == message("[]"))
    guard case .badHeader(let reason) = found[1] else {
      Issue.record("expected a bad header, found \(found[1])")
      return
    }
    #expect(reason.contains("no valid Content-Length"))
  }

  @Test func reportsAMessageCutShortByTheEndOfInput() {
    let (_, found) = frames(Array("Content-Length: 10\r\n\r\n{}".utf8))
    #expect(found == [.badHeader("input ended after 2 of the 10 bytes of a message")])
  }

  @Test func framesForTheWire() {
    #expect(MessageFraming.lineDelimited.frame(Array("{}".utf8)) == Array("{}\n".utf8))
    #expect(MessageFraming.contentLength.frame(Array("{\"é\":1}".utf8)) == Array("Content-Length: 8\r\n\r\n{\"é\":1}".utf8))
  }
}
