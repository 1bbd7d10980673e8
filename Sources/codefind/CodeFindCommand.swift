import ArgumentParser

/// The `codefind` command: medical-code lookup, offline, from the shipped official code sets.
@main
struct CodeFindCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "codefind",
    abstract: "Find, inspect and check medical codes (ICD-10-CM, ICD-10-PCS, HCPCS, CPT) offline.",
    subcommands: [
      LookupCommand.self, ShowCommand.self, SuggestCommand.self, ValidateCommand.self, CodeSetsCommand.self,
      IndexCommand.self, ServeCommand.self, BenchCommand.self,
    ],
    defaultSubcommand: LookupCommand.self
  )
}
