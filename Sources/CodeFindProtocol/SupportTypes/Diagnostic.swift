/// A problem an editor underlines in a document.
public struct Diagnostic: Sendable, Hashable, JSONRepresentable {
  /// How serious a problem is, as LSP numbers it.
  public enum Severity: Int, Sendable, Hashable {
    /// Shown as an error.
    case error = 1
    /// Shown as a warning.
    case warning = 2
    /// Shown as information.
    case information = 3
    /// Shown as a hint.
    case hint = 4
  }

  /// Where the problem is.
  public var range: PositionRange
  /// How serious it is.
  public var severity: Severity
  /// The kind of problem (`not-billable`, `excludes1` …).
  public var code: String
  /// What is wrong and what to do.
  public var message: String

  /// Creates a diagnostic.
  public init(range: PositionRange, severity: Severity, code: String, message: String) {
    self.range = range
    self.severity = severity
    self.code = code
    self.message = message
  }

  public var json: JSONValue {
    [
      "range": range.json, "severity": .integer(severity.rawValue), "code": .string(code), "source": "codefind",
      "message": .string(message),
    ]
  }
}
