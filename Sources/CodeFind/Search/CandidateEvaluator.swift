/// Scores one candidate code against a query plan, from the code's forward terms.
struct CandidateEvaluator {
  /// Where a slot lives in the plan.
  private struct SlotAddress {
    var concept: Int
    var alternative: Int
    var slot: Int
  }

  /// The best match found so far for one slot of one candidate.
  private struct SlotState {
    var match: TermSet.Match?
    var inTitle = false
    var titlePosition = Int.max
    var term = -1
  }

  let plan: QueryPlan
  private let addresses: [SlotAddress]
  /// Slots by explicit term (exact and typo terms).
  private let slotsByTerm: [Int: [Int]]
  /// Slots whose prefix ranges must be checked for every term.
  private let prefixSlots: [Int]
  /// Terms that say a title adds no detail ("unspecified", "nos").
  private let neutralTerms: [Int]
  /// The terms of the candidate being evaluated.
  private var terms: [ForwardTerm] = []
  private var states: [SlotState]
  /// For each term, the bit of every concept (the first 32) that some slot of it accepts.
  private let conceptMasks: [UInt32]
  /// The word counts of the concepts, by bit, for required concepts (0 for optional ones).
  private let requiredWeights: [Int]
  /// The most slots any candidate can match in its title.
  private let maximumSlots: Int

  init(plan: QueryPlan, index: IndexReader) {
    self.plan = plan
    var addresses: [SlotAddress] = []
    var byTerm: [Int: [Int]] = [:]
    var prefixSlots: [Int] = []
    for (conceptIndex, concept) in plan.concepts.enumerated() {
      for (alternativeIndex, alternative) in concept.alternatives.enumerated() {
        for (slotIndex, set) in alternative.slots.enumerated() {
          let slot = addresses.count
          addresses.append(SlotAddress(concept: conceptIndex, alternative: alternativeIndex, slot: slotIndex))
          if let exact = set.exactTerm { byTerm[exact, default: []].append(slot) }
          for term in set.terms.keys { byTerm[term, default: []].append(slot) }
          if !set.prefixRange.isEmpty { prefixSlots.append(slot) }
        }
      }
    }
    var masks = [UInt32](repeating: 0, count: index.termCount)
    for (conceptIndex, concept) in plan.concepts.enumerated() where conceptIndex < 32 {
      for alternative in concept.alternatives {
        for set in alternative.slots {
          set.forEachTerm { term in if term < masks.count { masks[term] |= 1 << UInt32(conceptIndex) } }
        }
      }
    }
    conceptMasks = masks
    requiredWeights = plan.concepts.prefix(32).map { $0.isOptional ? 0 : $0.wordCount }
    maximumSlots = plan.concepts.reduce(0) { total, concept in total + (concept.alternatives.map(\.slots.count).max() ?? 0) }
    self.addresses = addresses
    slotsByTerm = byTerm
    self.prefixSlots = prefixSlots
    neutralTerms = ["unspecified", "nos"].compactMap(index.term)
    states = Array(repeating: SlotState(), count: addresses.count)
  }

  /// Reads a candidate's terms and returns the most query words it can match: the words of the
  /// required concepts some term of it accepts. The cheap first pass before
  /// ``evaluate(_:summary:explain:)``, which reuses the terms read here.
  mutating func load(_ ordinal: Int, index: IndexReader) -> Int {
    index.forwardTerms(of: ordinal, into: &terms)
    var mask: UInt32 = 0
    for entry in terms { mask |= conceptMasks[entry.term] }
    var words = 0
    for (bit, weight) in requiredWeights.enumerated() where mask & (1 << UInt32(bit)) != 0 { words += weight }
    return words
  }

  /// The best rank a candidate could reach, from what is known before evaluating it: how many words
  /// it can match, the match of the term that found it, and its summary. No evaluation ranks better.
  func optimisticRank(
    _ ordinal: Int, words: Int, summary: CodeSummary, match: TermSet.Match, isLiteral: Bool, fields: UInt8
  ) -> RankedCandidate {
    var candidate = RankedCandidate(ordinal: ordinal, isBillable: summary.isBillable)
    candidate.wordsMatched = words
    candidate.typos = match.typos
    candidate.loose = isLiteral ? (match == .prefix ? 1 : 0) : 1
    candidate.outsideTitle = fields & 1 == 0 ? 1 : 0
    candidate.proximity = candidate.outsideTitle * Self.outsideTitleDistance
    candidate.extraTitleWords = max(0, summary.titleTokenCount - maximumSlots - 2)
    candidate.firstPosition = 0
    return candidate
  }

  /// The ranking of the candidate last passed to ``load(_:index:)``, or `nil` when it matches no
  /// required concept.
  mutating func evaluate(_ ordinal: Int, summary: CodeSummary, explain: Bool) -> RankedCandidate? {
    for slot in states.indices { states[slot] = SlotState() }
    var neutral = 0
    for entry in terms where conceptMasks[entry.term] != 0 || neutralTerms.contains(entry.term) {
      let term = entry.term
      let inTitle = entry.fields & 1 != 0
      if inTitle && neutralTerms.contains(term) { neutral += 1 }
      if let slots = slotsByTerm[term] {
        for slot in slots {
          let address = addresses[slot]
          if let match = plan.concepts[address.concept].alternatives[address.alternative].slots[address.slot].match(term) {
            record(slot, match: match, inTitle: inTitle, position: entry.titlePosition, term: term)
          }
        }
      }
      for slot in prefixSlots {
        let address = addresses[slot]
        if plan.concepts[address.concept].alternatives[address.alternative].slots[address.slot].prefixRange.contains(term) {
          record(slot, match: .prefix, inTitle: inTitle, position: entry.titlePosition, term: term)
        }
      }
    }
    var candidate = RankedCandidate(ordinal: ordinal, isBillable: summary.isBillable)
    var titlePositions: [Int] = []
    var matchedTitleTerms = 0
    var notes: [String] = []
    var slot = 0
    for concept in plan.concepts {
      var best: (typos: Int, loose: Int, outside: Int, position: Int, titleTerms: Int, note: String)?
      for alternative in concept.alternatives {
        let range = slot..<(slot + alternative.slots.count)
        slot += alternative.slots.count
        guard range.allSatisfy({ states[$0].match != nil }) else { continue }
        let typos = range.reduce(0) { $0 + (states[$1].match?.typos ?? 0) }
        let loose = alternative.isLiteral ? range.filter { states[$0].match == .prefix }.count : 1
        let inTitle = range.filter { states[$0].inTitle }.count
        let outside = inTitle == range.count ? 0 : 1
        let position = range.map { states[$0].titlePosition }.min() ?? Int.max
        let option = (typos, loose, outside, position, inTitle, alternative.phrase)
        if best.map({ (option.0, option.1, option.2) < ($0.typos, $0.loose, $0.outside) }) ?? true { best = option }
      }
      guard let best else { continue }
      if !concept.isOptional { candidate.wordsMatched += concept.wordCount }
      candidate.typos += best.typos
      candidate.loose += best.loose
      candidate.outsideTitle += best.outside
      matchedTitleTerms += best.titleTerms
      if best.position != Int.max { titlePositions.append(best.position) }
      if explain { notes.append(best.note + (best.typos > 0 ? " (typo \(best.typos))" : best.loose > 0 ? " (loose)" : "")) }
    }
    guard candidate.wordsMatched > 0 else { return nil }
    // A concept matched outside the title is as far from the others as words can be.
    candidate.proximity = Self.proximity(titlePositions) + candidate.outsideTitle * Self.outsideTitleDistance
    candidate.firstPosition = titlePositions.min() ?? Int.max
    candidate.extraTitleWords = max(0, summary.titleTokenCount - matchedTitleTerms - neutral)
    candidate.matches = notes
    return candidate
  }

  private mutating func record(_ slot: Int, match: TermSet.Match, inTitle: Bool, position: Int, term: Int) {
    var state = states[slot]
    let better = state.match.map { match < $0 || (match == $0 && inTitle && !state.inTitle) } ?? true
    if better {
      state.match = match
      state.inTitle = inTitle
      state.term = term
    }
    if inTitle { state.titlePosition = min(state.titlePosition, position) }
    states[slot] = state
  }

  /// The proximity cost of a concept matched outside the title.
  static let outsideTitleDistance = 10

  /// How far the concepts' title positions are from adjacent and in query order.
  static func proximity(_ positions: [Int]) -> Int {
    guard positions.count > 1 else { return 0 }
    var total = 0
    for (previous, next) in zip(positions, positions.dropFirst()) {
      total += next > previous ? next - previous - 1 : previous - next + 2
    }
    return total
  }
}

/// What ranks one candidate: compared criterion by criterion, in the order of the fields.
struct RankedCandidate {
  var ordinal: Int
  var isBillable: Bool
  var wordsMatched = 0
  var typos = 0
  var loose = 0
  var proximity = 0
  var outsideTitle = 0
  var extraTitleWords = 0
  var firstPosition = Int.max
  var matches: [String] = []

  /// Whether this candidate ranks before `other`.
  func ranks(before other: RankedCandidate) -> Bool {
    if wordsMatched != other.wordsMatched { return wordsMatched > other.wordsMatched }
    if typos != other.typos { return typos < other.typos }
    if loose != other.loose { return loose < other.loose }
    if proximity != other.proximity { return proximity < other.proximity }
    if outsideTitle != other.outsideTitle { return outsideTitle < other.outsideTitle }
    if isBillable != other.isBillable { return isBillable }
    if extraTitleWords != other.extraTitleWords { return extraTitleWords < other.extraTitleWords }
    if firstPosition != other.firstPosition { return firstPosition < other.firstPosition }
    return ordinal < other.ordinal
  }

  /// A single number that orders like ``ranks(before:)`` for the leading criteria, for display.
  var score: Double {
    Double(wordsMatched) * 100 - Double(typos) * 10 - Double(loose) * 5 - Double(min(proximity, 20)) * 0.2
      - Double(outsideTitle) * 0.5 + (isBillable ? 0.3 : 0) - Double(min(extraTitleWords, 30)) * 0.005
  }
}
