import CodeFindProtocol

#if canImport(Glibc)
  import Glibc
#endif

/// Fuzz target for the wire: any bytes as what a client sends `codefind serve` on standard input.
/// The frames are read with either framing (newline-delimited or LSP `Content-Length`, detected as
/// the server does) in small reads, each message body is parsed as JSON and decoded as a JSON-RPC
/// message, and what parses must serialize and parse back to the same value.
enum ProtocolTarget {
  /// The most frames read from one input.
  private static let frameLimit = 1000

  /// The most bytes of an input used: what a pipe holds without a reader (64 KiB on Linux).
  private static let pipeCapacity = 65536

  /// Runs the input through framing, JSON parsing and message decoding.
  /// - Parameter bytes: The stream's bytes (a pipe's worth at most, the rest ignored).
  static func run(_ bytes: [UInt8]) {
    // A pipe, as the server's standard input is: written whole and closed, then read.
    var ends: [Int32] = [0, 0]
    FuzzCheck.expect(pipe(&ends) == 0, "pipe failed")
    defer { close(ends[0]) }
    let stream = bytes.prefix(pipeCapacity)
    let written = stream.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
    close(ends[1])
    FuzzCheck.expect(written == stream.count, "could not write the stream")
    let descriptor = ends[0]
    // Reads of varying small sizes cross message boundaries and headers at every place.
    var reader = FrameReader(fileDescriptor: descriptor, maximumMessageBytes: 4096, readSize: 1 + stream.count % 61)
    for _ in 0..<frameLimit {
      guard let frame = reader.next() else { return }
      guard case .message(let body) = frame else { continue }
      FuzzCheck.expect(body.count <= reader.maximumMessageBytes, "a message of \(body.count) bytes passed the limit")
      guard let value = try? JSONParser().parse(body) else { continue }
      let again = try? JSONParser().parse(value.serialized)
      FuzzCheck.expect(again == value, "\(value) serialized as \(String(decoding: value.serialized, as: UTF8.self))")
      _ = try? Message(json: value)
    }
  }
}
