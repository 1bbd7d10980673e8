import ArgumentParser
import CodeFind

/// `codefind codesets`: the code systems of the data folder, their versions and counts.
struct CodeSetsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "codesets",
    abstract: "List the code systems in the data folder with their versions and code counts."
  )

  @OptionGroup var indexOptions: IndexOptions

  func run() throws {
    let index = try indexOptions.openIndex()
    var rows = [["system", "name", "version", "codes", "billable", "headers"]]
    for system in index.systems {
      rows.append([
        system.system.id.rawValue, system.system.name, system.system.version, String(system.ordinals.count),
        String(system.billableCount), String(system.headerCount),
      ])
    }
    print(TextTable(rows: rows).rendered)
  }
}
