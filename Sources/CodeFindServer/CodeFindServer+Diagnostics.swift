import CodeFind
import CodeFindProtocol

extension CodeFindServer {
  /// Sends `textDocument/publishDiagnostics` for a document: the codes written in it (in capitals,
  /// see ``CodeMention/codes(in:analyzer:)``), validated together as one claim, each problem
  /// underlining the code it is about.
  /// - Complexity: O(*n*) in the length of the document, plus the validation of its codes.
  func publishDiagnostics(for uri: String) {
    var notification = PublishDiagnosticsNotification(uri: uri, version: nil, diagnostics: [])
    if let document = documents[uri] {
      let mentions = CodeMention.codes(in: document.text, analyzer: analyzer)
      let items = validator.validate(mentions.map { String($0.written) }).items
      let ranges = document.ranges(of: mentions.map(\.span))
      for (range, item) in zip(ranges, items) {
        for problem in item.problems {
          notification.diagnostics.append(
            Diagnostic(range: range, severity: Diagnostic.Severity(problem.severity), code: problem.kind.rawValue, message: problem.message))
        }
      }
      notification.version = document.version
    }
    send(Response.notification(method: PublishDiagnosticsNotification.method, params: notification.json))
  }
}

extension Diagnostic.Severity {
  /// The LSP severity of a validation problem's severity.
  init(_ severity: ValidationProblem.Severity) {
    switch severity {
    case .error: self = .error
    case .warning: self = .warning
    case .information: self = .information
    }
  }
}
