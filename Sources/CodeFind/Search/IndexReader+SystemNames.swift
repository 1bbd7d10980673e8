extension IndexReader {
  /// The systems a list of names selects, each checked against the index: the one place where a
  /// caller's system names (a request's `systems`, a `--system` option) become identifiers.
  /// - Parameter names: System names in any case (`icd10cm`, `ICD10PCS`); an empty list selects
  ///   no system in particular (all of them, for lookup and suggest).
  /// - Returns: The identifiers of the named systems.
  /// - Throws: ``UnknownSystemError`` for the first name that the index does not hold.
  public func systemIDs(named names: [String]) throws(UnknownSystemError) -> Set<CodeSystem.ID> {
    let known = Set(systems.map(\.system.id))
    var selected: Set<CodeSystem.ID> = []
    for (position, name) in names.enumerated() {
      let id = CodeSystem.ID(name)
      guard known.contains(id) else { throw UnknownSystemError(name: name, position: position, known: Array(known)) }
      selected.insert(id)
    }
    return selected
  }
}
