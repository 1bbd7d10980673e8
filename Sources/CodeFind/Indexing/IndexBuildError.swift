/// Why an index could not be built or opened from a data folder.
public enum IndexBuildError: Error, Sendable, CustomStringConvertible {
  /// The data folder cannot be found.
  case dataFolder(DataDirectoryError)
  /// A code-set or terminology file cannot be imported.
  case importFailed(ImportError)
  /// The lexicon files cannot be loaded.
  case lexicon(LexiconError)
  /// The index file cannot be written or read.
  case index(IndexError)
  /// The path named for the index holds a file that is not an index; it is left alone.
  case notAnIndex(path: String)

  public var description: String {
    switch self {
    case .dataFolder(let error): error.description
    case .importFailed(let error): "cannot import the code sets: \(error.description)"
    case .lexicon(let error): "cannot load the terminology: \(error.description)"
    case .index(let error): error.description
    case .notAnIndex(let path):
      "\(path) exists and is not a CodeFind index; it was left untouched. Name another index path with --index or CODEFIND_INDEX."
    }
  }
}
