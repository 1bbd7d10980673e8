import CodeFind
import Testing

/// ``IndexReader/systemIDs(named:)``: the one place where system names become identifiers.
@Suite("System names resolved against the shipped index")
struct SystemNameTests {
  @Test func knownNamesInAnyCaseResolve() throws {
    #expect(try ShippedIndex.reader.systemIDs(named: ["ICD10CM", "icd10pcs"]) == [.icd10cm, .icd10pcs])
    #expect(try ShippedIndex.reader.systemIDs(named: []).isEmpty)
  }

  @Test func anUnknownNameIsAnErrorThatNamesItAndTheKnownOnes() {
    #expect {
      _ = try ShippedIndex.reader.systemIDs(named: ["icd10cm", "icd9"])
    } throws: { error in
      guard let error = error as? UnknownSystemError else { return false }
      let known = ShippedIndex.reader.systems.map(\.system.id).sorted()
      return error.name == "icd9" && error.position == 1 && error.known == known
        && error.description == "there is no code system \"icd9\" in the index; use one of "
          + known.map(\.rawValue).joined(separator: ", ")
    }
  }
}
