import ArgumentParser
import CodeFind
import Foundation

/// `codefind validate CODE…` and `codefind validate --file FILE`: check codes the way a claim uses them.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check the codes of a claim: unknown, not billable, 7th character, placeholder X, Excludes1, code first.",
    discussion: """
      The CODEs form one claim: conflicts between them (Excludes1) are checked too. With --file, each line \
      of FILE is one claim, its codes separated by spaces, commas or tabs; text after # is a comment. Exit status: 0 when no code has an error or a warning, 1 when one has, 2 when \
      the input cannot be read.
      """
  )

  @Argument(help: "The codes of one claim, in any common spelling (E11.9, e119).")
  var codes: [String] = []

  @Option(name: .long, help: "A file of claims, one per line.")
  var file: String?

  @Flag(name: .long, help: "Print JSON for scripts (the shape of the server's validate result).")
  var json = false

  @Flag(name: .long, help: "Also show reminders (Excludes2 notes, use additional code, optional code first).")
  var notes = false

  @OptionGroup var indexOptions: IndexOptions

  func validate() throws {
    if file == nil, codes.flatMap(ClaimList.codes(in:)).isEmpty {
      throw ValidationError("Give the codes of a claim (codefind validate E11.9 I10) or a file of claims (--file claims.txt).")
    }
    if file != nil, !codes.isEmpty {
      throw ValidationError("Give either codes or --file, not both.")
    }
  }

  func run() throws {
    let claims: [ClaimList.Claim]
    if let file {
      claims = try readClaims(file).claims
    } else {
      claims = [ClaimList.Claim(line: 0, codes: codes.flatMap(ClaimList.codes(in:)))]
    }
    let validator = ClaimValidator(index: try indexOptions.openIndex())
    let results = claims.map { (claim: $0, validation: validator.validate($0.codes)) }
    if json {
      print(ValidationJSON(results, isFile: file != nil).text)
    } else {
      print(ValidationReport(results, isFile: file != nil, showsNotes: notes).text)
    }
    if results.contains(where: \.validation.hasProblems) { throw ExitCode(1) }
  }

  /// The claims of a file, or exit status 2 with a message that says what is wrong with the file.
  private func readClaims(_ path: String) throws -> ClaimList {
    do throws(TextInput.Problem) {
      return ClaimList(text: try TextInput.read(.file(path)))
    } catch {
      let advice =
        switch error {
        case .noSuchFile, .folder: "; give the path of a text file with one claim per line"
        case .notUTF8: "; save it as UTF-8 (one claim per line)"
        case .unreadable: ""
        }
      try fail("cannot read claims file '\(path)': \(error.reason)\(advice)")
    }
  }

  private func fail(_ message: String) throws -> Never {
    FileHandle.standardError.write(Data("codefind: \(message).\n".utf8))
    throw ExitCode(2)
  }
}
