/// The assertion context of every token of one sentence: which trigger's scope it is in, and
/// whether it is part of a trigger itself (trigger words are never part of a mention).
struct SentenceContext {
  /// What the record says of a condition named at a token.
  enum Scope: Sendable, Hashable {
    /// An assertion (``Assertion/present`` outside every trigger's scope).
    case assertion(Assertion)
    /// A condition that may happen: not reported.
    case hypothetical
  }

  /// The scope of each token of the sentence, by offset from the sentence's first token.
  private(set) var scopes: [Scope]
  /// Whether each token is part of a trigger or terminator phrase.
  private(set) var isTrigger: [Bool]

  /// Finds the triggers of a sentence and the scope of each of its tokens.
  /// - Parameters:
  ///   - tokens: The sentence's tokens.
  ///   - units: The UTF-16 units of the whole text (a `;` between two tokens ends every scope).
  ///   - base: The scope of a token that no trigger reaches: present, or family in a family-history
  ///     section.
  ///   - rules: The trigger phrases.
  /// - Complexity: O(*n*) in the number of tokens.
  init(tokens: ArraySlice<Token>, units: [UInt16], base: Scope, rules: ContextRules) {
    let count = tokens.count
    scopes = Array(repeatElement(base, count: count))
    isTrigger = Array(repeatElement(false, count: count))
    var current = base
    // Where a backward trigger's scope may start: after the last terminator or forward trigger.
    var scopeStart = 0
    var offset = 0
    while offset < count {
      let position = tokens.startIndex + offset
      if offset > 0, Self.hasSemicolon(units, from: tokens[position - 1].utf16Range.upperBound, to: tokens[position].utf16Range.lowerBound) {
        current = base
        scopeStart = offset
      }
      guard let trigger = rules.trigger(in: tokens, at: position) else {
        scopes[offset] = current
        offset += 1
        continue
      }
      let length = trigger.words.count
      for covered in offset..<(offset + length) { isTrigger[covered] = true }
      switch (trigger.effect, trigger.direction) {
      case (.terminator, _):
        current = base
      case (.assertion(let assertion), .forward):
        current = Self.stronger(current, .assertion(assertion))
      case (.hypothetical, .forward):
        current = .hypothetical
      case (.assertion(let assertion), .backward):
        for earlier in scopeStart..<offset where !isTrigger[earlier] {
          scopes[earlier] = Self.stronger(scopes[earlier], .assertion(assertion))
        }
      case (.hypothetical, .backward):
        for earlier in scopeStart..<offset where !isTrigger[earlier] { scopes[earlier] = .hypothetical }
      }
      if trigger.direction == .forward || trigger.effect == .terminator { scopeStart = offset + length }
      for covered in offset..<(offset + length) { scopes[covered] = current }
      offset += length
    }
  }

  /// Of two scopes that reach one token, the one that decides: a negation or a hypothetical beats
  /// everything; a family context stays family even when uncertain or past.
  private static func stronger(_ old: Scope, _ new: Scope) -> Scope {
    func rank(_ scope: Scope) -> Int {
      switch scope {
      case .assertion(.present): 0
      case .assertion(.history): 1
      case .assertion(.possible): 2
      case .assertion(.family): 3
      case .assertion(.negated): 4
      case .hypothetical: 5
      }
    }
    return rank(new) >= rank(old) ? new : old
  }

  private static func hasSemicolon(_ units: [UInt16], from lower: Int, to upper: Int) -> Bool {
    guard lower < upper, upper <= units.count else { return false }
    return units[lower..<upper].contains(0x3B)
  }
}
