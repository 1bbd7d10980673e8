import CodeFind
import Testing

/// ``UnknownCode``: the one report of a spelling that is no code, shared by `show` and the server.
@Suite("Unknown codes on the shipped index")
struct UnknownCodeTests {
  private let releases = ShippedIndex.reader.systems.map { "\($0.system.name) \($0.system.version)" }.joined(separator: ", ")

  @Test func namesTheSpellingTheReleasesAndTheClosestCodes() {
    let unknown = UnknownCode(" E11.99\t", in: ShippedIndex.reader)
    #expect(unknown.spelling == "E11.99")
    #expect(unknown.nearest.first?.display == "E11.9")
    #expect(unknown.message == "E11.99 is not a code in \(releases); closest codes: " + unknown.nearest.map(\.display).joined(separator: ", "))
  }

  @Test func leavesOutTheClosestCodesWhenThereAreNone() {
    let unknown = UnknownCode("ZZZZ", in: ShippedIndex.reader)
    #expect(unknown.nearest.isEmpty)
    #expect(unknown.message == "ZZZZ is not a code in \(releases)")
  }
}
