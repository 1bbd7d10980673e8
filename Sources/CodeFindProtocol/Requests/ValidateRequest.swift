/// `validate`: checks codes as a claim would use them (protocol.md).
public struct ValidateRequest: RequestType, Hashable {
  public static let method = "validate"
  public typealias Response = ValidateResponse

  /// The most codes one request may check.
  public static let maximumCodes = 10_000

  /// The codes as the client wrote them.
  public var codes: [String]

  /// Creates the request.
  public init(codes: [String]) { self.codes = codes }

  public init(params: JSONValue?) throws(ResponseError) {
    codes = try FieldReader(params: params).strings("codes")
    guard codes.count <= Self.maximumCodes else {
      throw .invalidParams("params.codes has \(codes.count) codes; the limit is \(Self.maximumCodes)")
    }
  }
}

/// The result of `validate`.
public struct ValidateResponse: JSONRepresentable, Hashable {
  /// One problem with a code.
  public struct Problem: Sendable, Hashable {
    /// The kind (`unknown`, `not-billable`, `excludes1` …).
    public var kind: String
    /// What is wrong and what to do.
    public var message: String
    /// The other codes involved, if any.
    public var related: [String]

    /// Creates a problem.
    public init(kind: String, message: String, related: [String]) {
      self.kind = kind
      self.message = message
      self.related = related
    }
  }

  /// The check of one input code.
  public struct Item: Sendable, Hashable {
    /// The input as given.
    public var input: String
    /// The code it names, in display form, when it names one.
    public var code: String?
    /// Whether it can be reported as it is.
    public var valid: Bool
    /// Whether it is billable.
    public var billable: Bool
    /// Its problems.
    public var problems: [Problem]

    /// Creates an item.
    public init(input: String, code: String?, valid: Bool, billable: Bool, problems: [Problem]) {
      self.input = input
      self.code = code
      self.valid = valid
      self.billable = billable
      self.problems = problems
    }
  }

  /// One item per input code, in input order.
  public var items: [Item]

  /// Creates the result.
  public init(items: [Item]) { self.items = items }

  public var json: JSONValue {
    .object([
      (
        "items",
        .array(
          items.map { item in
            var members: [(key: String, value: JSONValue)] = [("input", .string(item.input))]
            if let code = item.code { members.append(("code", .string(code))) }
            members += [
              ("valid", .bool(item.valid)), ("billable", .bool(item.billable)),
              (
                "problems",
                .array(
                  item.problems.map { problem in
                    var fields: [(key: String, value: JSONValue)] = [
                      ("kind", .string(problem.kind)), ("message", .string(problem.message)),
                    ]
                    if !problem.related.isEmpty { fields.append(("related", .array(problem.related.map(JSONValue.string)))) }
                    return .object(fields)
                  })
              ),
            ]
            return .object(members)
          })
      )
    ])
  }
}
