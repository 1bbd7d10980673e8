import CodeFind
import Testing

/// ``CodeDetails/notes(_:)``: which notes apply to a code, the rule hover, `code` and the CLI share.
@Suite("The notes that apply to a code, on the shipped data")
struct CodeDetailsNotesTests {
  private func details(_ code: String) throws -> CodeDetails {
    try #require(CodeDetails.lookup(code, in: ShippedIndex.reader).first)
  }

  @Test func inclusionTermsComeFromTheCodeItselfOnly() throws {
    // A92.3 "West Nile virus infection" has the inclusion term "West Nile fever"; A92.30 has its own.
    let header = try details("A92.3")
    let child = try details("A92.30")
    #expect(header.notes(.inclusionTerm).map(\.text).contains("West Nile fever"))
    #expect(!child.notes(.inclusionTerm).isEmpty)
    #expect(child.notes(.inclusionTerm).allSatisfy { $0.origin == .code("A92.30") })
    let own = child.notes.first { $0.origin == .code("A92.30") }?.notes[.inclusionTerm] ?? []
    #expect(child.notes(.inclusionTerm).map(\.text) == own)
    #expect(!child.notes(.inclusionTerm).map(\.text).contains("West Nile fever"))
  }

  @Test func otherNotesAreInheritedInOrderFromTheCodeUp() throws {
    let child = try details("E11.40")
    let excludes1 = child.notes(.excludes1)
    #expect(excludes1.contains { $0.origin == .code("E11") && $0.text.contains("type 1 diabetes mellitus") })
    let expected = child.notes.flatMap { sourced in sourced.notes[.excludes1].map { (sourced.origin, $0) } }
    #expect(excludes1.map(\.origin) == expected.map(\.0) && excludes1.map(\.text) == expected.map(\.1))
  }
}
