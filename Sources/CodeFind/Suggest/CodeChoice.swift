/// The code chosen for a mention, and how well it fits.
struct CodeChoice: Sendable, Hashable {
  /// The billable code chosen (a header's default child when a header's phrase matched).
  var ordinal: Int
  /// Which words of the mention the code's phrase matched, by offset in the mention.
  var covered: [Bool]
  /// How many words of the phrase were supported: the more, the more specific the code.
  var specificity: Int
  /// How many of them only the rest of the sentence supported, not the mention's own words.
  var fromContext: Int
  /// Whether the phrase was the code's title (not an inclusion term or includes note).
  var byTitle: Bool
  /// Whether the phrase names an "other" form.
  var isOther = false
  /// How many words the phrase puts after `without` or `not` the sentence writes (`without aura`).
  var absentWritten = 0

  /// The number of mention words matched.
  var coveredCount: Int { covered.filter { $0 }.count }

  /// Whether this choice explains the mention better than `other`: more words of the mention, then
  /// a more specific code (counting the `without` words the sentence writes), then not an "other"
  /// form, then less help from the context, then a title match.
  func isBetter(than other: CodeChoice) -> Bool {
    if coveredCount != other.coveredCount { return coveredCount > other.coveredCount }
    let mine = specificity + absentWritten, theirs = other.specificity + other.absentWritten
    if mine != theirs { return mine > theirs }
    if isOther != other.isOther { return !isOther }
    if fromContext != other.fromContext { return fromContext < other.fromContext }
    if byTitle != other.byTitle { return byTitle }
    return false
  }

  /// A score in 0…1 for display and ranking: how much of the mention the code explains, less a
  /// little for every word only the context supplied and for a match through an inclusion term.
  func score(words: Int) -> Double {
    let coverage = Double(coveredCount) / Double(max(words, 1))
    let penalty = 0.05 * Double(fromContext) + (byTitle ? 0 : 0.05)
    return max(0.05, min(1, 0.5 + 0.5 * coverage - penalty))
  }
}
