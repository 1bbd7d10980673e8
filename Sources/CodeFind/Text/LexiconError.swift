/// A terminology file that cannot be read or has a malformed line: which file, which line, what is
/// wrong and how to fix it.
public struct LexiconError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file, as given to the loader.
  public var file: String
  /// The 1-based line of the problem, when it is one line's.
  public var line: Int?
  /// What is wrong and what to do about it.
  public var problem: String

  /// Creates a lexicon error.
  /// - Parameters:
  ///   - file: The file's path or name.
  ///   - line: The 1-based line, if the problem is one line's.
  ///   - problem: What is wrong and what to do.
  public init(file: String, line: Int? = nil, problem: String) {
    self.file = file
    self.line = line
    self.problem = problem
  }

  /// `file:line: problem`.
  public var description: String {
    "\(file)\(line.map { ":\($0)" } ?? ""): \(problem)"
  }
}
