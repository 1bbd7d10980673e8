import ArgumentParser
import CodeFind

/// The options every command that reads data shares: where the data folder is.
struct DataOptions: ParsableArguments {
  @Option(name: .long, help: "The folder of code-set files (default: $CODEFIND_DATA, else the shipped data/).")
  var data: String?

  /// Imports the data folder, turning failures into messages for the user.
  func loadCatalog() throws -> CodeCatalog {
    let directory: DataDirectory
    do {
      directory = try DataDirectory.locate(explicitPath: data)
    } catch {
      throw CommandFailure(error.description)
    }
    do {
      return try CodeCatalog(directory: directory)
    } catch {
      throw CommandFailure("cannot import the code sets: \(error.description)")
    }
  }
}

/// A failure the user can act on: printed as `codefind: <message>` with exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
  let message: String
  init(_ message: String) { self.message = message }
  var description: String { message }
}
