/// The index terms of one sentence's words, with their terminology equivalents, for choosing the
/// code of a mention in it.
struct SentenceTerms: Sendable {
  /// The terms of the words in the mention's own scope: they may supply a detail the mention's
  /// words lack (`Cellulitis, right lower leg`). Words a trigger negates are not among them.
  var inScope: Set<Int>
  /// The terms of the words of the sentence outside the mention's scope (negated, doubted…):
  /// they still say which form of a condition it is (`migraine without aura`).
  var outOfScope: Set<Int>
}
