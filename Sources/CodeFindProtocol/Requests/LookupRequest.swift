/// `lookup`: search-as-you-type over every code system (protocol.md).
public struct LookupRequest: RequestType, Hashable {
  public static let method = "lookup"
  public typealias Response = LookupResponse

  /// The longest query accepted, in UTF-8 bytes: far more than anyone types, small enough that a
  /// pasted document is refused rather than analyzed.
  public static let maximumQueryBytes = 4096

  /// What the user typed.
  public var query: String
  /// The most results (1…1000).
  public var limit: Int
  /// The systems to search; empty for all.
  public var systems: [String]
  /// Whether to return billable codes only.
  public var billableOnly: Bool

  /// Creates a lookup request.
  public init(query: String, limit: Int = 10, systems: [String] = [], billableOnly: Bool = false) {
    self.query = query
    self.limit = limit
    self.systems = systems
    self.billableOnly = billableOnly
  }

  public init(params: JSONValue?) throws(ResponseError) {
    let fields = try FieldReader(params: params)
    query = try fields.text("query", maximumBytes: Self.maximumQueryBytes)
    limit = try fields.resultLimit(default: 10)
    systems = try fields.systemIDs()
    billableOnly = try fields.bool("billableOnly", default: false)
  }
}

/// The result of `lookup`.
public struct LookupResponse: JSONRepresentable, Hashable {
  /// One result.
  public struct Item: Sendable, Hashable, JSONRepresentable {
    /// The code in its system's display form.
    public var code: String
    /// The system's id.
    public var system: String
    /// The official title.
    public var title: String
    /// Whether the code may be reported as it is.
    public var billable: Bool
    /// The relevance score (higher is better; comparable within one lookup).
    public var score: Double

    /// Creates an item.
    public init(code: String, system: String, title: String, billable: Bool, score: Double) {
      self.code = code
      self.system = system
      self.title = title
      self.billable = billable
      self.score = score
    }

    public var json: JSONValue {
      [
        "code": .string(code), "system": .string(system), "title": .string(title), "billable": .bool(billable),
        "score": .score(score),
      ]
    }
  }

  /// The results, best first.
  public var items: [Item]
  /// The time spent in the server on the request, in microseconds.
  public var elapsedMicros: Int

  /// Creates the result.
  public init(items: [Item], elapsedMicros: Int) {
    self.items = items
    self.elapsedMicros = elapsedMicros
  }

  public var json: JSONValue { ["items": .array(items.map(\.json)), "elapsedMicros": .integer(elapsedMicros)] }
}
