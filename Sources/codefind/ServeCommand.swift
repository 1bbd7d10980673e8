import ArgumentParser
import CodeFindServer
import Foundation

/// `codefind serve`: the JSON-RPC 2.0 / LSP server that editors and scripts talk to over standard
/// input and output (protocol.md).
struct ServeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Answer JSON-RPC requests on standard input: for editors (LSP) and scripts.",
    discussion: """
      One JSON-RPC 2.0 message per line, or LSP's Content-Length framing when the first bytes are \
      'Content-Length:' (or with --lsp). Methods: initialize, lookup, code, validate, shutdown, exit; in an \
      editor, completion, hover and diagnostics. Logs go to standard error.
      """
  )

  @Flag(name: .long, help: "Use LSP's Content-Length framing from the start instead of detecting it.")
  var lsp = false

  @OptionGroup var indexOptions: IndexOptions

  func run() throws {
    // Replies go to a duplicate of the real standard output; descriptor 1 then points at standard
    // error, so that a stray print can never corrupt the protocol stream (as sourcekit-lsp does).
    let replies = dup(STDOUT_FILENO)
    guard replies >= 0, dup2(STDERR_FILENO, STDOUT_FILENO) >= 0 else {
      throw CommandFailure("cannot set up standard output for the protocol: \(String(cString: strerror(errno)))")
    }
    // A client that goes away must not kill the server with SIGPIPE: a failed write ends it cleanly.
    signal(SIGPIPE, SIG_IGN)
    let index = try indexOptions.openIndex()
    let status = ServerConnection(index: index, input: STDIN_FILENO, output: replies, framing: lsp ? .contentLength : nil).run()
    throw ExitCode(status)
  }
}
