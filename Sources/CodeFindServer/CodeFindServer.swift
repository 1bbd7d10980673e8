import CodeFind
import CodeFindProtocol

/// The handlers of `codefind serve`: each request mapped to a call of the CodeFind library, and
/// the state of an LSP session (position encoding, open documents and their diagnostics, shutdown).
///
/// A server is driven by one thread (``ServerConnection``'s worker); it is not `Sendable`.
///
/// ```swift
/// let server = CodeFindServer(index: try IndexStore.open(), framing: .lineDelimited)
/// let reply = server.handle(.request(id: .number(1), method: "lookup", params: ["query": "chest pain"]))
/// ```
public final class CodeFindServer {
  /// The server's version, sent in `initialize`.
  public static let version = "0.1.0"

  /// What the connection does after a message.
  public enum Outcome: Sendable, Hashable {
    /// Go on reading.
    case proceed
    /// End the process with this status (`exit`: 0 after `shutdown`, 1 otherwise).
    case exit(status: Int32)
  }

  let index: IndexReader
  let search: CodeSearch
  let analyzer = Analyzer()
  let validator: ClaimValidator
  /// Made on the first `suggest` (not every session suggests), on the lookup's terminology.
  lazy var suggester = CodeSuggester(search: search)
  let framing: MessageFraming
  let send: (JSONValue) -> Void
  /// Whether the client has cancelled the request being handled; long requests ask between steps.
  let isCancelled: () -> Bool
  var encoding = PositionEncoding.utf16
  var documents: [String: TextDocument] = [:]
  private var isShuttingDown = false

  /// Creates a server over an index.
  /// - Parameters:
  ///   - index: The open index.
  ///   - framing: The framing of the session: LSP capabilities are announced in Content-Length framing only.
  ///   - send: Where notifications the server sends on its own (diagnostics) go.
  ///   - isCancelled: Whether the client has cancelled the request being handled (a
  ///     `$/cancelRequest` read meanwhile); a `suggest` asks it once per sentence and, when it says
  ///     so, stops and answers `-32800`.
  public init(
    index: IndexReader, framing: MessageFraming, send: @escaping (JSONValue) -> Void = { _ in },
    isCancelled: @escaping () -> Bool = { false }
  ) {
    self.index = index
    search = CodeSearch(index: index)
    validator = ClaimValidator(index: index)
    self.framing = framing
    self.send = send
    self.isCancelled = isCancelled
  }

  /// Handles one message.
  /// - Parameter message: A request or notification.
  /// - Returns: The response to a request (`nil` for a notification), and whether to go on.
  public func handle(_ message: Message) -> (response: JSONValue?, outcome: Outcome) {
    switch message {
    case .request(let id, let method, let params):
      let result = respond(method: method, params: params)
      switch result {
      case .success(let value): return (Response.success(id: id, result: value), .proceed)
      case .failure(let error): return (Response.failure(id: id, error: error), .proceed)
      }
    case .notification(let method, let params):
      return (nil, notify(method: method, params: params))
    case .response:
      return (nil, .proceed)
    }
  }

  private func respond(method: String, params: JSONValue?) -> Result<JSONValue, ResponseError> {
    if isShuttingDown {
      return .failure(.invalidRequest("the server is shutting down: only \"exit\" is accepted after \"shutdown\""))
    }
    switch method {
    case InitializeRequest.method: return answer(InitializeRequest.self, params, initialize)
    case LookupRequest.method: return answer(LookupRequest.self, params, lookup)
    case CodeRequest.method: return answer(CodeRequest.self, params, code)
    case ValidateRequest.method: return answer(ValidateRequest.self, params, validate)
    case SuggestRequest.method: return answer(SuggestRequest.self, params, suggest)
    case ShutdownRequest.method:
      isShuttingDown = true
      return .success(.null)
    case CompletionRequest.method: return answer(CompletionRequest.self, params, complete)
    case HoverRequest.method: return answer(HoverRequest.self, params, hover)
    default: return .failure(.methodNotFound(method))
    }
  }

  /// Reads a request's params, runs its handler and encodes its result.
  private func answer<Request: RequestType>(
    _ type: Request.Type, _ params: JSONValue?, _ handler: (Request) throws(ResponseError) -> Request.Response
  ) -> Result<JSONValue, ResponseError> {
    do throws(ResponseError) {
      return .success(try handler(try Request(params: params)).json)
    } catch {
      return .failure(error)
    }
  }

  private func notify(method: String, params: JSONValue?) -> Outcome {
    do throws(ResponseError) {
      switch method {
      case ExitNotification.method: return .exit(status: isShuttingDown ? 0 : 1)
      case DidOpenTextDocumentNotification.method: open(try DidOpenTextDocumentNotification(params: params))
      case DidChangeTextDocumentNotification.method: change(try DidChangeTextDocumentNotification(params: params))
      case DidCloseTextDocumentNotification.method: close(try DidCloseTextDocumentNotification(params: params))
      default: break  // Other notifications (`initialized`, `$/…`) need nothing; unknown ones are ignored, as LSP asks.
      }
    } catch {
      ServerLog.write("ignored \(method): \(error.message)")
    }
    return .proceed
  }

  /// `initialize`: negotiates the position encoding and describes the index.
  private func initialize(_ request: InitializeRequest) -> InitializeResult {
    encoding = PositionEncoding.negotiate(offered: request.positionEncodings)
    let systems = index.systems.map {
      InitializeResult.System(id: $0.system.id.rawValue, version: $0.system.version, codes: $0.ordinals.count)
    }
    return InitializeResult(
      serverVersion: Self.version, systems: systems,
      capabilities: framing == .contentLength ? ServerCapabilities(positionEncoding: encoding) : nil)
  }
}
