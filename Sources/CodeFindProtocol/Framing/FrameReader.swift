#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Splits a byte stream (a file descriptor) into messages, in either framing, with a bound on the
/// size of one message.
///
/// The framing is given or detected from the first bytes (``MessageFraming/detect(from:)``). Memory
/// stays bounded by ``maximumMessageBytes`` plus one read: a longer message is read through and
/// dropped, then reported as ``Frame/tooLarge(byteCount:limit:)``, and reading goes on with the
/// next message.
public struct FrameReader: Sendable {
  /// The descriptor read.
  public let fileDescriptor: Int32
  /// The largest message kept; longer ones are skipped and reported.
  public let maximumMessageBytes: Int
  /// The framing, once known (given, or detected on the first ``next()``).
  public private(set) var framing: MessageFraming?

  private var buffer: [UInt8] = []
  private var start = 0
  private var scanned = 0
  private var atEnd = false
  private var chunk: [UInt8]
  /// The length of the body whose header has been read, until the whole body has arrived.
  private var bodyLength: Int?
  /// Whether reading may wait for input (``next()``) or stops when none is readable (``nextAvailable()``).
  private var mayWait = true

  /// Creates a reader.
  /// - Parameters:
  ///   - fileDescriptor: The descriptor to read (standard input for `codefind serve`).
  ///   - framing: The framing, or `nil` to detect it from the first bytes.
  ///   - maximumMessageBytes: The largest message kept (default 8 MiB).
  ///   - readSize: The most bytes one `read(2)` asks for.
  public init(fileDescriptor: Int32, framing: MessageFraming? = nil, maximumMessageBytes: Int = 8 << 20, readSize: Int = 64 << 10) {
    self.fileDescriptor = fileDescriptor
    self.framing = framing
    self.maximumMessageBytes = maximumMessageBytes
    chunk = [UInt8](repeating: 0, count: readSize)
  }

  /// The next message, error or `nil` at the end of input (or on a read error, which ends the
  /// input as far as a server can tell).
  ///
  /// Blocks until a whole message has arrived.
  public mutating func next() -> Frame? {
    switch detectFraming() {
    case .contentLength: return nextHeaderFramed()
    default: return nextLine()
    }
  }

  /// The next message if it is buffered or can be read without waiting; `nil` when reading on
  /// would wait, at the end of input, and before the framing is known (``detectFraming()``).
  ///
  /// A server calls it to see what else the client has sent (a `$/cancelRequest`) before or while
  /// it handles a request. A message larger than ``maximumMessageBytes`` is still read through to
  /// its end, waiting for it.
  public mutating func nextAvailable() -> Frame? {
    guard framing != nil else { return nil }
    mayWait = false
    defer { mayWait = true }
    return next()
  }

  /// The framing: the one given, or the one the first bytes announce (reading until there are
  /// enough of them or the input ends).
  public mutating func detectFraming() -> MessageFraming {
    if let framing { return framing }
    // Read on only while what has arrived could still be the start of `Content-Length:`, so that a
    // short first line ("{}\n") is answered without waiting for more input.
    while buffered < MessageFraming.contentLengthHeader.count, MessageFraming.couldStartHeader(buffer[start...]), fill() == .read {}
    let detected = MessageFraming.detect(from: buffer[start...])
    framing = detected
    return detected
  }

  private var buffered: Int { buffer.count - start }

  /// What one ``fill(waiting:)`` did.
  private enum Fill {
    /// Bytes were read.
    case read
    /// The input has ended (or cannot be read).
    case end
    /// Nothing is readable now, and the call was not to wait.
    case wouldWait
  }

  /// Reads more input into the buffer.
  /// - Parameter waiting: Whether to wait for input; if not, reads only when `poll(2)` says that a
  ///   read will not block.
  private mutating func fill(waiting: Bool = true) -> Fill {
    guard !atEnd else { return .end }
    if !waiting && !isReadable { return .wouldWait }
    if start > 0 && start >= buffer.count / 2 {
      buffer.removeSubrange(0..<start)
      scanned -= start
      start = 0
    }
    while true {
      let count = read(fileDescriptor, &chunk, chunk.count)
      if count > 0 {
        buffer.append(contentsOf: chunk[0..<count])
        return .read
      }
      if count < 0 && errno == EINTR { continue }
      atEnd = true
      return .end
    }
  }

  /// Whether a `read(2)` of the descriptor returns at once (input, its end, or an error).
  private var isReadable: Bool {
    var descriptor = pollfd(fd: fileDescriptor, events: Int16(POLLIN), revents: 0)
    return poll(&descriptor, 1, 0) > 0
  }

  /// Drops everything buffered.
  private mutating func discardBuffer() {
    buffer.removeAll(keepingCapacity: false)
    start = 0
    scanned = 0
  }

  private mutating func nextLine() -> Frame? {
    while true {
      if let newline = buffer[scanned...].firstIndex(of: 0x0A) {
        var end = newline
        if end > start && buffer[end - 1] == 0x0D { end -= 1 }
        let line = Array(buffer[start..<end])
        start = newline + 1
        scanned = start
        if line.allSatisfy(Self.isWhitespace) { continue }
        return .message(line)
      }
      scanned = buffer.count
      if buffered > maximumMessageBytes { return skipLongLine() }
      switch fill(waiting: mayWait) {
      case .read: continue
      case .wouldWait: return nil
      case .end:
        let rest = Array(buffer[start...])
        discardBuffer()
        return rest.allSatisfy(Self.isWhitespace) ? nil : .message(rest)
      }
    }
  }

  /// Reads through the rest of a line that is already too long, keeping nothing.
  private mutating func skipLongLine() -> Frame {
    var count = buffered
    discardBuffer()
    while fill() == .read {
      if let newline = buffer.firstIndex(of: 0x0A) {
        count += newline
        start = newline + 1
        scanned = start
        return .tooLarge(byteCount: count, limit: maximumMessageBytes)
      }
      count += buffer.count
      discardBuffer()
    }
    return .tooLarge(byteCount: count, limit: maximumMessageBytes)
  }

  /// The most header bytes accepted before a header block is declared bad.
  private static let maximumHeaderBytes = 8 << 10

  private mutating func nextHeaderFramed() -> Frame? {
    while true {
      if let length = bodyLength {
        guard buffered >= length else {
          switch fill(waiting: mayWait) {
          case .read: continue
          case .wouldWait: return nil
          case .end:
            bodyLength = nil
            let received = buffered
            discardBuffer()
            return .badHeader("input ended after \(received) of the \(length) bytes of a message")
          }
        }
        bodyLength = nil
        let body = Array(buffer[start..<(start + length)])
        start += length
        scanned = start
        return .message(body)
      }
      // Blank lines between messages are tolerated.
      while start < buffer.count, Self.isWhitespace(buffer[start]) { start += 1 }
      scanned = max(scanned, start)
      if let headerEnd = Self.endOfHeaders(in: buffer, from: start, scanned: &scanned) {
        let header = String(decoding: buffer[start..<headerEnd.headers], as: UTF8.self)
        guard let length = Self.contentLength(in: header) else {
          start = headerEnd.body
          scanned = start
          resynchronize()
          return .badHeader("no valid Content-Length header in: \(header.prefix(200))")
        }
        start = headerEnd.body
        scanned = start
        if length > maximumMessageBytes { return skipBody(length) }
        bodyLength = length
        continue
      }
      if buffered > Self.maximumHeaderBytes {
        let header = String(decoding: buffer[start..<(start + 200)], as: UTF8.self)
        start += 1
        resynchronize()
        return .badHeader("expected a Content-Length header, found: \(header)")
      }
      switch fill(waiting: mayWait) {
      case .read: continue
      case .wouldWait: return nil
      case .end:
        if buffered == 0 { return nil }
        discardBuffer()
        return .badHeader("input ended inside a message header")
      }
    }
  }

  /// Skips the body of a message that is too large, keeping nothing.
  private mutating func skipBody(_ length: Int) -> Frame {
    var remaining = length
    while true {
      let available = min(remaining, buffered)
      start += available
      remaining -= available
      scanned = start
      if remaining == 0 { return .tooLarge(byteCount: length, limit: maximumMessageBytes) }
      discardBuffer()
      guard fill() == .read else { return .tooLarge(byteCount: length, limit: maximumMessageBytes) }
    }
  }

  /// Drops bytes up to the next `Content-Length:` so that one bad header costs one error.
  private mutating func resynchronize() {
    let header = MessageFraming.contentLengthHeader
    var position = start
    while position + header.count <= buffer.count {
      if MessageFraming.detect(from: buffer[position...]) == .contentLength {
        start = position
        scanned = start
        return
      }
      position += 1
    }
    start = max(start, buffer.count - header.count)
    scanned = start
  }

  /// Where the header block that starts at `start` ends (`\r\n\r\n`, or `\n\n` from lenient
  /// clients): the end of the headers and the start of the body, or `nil` if not yet buffered.
  private static func endOfHeaders(in buffer: [UInt8], from start: Int, scanned: inout Int) -> (headers: Int, body: Int)? {
    var position = max(scanned, start + 1)
    while position < buffer.count {
      if buffer[position] == 0x0A {
        if buffer[position - 1] == 0x0A { return (position - 1, position + 1) }
        if position >= start + 3, buffer[position - 1] == 0x0D, buffer[position - 2] == 0x0A, buffer[position - 3] == 0x0D {
          return (position - 3, position + 1)
        }
      }
      position += 1
    }
    scanned = max(start, buffer.count - 3)
    return nil
  }

  /// The value of the `Content-Length` header, if there is exactly a valid one.
  private static func contentLength(in header: String) -> Int? {
    for line in header.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" || $0 == "\r" }) {
      let parts = line.split(separator: ":", maxSplits: 1)
      guard parts.count == 2, parts[0].lowercased() == "content-length" else { continue }
      let value = parts[1].drop(while: { $0 == " " || $0 == "\t" })
      guard let length = Int(value.prefix { $0 != " " && $0 != "\t" }), length >= 0 else { return nil }
      return length
    }
    return nil
  }

  private static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }
}
