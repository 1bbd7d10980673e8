import Testing

@testable import CodeFind

/// The `isCancelled` hooks of the long calls: asked between steps, they stop the call early.
@Suite("Cancelling a suggestion or a validation while it runs")
struct CancellationTests {
  @Test func suggestAsksBeforeEachSentenceAndStopsWhenCancelled() {
    let suggester = CodeSuggester(index: ShippedIndex.reader)
    let text = "Assessment: type 2 diabetes with neuropathy. Hypertension. Denies chest pain."
    var checks = 0
    let asked = suggester.suggest(text, isCancelled: {
      checks += 1
      return false
    })
    #expect(checks == SentenceSplitter().sentences(in: text).count)
    #expect(!asked.items.isEmpty && asked.items == suggester.suggest(text).items)
    #expect(suggester.suggest(text, isCancelled: { true }).items.isEmpty)
  }

  @Test func validateAsksBeforeEachCodeAndStopsWhenCancelled() {
    let validator = ClaimValidator(index: ShippedIndex.reader)
    let codes = ["E11.9", "E10.9", "I10"]
    var checks = 0
    let asked = validator.validate(codes, isCancelled: {
      checks += 1
      return false
    })
    // Each code is asked for twice: before it is checked alone, and before its notes are.
    #expect(checks == 2 * codes.count)
    #expect(asked == validator.validate(codes))
    #expect(asked.items[0].problems.contains { $0.kind == .excludes1 })
    #expect(validator.validate(codes, isCancelled: { true }).items.isEmpty)
  }
}
