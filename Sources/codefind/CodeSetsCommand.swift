import ArgumentParser
import CodeFind

/// `codefind codesets`: the code systems of the data folder, their versions and counts.
struct CodeSetsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "codesets",
    abstract: "List the code systems in the data folder with their versions and code counts."
  )

  @OptionGroup var dataOptions: DataOptions

  func run() throws {
    let catalog = try dataOptions.loadCatalog()
    var rows = [["system", "name", "version", "codes", "billable", "headers", "source"]]
    for set in catalog.codeSets {
      rows.append([
        set.system.id.rawValue, set.system.name, set.system.version, String(set.codes.count),
        String(set.billableCount), String(set.headerCount), catalog.sources[set.system.id] ?? "",
      ])
    }
    print(TextTable(rows: rows).rendered)
  }
}
