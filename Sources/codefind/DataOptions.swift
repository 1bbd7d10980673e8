import ArgumentParser
import CodeFind

/// The options every command that reads data shares: where the data folder is.
struct DataOptions: ParsableArguments {
  @Option(name: .long, help: "The folder of code-set files (default: $CODEFIND_DATA, else the shipped data/).")
  var data: String?

  /// The data folder the user named, or the default one, as an error the user can act on.
  func directory() throws -> DataDirectory {
    do {
      return try DataDirectory.locate(explicitPath: data)
    } catch {
      throw CommandFailure(error.description)
    }
  }
}

/// A failure the user can act on: printed as `codefind: <message>` with exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
  let message: String
  init(_ message: String) { self.message = message }
  var description: String { message }
}
