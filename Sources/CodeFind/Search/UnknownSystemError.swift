/// A code-system name that the index does not hold, as ``IndexReader/systemIDs(named:)`` reports it.
public struct UnknownSystemError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The name as it was given.
  public let name: String
  /// The name's position in the list it came from (0-based).
  public let position: Int
  /// The systems the index holds, sorted by identifier.
  public let known: [CodeSystem.ID]

  /// Creates the error for one unknown name.
  /// - Parameters:
  ///   - name: The name as it was given.
  ///   - position: Its position in the list it came from.
  ///   - known: The systems the index holds.
  public init(name: String, position: Int, known: [CodeSystem.ID]) {
    self.name = name
    self.position = position
    self.known = known.sorted()
  }

  /// The known systems as a comma-separated list (`hcpcs, icd10cm, icd10pcs`).
  public var knownList: String { known.map(\.rawValue).joined(separator: ", ") }

  /// "there is no code system "icd9" in the index; use one of hcpcs, icd10cm, icd10pcs".
  public var description: String {
    "there is no code system \"\(name)\" in the index; use one of \(knownList)"
  }
}
