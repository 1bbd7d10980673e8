/// `suggest`: the codes a record supports, with their evidence (protocol.md).
public struct SuggestRequest: RequestType, Hashable {
  public static let method = "suggest"
  public typealias Response = SuggestResponse

  /// The longest record accepted, in UTF-8 bytes: far more than a long discharge summary (a few
  /// tens of kilobytes), small enough that one request cannot hold the server for seconds.
  public static let maximumTextBytes = 1_000_000

  /// The record's text.
  public var text: String
  /// The most items (1…1000).
  public var limit: Int
  /// The systems to suggest from; empty for the default (ICD-10-CM).
  public var systems: [String]
  /// Whether to return negated, possible, history and family items too.
  public var includeNegated: Bool

  /// Creates a suggest request.
  public init(text: String, limit: Int = 20, systems: [String] = [], includeNegated: Bool = false) {
    self.text = text
    self.limit = limit
    self.systems = systems
    self.includeNegated = includeNegated
  }

  public init(params: JSONValue?) throws(ResponseError) {
    let fields = try FieldReader(params: params)
    text = try fields.text("text", maximumBytes: Self.maximumTextBytes, advice: "send the record in parts")
    limit = try fields.resultLimit(default: 20)
    systems = try fields.systemIDs()
    includeNegated = try fields.bool("includeNegated", default: false)
  }
}

/// The result of `suggest`.
public struct SuggestResponse: JSONRepresentable, Hashable {
  /// Words of the record that support an item.
  public struct Evidence: Sendable, Hashable, JSONRepresentable {
    /// The first UTF-16 code unit of the words in the request's text.
    public var start: Int
    /// The UTF-16 offset just past the words.
    public var end: Int
    /// The words: exactly the text between `start` and `end`.
    public var text: String

    /// Creates evidence.
    public init(start: Int, end: Int, text: String) {
      self.start = start
      self.end = end
      self.text = text
    }

    public var json: JSONValue { ["start": .integer(start), "end": .integer(end), "text": .string(text)] }
  }

  /// One suggested code.
  public struct Item: Sendable, Hashable, JSONRepresentable {
    /// The code in its system's display form.
    public var code: String
    /// The system's id.
    public var system: String
    /// The official title.
    public var title: String
    /// The confidence score (higher is better; comparable within one result).
    public var score: Double
    /// `present`, `negated`, `possible`, `history` or `family`.
    public var assertion: String
    /// The words that justify the code.
    public var evidence: [Evidence]

    /// Creates an item.
    public init(code: String, system: String, title: String, score: Double, assertion: String, evidence: [Evidence]) {
      self.code = code
      self.system = system
      self.title = title
      self.score = score
      self.assertion = assertion
      self.evidence = evidence
    }

    public var json: JSONValue {
      [
        "code": .string(code), "system": .string(system), "title": .string(title),
        "score": .score(score), "assertion": .string(assertion),
        "evidence": .array(evidence.map(\.json)),
      ]
    }
  }

  /// The items, best first.
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
