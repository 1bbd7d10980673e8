/// `initialize`: the first request of a session. The client says which position encodings it
/// supports; the server answers with its name, protocol version, the code systems of its index
/// and, in LSP framing, its capabilities.
public struct InitializeRequest: RequestType, Hashable {
  public static let method = "initialize"
  public typealias Response = InitializeResult

  /// The position encodings the client offers (`capabilities.general.positionEncodings`), if any.
  public var positionEncodings: [String]?

  /// Creates the request.
  /// - Parameter positionEncodings: The encodings the client offers.
  public init(positionEncodings: [String]? = nil) { self.positionEncodings = positionEncodings }

  public init(params: JSONValue?) throws(ResponseError) {
    let fields = try FieldReader(params: params)
    positionEncodings = try fields.optionalObject("capabilities")?.optionalObject("general")?.optionalStrings("positionEncodings")
  }
}

/// The result of `initialize` (protocol.md).
public struct InitializeResult: JSONRepresentable, Hashable {
  /// One code system of the index.
  public struct System: Sendable, Hashable {
    /// Its id (`icd10cm`).
    public var id: String
    /// Its release (`2026`).
    public var version: String
    /// How many codes it has.
    public var codes: Int

    /// Creates a system entry.
    public init(id: String, version: String, codes: Int) {
      self.id = id
      self.version = version
      self.codes = codes
    }
  }

  /// The version of this wire protocol; it changes when a name, shape or error code does.
  public static let protocolVersion = 1

  /// The server's version.
  public var serverVersion: String
  /// The systems of the index.
  public var systems: [System]
  /// The LSP capabilities, sent in LSP framing only.
  public var capabilities: ServerCapabilities?

  /// Creates the result.
  public init(serverVersion: String, systems: [System], capabilities: ServerCapabilities?) {
    self.serverVersion = serverVersion
    self.systems = systems
    self.capabilities = capabilities
  }

  public var json: JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("serverInfo", ["name": "codefind", "version": .string(serverVersion)]),
      ("protocolVersion", .integer(Self.protocolVersion)),
      (
        "index",
        [
          "systems": .array(
            systems.map { ["id": .string($0.id), "version": .string($0.version), "codes": .integer($0.codes)] })
        ]
      ),
    ]
    if let capabilities { members.append(("capabilities", capabilities.json)) }
    return .object(members)
  }
}
