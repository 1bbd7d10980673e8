/// The trigger phrases of assertion context (after NegEx and ConText): words that make the
/// conditions around them negated, possible, past, a relative's, or hypothetical, and the words
/// that end a trigger's scope.
///
/// Phrases are matched on the folded spellings of tokens (``Token/text``), longest first, so that
/// `family history of` wins over `history of` and `no history of` over `history of`.
struct ContextRules: Sendable {
  /// What a trigger makes of the conditions in its scope.
  enum Effect: Sendable, Hashable {
    /// An ``Assertion`` other than present.
    case assertion(Assertion)
    /// A condition that may happen (`return if`, `prophylaxis`, `at risk for`): not the patient's.
    case hypothetical
    /// Ends every scope opened before it (`but`, `however`, `presents with`).
    case terminator
  }

  /// Which way a trigger's scope runs from the trigger.
  enum Direction: Sendable, Hashable {
    /// Over the words after it, to the end of the sentence or the next terminator.
    case forward
    /// Over the words before it, back to the start of the sentence or the last terminator
    /// (`PE ruled out`, `DVT prophylaxis`).
    case backward
  }

  /// One trigger phrase.
  struct Trigger: Sendable, Hashable {
    var words: [String]
    var effect: Effect
    var direction: Direction
  }

  /// Triggers by their first word, longest first.
  private let byFirstWord: [String: [Trigger]]

  /// The rules CodeFind uses.
  static let standard = ContextRules(triggers: standardTriggers)

  init(triggers: [Trigger]) {
    var table: [String: [Trigger]] = [:]
    for trigger in triggers {
      guard let first = trigger.words.first else { continue }
      table[first, default: []].append(trigger)
    }
    byFirstWord = table.mapValues { $0.sorted { $0.words.count > $1.words.count } }
  }

  /// The longest trigger that starts at `tokens[start]`.
  /// - Parameters:
  ///   - tokens: The tokens of a sentence.
  ///   - start: A position in `tokens`.
  func trigger(in tokens: ArraySlice<Token>, at start: Int) -> Trigger? {
    guard let candidates = byFirstWord[tokens[start].text] else { return nil }
    return candidates.first { trigger in
      guard start + trigger.words.count <= tokens.endIndex else { return false }
      return trigger.words.indices.allSatisfy { tokens[start + $0].text == trigger.words[$0] }
    }
  }

  private static func phrases(_ text: String, _ effect: Effect, _ direction: Direction = .forward) -> [Trigger] {
    text.split(separator: "|").map { phrase in
      Trigger(words: phrase.split(separator: " ").map(String.init), effect: effect, direction: direction)
    }
  }

  private static let standardTriggers: [Trigger] =
    phrases(
      "no|not|denies|denied|deny|denying|without|negative for|neg for|free of|absence of|absent|no evidence of|"
        + "no signs of|no sign of|no history of|no hx of|no h/o|no known|never had|ruled out for|rules out|"
        + "resolution of|not consistent with|no further|nor|none",
      .assertion(.negated))
    + phrases(
      "ruled out|was ruled out|negative|is negative|was negative|unlikely|not seen|not present|excluded|not suspected|"
        + "not likely|not found|not identified|not detected|is not present",
      .assertion(.negated), .backward)
    + phrases(
      "possible|possibly|probable|probably|suspected|suspect|suspicious for|suspicion for|concern for|concerning for|"
        + "questionable|question of|r/o|rule out|to rule out|cannot exclude|cannot rule out|may have|might have|"
        + "differential includes|differential diagnosis|vs|versus|evaluate for|evaluation for|workup for|likely|"
        + "presumed|presumptive",
      .assertion(.possible))
    + phrases("is suspected|was suspected|is possible|not excluded|not ruled out", .assertion(.possible), .backward)
    + phrases(
      "history of|h/o|hx of|s/p|status post|prior|previous|previously|remote|former|formerly|"
        + "personal history of|in the past|years ago",
      .assertion(.history))
    + phrases("resolved|has resolved|now resolved|in remission|removed|was removed", .assertion(.history), .backward)
    + phrases(
      "family history of|family history|family hx|fhx|fh|fh of|mother|father|brother|sister|sibling|siblings|"
        + "grandmother|grandfather|aunt|uncle|cousin|maternal|paternal|parent|parents|mom|dad",
      .assertion(.family))
    + phrases(
      "return if|return for|returns if|call if|come back if|seek care if|in case of|if|should|watch for|"
        + "monitor for|at risk for|risk of|risk for|prevent|prevention of|precautions|screening for|screen for|"
        + "counseled on|educated on",
      .hypothetical)
    + phrases("prophylaxis|precautions|risk|screening", .hypothetical, .backward)
    + phrases(
      "but|however|although|though|except|aside from|apart from|which|who|presents with|presenting with|"
        + "presented with|complains of|c/o|reports|now with|admitted with|admitted for|found to have|positive for|"
        + "diagnosed with|consistent with|as well as",
      .terminator)
}
