import CodeFindProtocol

/// One frame of input, parsed: a message, a batch, or an error to answer with.
enum IncomingMessage: Sendable {
  /// A single request or notification.
  case single(Message)
  /// A batch: each element a message or the error to answer it with.
  case batch([Result<Message, MessageError>])
  /// A frame that is no message (bad JSON, bad UTF-8, too large, not a request object), with the
  /// id to answer to when one could be read.
  case failure(MessageError)
  /// A request that the client cancelled before it was handled.
  case cancelled(RequestID)

  /// Parses a frame.
  /// - Parameters:
  ///   - frame: What the frame reader found.
  ///   - parser: The JSON parser.
  init(_ frame: Frame, parser: JSONParser) {
    switch frame {
    case .tooLarge(let byteCount, let limit):
      self = .failure(
        MessageError(
          id: nil,
          error: .invalidRequest("message of \(byteCount) bytes is larger than the limit of \(limit) bytes; it was skipped")))
    case .badHeader(let reason):
      self = .failure(MessageError(id: nil, error: .parseError("bad Content-Length framing: \(reason)")))
    case .message(let bytes):
      let json: JSONValue
      do throws(JSONParseError) {
        json = try parser.parse(bytes)
      } catch {
        self = .failure(MessageError(id: nil, error: .parseError("invalid JSON: \(error)")))
        return
      }
      if case .array(let elements) = json {
        guard !elements.isEmpty else {
          self = .failure(MessageError(id: nil, error: .invalidRequest("a batch must hold at least one request")))
          return
        }
        self = .batch(
          elements.map { element in
            Result { () throws(MessageError) -> Message in try Message(json: element) }
          })
        return
      }
      do throws(MessageError) {
        self = .single(try Message(json: json))
      } catch {
        self = .failure(error)
      }
    }
  }
}
