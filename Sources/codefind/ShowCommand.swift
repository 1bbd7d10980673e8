import ArgumentParser
import CodeFind

/// `codefind show CODE`: everything the code sets say about one code.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show a code's title, billable status, parent, children, notes and 7th characters.",
    discussion: "CODE may be written in any common spelling: E11.40, e1140, ' E11.40 ', 0DTJ4ZZ."
  )

  @Argument(help: "The code to show, in any common spelling.")
  var code: String

  @Option(name: .long, help: "Only these systems, comma-separated (icd10cm, icd10pcs, hcpcs, cpt).")
  var system: String?

  @Flag(name: .long, help: "Leave out the notes inherited from ancestors, the section and the chapter.")
  var ownNotesOnly = false

  @OptionGroup var indexOptions: IndexOptions

  func validate() throws {
    guard CodeKey.canonical(code) != nil else {
      throw ValidationError("'\(code)' is not a code spelling: use letters and digits, with an optional dot (E11.40).")
    }
  }

  func run() throws {
    let index = try indexOptions.openIndex()
    let systems = try SystemOption.systemIDs(system, in: index)
    let matches = CodeDetails.lookup(code, in: index).filter { systems.isEmpty || systems.contains($0.system.id) }
    guard !matches.isEmpty else { throw CommandFailure(UnknownCode(code, in: index).message + ".") }
    print(matches.map { CodeDetailsFormatter(details: $0).render(inherited: !ownNotesOnly) }.joined(separator: "\n\n"))
  }
}

extension String {
  /// The string without leading and trailing spaces and tabs.
  var trimmingWhitespace: String {
    String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
  }
}
