/// Scores candidate codes against a query plan, from each code's forward terms.
///
/// The plan is flattened into arrays (slots, alternatives, concepts) once per query, so that the
/// per-candidate work reads plain arrays and allocates nothing: it runs for hundreds of candidates
/// per keystroke. The arrays are reused from one plan to the next (``prepare(plan:)``).
struct CandidateEvaluator {
  /// The best match found so far for one slot of the current candidate.
  private struct SlotState {
    var match: TermSet.Match?
    var inTitle = false
    var titlePosition = Int.max
    /// Bit *p*: a term of the code's essential phrase *p* matches the slot.
    var phrases: UInt8 = 0
  }

  /// One alternative, flattened: its slots are `slotStart..<slotStart + slotCount`.
  private struct FlatAlternative {
    var slotStart: Int
    var slotCount: Int
    var isLiteral: Bool
  }

  /// One concept, flattened: its alternatives are `alternatives` of ``alternativeTable``.
  private struct FlatConcept {
    var alternatives: Range<Int>
    var wordCount: Int
    var isOptional: Bool
  }

  /// A term of the current candidate that the query accepts.
  private struct Hit {
    var interval: Int
    var inTitle: Bool
    var titlePosition: Int
    /// Bit *p*: the term belongs to the code's essential phrase *p*.
    var phrases: UInt8
  }

  private(set) var plan = QueryPlan(concepts: [])
  private var alternativeTable: [FlatAlternative] = []
  private var concepts: [FlatConcept] = []
  /// The query's terms, merged with each candidate's.
  private var termMap = QueryTermMap()
  /// The word counts of the concepts, by bit, for required concepts (0 for optional ones), when the
  /// plan has more than 64 slots (else empty: ``requiredAlternatives`` count the words).
  private var requiredWeights: [Int] = []
  /// The slots of every alternative of the required concepts, as bits, concept after concept, when
  /// the plan has at most 64 slots (else empty, and ``load(_:index:)`` counts a concept whose
  /// alternatives are matched in part).
  private var requiredAlternatives: [(concept: Int, words: Int, slots: UInt64)] = []
  /// The least typos and loose matches with which a code can match each concept (none for an
  /// optional one, which a code need not match).
  private var conceptFloors: [MatchFloor] = []

  private var states: [SlotState] = []
  /// The alternative of each slot.
  private var alternativeOfSlot: [Int] = []
  /// Whether each alternative is the best of its required concept for the current candidate, while
  /// its essential phrases are checked (reused array).
  private var chosen: [Bool] = []
  /// The query's terms among the loaded candidate's: `hits[..<hitCount]` (the array is reused).
  private var hits: [Hit] = []
  private var hitCount = 0
  /// The sizes of the loaded candidate's essential phrases.
  private var phraseSizes = EssentialPhraseSizes()
  /// What each concept of the last evaluated candidate matched, when it was evaluated with
  /// `explain` (for ``LookupExplanation/matches``).
  private(set) var notes: [String] = []

  /// An evaluator of the empty plan, whose storage ``prepare(plan:)`` fills.
  init() {}

  /// Flattens a plan, reusing the arrays of the previous one: a lookup prepares the evaluator
  /// kept by the previous lookup (``CodeSearch``'s scratch pool) rather than allocating a dozen
  /// arrays per keystroke.
  /// - Parameter plan: The query's plan.
  /// - Complexity: O(*s*) in the slots and terms of the plan.
  mutating func prepare(plan: QueryPlan) {
    self.plan = plan
    let (alternativeCount, slotCount) = plan.flatCounts
    let tracksAlternatives = slotCount <= 64
    alternativeOfSlot.removeAll(reservingCapacity: slotCount)
    alternativeTable.removeAll(reservingCapacity: alternativeCount)
    concepts.removeAll(reservingCapacity: plan.concepts.count)
    requiredAlternatives.removeAll(reservingCapacity: tracksAlternatives ? alternativeCount : 0)
    requiredWeights.removeAll(reservingCapacity: tracksAlternatives ? 0 : min(plan.concepts.count, 64))
    conceptFloors.removeAll(reservingCapacity: plan.concepts.count)
    for (conceptIndex, concept) in plan.concepts.enumerated() {
      let firstAlternative = alternativeTable.count
      for alternative in concept.alternatives {
        let slotStart = alternativeOfSlot.count
        if tracksAlternatives && !concept.isOptional {
          let bits = alternative.slots.isEmpty ? 0 : (UInt64.max >> UInt64(64 - alternative.slots.count)) << UInt64(slotStart)
          requiredAlternatives.append((conceptIndex, concept.wordCount, bits))
        }
        alternativeOfSlot.append(contentsOf: repeatElement(alternativeTable.count, count: alternative.slots.count))
        alternativeTable.append(
          FlatAlternative(slotStart: slotStart, slotCount: alternative.slots.count, isLiteral: alternative.isLiteral))
      }
      concepts.append(
        FlatConcept(alternatives: firstAlternative..<alternativeTable.count, wordCount: concept.wordCount, isOptional: concept.isOptional))
      if !tracksAlternatives && conceptIndex < 64 { requiredWeights.append(concept.isOptional ? 0 : concept.wordCount) }
      conceptFloors.append(Self.floor(of: concept))
    }
    chosen.removeAll(reservingCapacity: alternativeCount)
    chosen.append(contentsOf: repeatElement(false, count: alternativeCount))
    termMap.rebuild(plan)
    states.removeAll(reservingCapacity: slotCount)
    states.append(contentsOf: repeatElement(SlotState(), count: slotCount))
    hitCount = 0
    phraseSizes = EssentialPhraseSizes()
    notes.removeAll(keepingCapacity: true)
  }

  /// Reads a candidate's terms and returns the most query words it can match: the words of the
  /// required concepts of which it has a term for every slot of an alternative (with more than 64
  /// slots, a term for some slot). The cheap first pass before
  /// ``evaluate(_:explain:)``, which reuses what is read here.
  mutating func load(_ ordinal: Int, index: IndexReader) -> Int {
    var mask: UInt64 = 0, slots: UInt64 = 0
    let termMap = termMap, intervals = termMap.intervals
    guard !intervals.isEmpty else {
      hitCount = 0
      return 0
    }
    // The walk writes locals, not `self`: the closure would otherwise check its access to `self`
    // and the uniqueness of `hits` at every term.
    var hits = self.hits, hitCount = 0
    self.hits = []
    var next = 0
    // Only the query's terms come (the walk stops after the last interval's), in increasing order:
    // the interval of a term is at or after the previous term's.
    phraseSizes = index.forEachForwardTerm(of: ordinal, among: termMap.terms) { term, fields, position in
      while intervals[next].terms.upperBound <= term { next += 1 }
      let interval = intervals[next]
      mask |= interval.concepts
      slots |= interval.slots
      let hit = Hit(interval: next, inTitle: fields & 1 != 0, titlePosition: position, phrases: fields >> 4)
      if hitCount < hits.count { hits[hitCount] = hit } else { hits.append(hit) }
      hitCount += 1
      return true
    }
    self.hits = hits
    self.hitCount = hitCount
    return requiredAlternatives.isEmpty ? words(in: mask) : words(completing: slots)
  }

  /// The query words of the required concepts that have an alternative whose every slot's bit is
  /// set in `slots`.
  private func words(completing slots: UInt64) -> Int {
    var words = 0, counted = -1
    for alternative in requiredAlternatives where alternative.concept != counted && alternative.slots & slots == alternative.slots {
      words += alternative.words
      counted = alternative.concept
    }
    return words
  }

  /// The query words of the required concepts whose bits are set in `mask`.
  private func words(in mask: UInt64) -> Int {
    var words = 0
    var remaining = mask
    while remaining != 0 {
      let bit = remaining.trailingZeroBitCount
      if bit < requiredWeights.count { words += requiredWeights[bit] }
      remaining &= remaining - 1
    }
    return words
  }

  /// The best rank a candidate could reach, from what is known before evaluating it: how many words
  /// it can match, how many of its title words can match (`titleSlots`: the slots of the concepts
  /// it can still match), the match of the term that found it, the least typos and loose matches
  /// of its other concepts (`floor`), and its posting. No evaluation ranks better.
  func optimisticRank(
    _ posting: CodePosting, words: Int, titleSlots: Int, match: TermSet.Match, isLiteral: Bool, floor: MatchFloor
  ) -> RankedCandidate {
    var candidate = optimisticRank(words: words, match: match, isLiteral: isLiteral, floor: floor)
    candidate.ordinal = posting.ordinal
    candidate.isBillable = posting.isBillable
    candidate.outsideTitle = posting.fields & 1 == 0 ? 1 : 0
    candidate.isEssentialPhrase = posting.fields >> 4 != 0
    candidate.proximity = candidate.outsideTitle * Self.outsideTitleDistance
    candidate.extraTitleWords = max(0, posting.titleDetailCount - titleSlots)
    return candidate
  }

  /// The best rank any code found by a term could reach: the bound of
  /// ``optimisticRank(_:words:titleSlots:match:isLiteral:floor:)`` for the best placed code
  /// (billable, the term in its title, no other title words, the first ordinal). When it cannot
  /// rank among the best, no posting of the term can.
  /// - Parameters:
  ///   - words: The most query words a code can match.
  ///   - match: How the term matches its query word.
  ///   - isLiteral: Whether the term's alternative is the query's own words.
  ///   - floor: The least typos and loose matches of the other concepts a code with `words` words
  ///     matches (``floor(excluding:_:)``).
  func optimisticRank(words: Int, match: TermSet.Match, isLiteral: Bool, floor: MatchFloor) -> RankedCandidate {
    var candidate = RankedCandidate(ordinal: 0, isBillable: true)
    candidate.wordsMatched = words
    candidate.typos = match.typos + floor.typos
    candidate.loose = (isLiteral ? (match == .prefix ? 1 : 0) : 1) + floor.loose
    candidate.isEssentialPhrase = true
    candidate.firstPosition = 0
    return candidate
  }

  /// The least typos and loose matches with which a code matches every required concept but
  /// `driver` (the concept whose term found it) and those in `considered` (whose codes were all
  /// considered): a code that matches all of them matches each with at least its floor.
  /// - Complexity: O(*c*²) in the number of concepts (a few).
  func floor(excluding driver: Int, _ considered: [Int]) -> MatchFloor {
    var total = MatchFloor()
    for (concept, floor) in conceptFloors.enumerated() where concept != driver && !considered.contains(concept) {
      total.typos += floor.typos
      total.loose += floor.loose
    }
    return total
  }

  /// The least (typos, loose matches), in ranking order, with which a code can match a concept:
  /// the best of its alternatives, each slot matched by its closest term (exact, else a completion,
  /// else its nearest typo; an equivalent is loose as a whole).
  private static func floor(of concept: QueryPlan.Concept) -> MatchFloor {
    guard !concept.isOptional else { return MatchFloor() }
    var best: MatchFloor?
    for alternative in concept.alternatives {
      var floor = MatchFloor()
      var isPossible = true
      for slot in alternative.slots {
        if slot.exactTerm != nil { continue }
        if !slot.prefixRange.isEmpty {
          floor.loose += alternative.isLiteral ? 1 : 0
        } else if let typos = slot.terms.values.lazy.map({ $0.typos }).min() {
          floor.typos += typos
        } else {
          isPossible = false
        }
      }
      if !alternative.isLiteral { floor.loose = 1 }
      guard isPossible else { continue }
      if best.map({ (floor.typos, floor.loose) < ($0.typos, $0.loose) }) ?? true { best = floor }
    }
    // A concept no code can match leaves every code short of the words the bound assumes.
    return best ?? MatchFloor()
  }

  /// The ranking of the candidate last passed to ``load(_:index:)`` (`posting` is the one that
  /// found it), or `nil` when it matches no required concept.
  mutating func evaluate(_ posting: CodePosting, explain: Bool) -> RankedCandidate? {
    for slot in states.indices { states[slot] = SlotState() }
    for hit in hits[..<hitCount] {
      let interval = termMap.intervals[hit.interval]
      for index in interval.matchStart..<interval.matchEnd {
        let match = termMap.matches[index]
        record(match.slot, match: match.match, inTitle: hit.inTitle, position: hit.titlePosition)
        states[match.slot].phrases |= hit.phrases
      }
    }
    var candidate = RankedCandidate(ordinal: posting.ordinal, isBillable: posting.isBillable)
    var matchedTitleTerms = 0
    // The concepts' title positions, in query order: the distance between neighbours, the first.
    var proximity = 0, previousPosition: Int?, firstPosition = Int.max
    if explain { notes.removeAll(keepingCapacity: true) }
    // The essential phrases that the best alternative of every required concept matches all of.
    var phrases = phraseSizes.isEmpty ? 0 : EssentialPhraseSizes.allPhrases
    // `chosen` is written and read only while phrases remain.
    if phrases != 0 { for alternative in chosen.indices { chosen[alternative] = false } }
    for (conceptIndex, concept) in concepts.enumerated() {
      var best: (typos: Int, loose: Int, outside: Int, position: Int, titleTerms: Int, alternative: Int)?
      for alternativeIndex in concept.alternatives {
        let alternative = alternativeTable[alternativeIndex]
        var typos = 0, prefixes = 0, inTitle = 0, position = Int.max
        var complete = true
        for slot in alternative.slotStart..<(alternative.slotStart + alternative.slotCount) {
          guard let match = states[slot].match else {
            complete = false
            break
          }
          typos += match.typos
          if match == .prefix { prefixes += 1 }
          if states[slot].inTitle { inTitle += 1 }
          position = min(position, states[slot].titlePosition)
        }
        guard complete else { continue }
        let loose = alternative.isLiteral ? prefixes : 1
        let outside = inTitle == alternative.slotCount ? 0 : 1
        if best.map({ (typos, loose, outside) < ($0.typos, $0.loose, $0.outside) }) ?? true {
          best = (typos, loose, outside, position, inTitle, alternativeIndex - concept.alternatives.lowerBound)
        }
      }
      guard let best else {
        if !concept.isOptional { phrases = 0 }
        continue
      }
      if !concept.isOptional && phrases != 0 {
        let alternative = concept.alternatives.lowerBound + best.alternative
        phrases &= essentialPhrases(of: alternativeTable[alternative])
        chosen[alternative] = true
      }
      if !concept.isOptional { candidate.wordsMatched += concept.wordCount }
      candidate.typos += best.typos
      candidate.loose += best.loose
      candidate.outsideTitle += best.outside
      matchedTitleTerms += best.titleTerms
      if best.position != Int.max {
        if let previousPosition { proximity += Self.distance(from: previousPosition, to: best.position) }
        previousPosition = best.position
        firstPosition = min(firstPosition, best.position)
      }
      if explain {
        let phrase = plan.concepts[conceptIndex].alternatives[best.alternative].phrase
        notes.append(phrase + (best.typos > 0 ? " (typo \(best.typos))" : best.loose > 0 ? " (loose)" : ""))
      }
    }
    guard candidate.wordsMatched > 0 else { return nil }
    candidate.isEssentialPhrase = phrases != 0 && coversEssentialPhrase(phrases)
    // A concept matched outside the title is as far from the others as words can be.
    candidate.proximity = proximity + candidate.outsideTitle * Self.outsideTitleDistance
    candidate.firstPosition = firstPosition
    candidate.extraTitleWords = max(0, posting.titleDetailCount - matchedTitleTerms)
    return candidate
  }

  /// Whether every term of one of the candidate's essential phrases in `phrases` matches a slot of
  /// the alternatives ``evaluate(_:explain:)`` chose (not only another alternative's).
  private func coversEssentialPhrase(_ phrases: UInt8) -> Bool {
    let phraseRange = 0..<Int(EssentialPhraseSizes.capacity)
    var covered = SIMD4<Int>()  // one count per phrase: the format has 4 phrase bits (4 to 7)
    let intervals = termMap.intervals, matches = termMap.matches
    for hit in hits[..<hitCount] where hit.phrases & phrases != 0 {
      let interval = intervals[hit.interval]
      guard matches[interval.matchStart..<interval.matchEnd].contains(where: { chosen[alternativeOfSlot[$0.slot]] })
      else { continue }
      for phrase in phraseRange where hit.phrases >> phrase & 1 != 0 { covered[phrase] += 1 }
    }
    return phraseRange.contains { phrases >> $0 & 1 != 0 && covered[$0] == phraseSizes[$0] }
  }

  /// The essential phrases of the candidate that match all of an alternative: bit *p* when every
  /// slot of it is matched by a term of phrase *p*.
  private func essentialPhrases(of alternative: FlatAlternative) -> UInt8 {
    var phrases = EssentialPhraseSizes.allPhrases
    for slot in alternative.slotStart..<(alternative.slotStart + alternative.slotCount) { phrases &= states[slot].phrases }
    return phrases
  }

  private mutating func record(_ slot: Int, match: TermSet.Match, inTitle: Bool, position: Int) {
    var state = states[slot]
    let better = state.match.map { match < $0 || (match == $0 && inTitle && !state.inTitle) } ?? true
    if better {
      state.match = match
      state.inTitle = inTitle
    }
    if inTitle { state.titlePosition = min(state.titlePosition, position) }
    states[slot] = state
  }

  /// The proximity cost of a concept matched outside the title.
  static let outsideTitleDistance = 10

  /// How far the title position of a concept is from following the previous concept's directly
  /// (0 when adjacent and in query order; a word back costs more than a word ahead).
  static func distance(from previous: Int, to next: Int) -> Int {
    next > previous ? next - previous - 1 : previous - next + 2
  }
}

/// The least typos and loose matches a code adds for some concepts (see
/// ``CandidateEvaluator/floor(excluding:_:)``).
struct MatchFloor {
  var typos = 0
  var loose = 0
}

/// What ranks one candidate: compared criterion by criterion, in the order of the fields.
struct RankedCandidate {
  var ordinal: Int
  var isBillable: Bool
  var wordsMatched = 0
  var typos = 0
  var loose = 0
  /// Whether the query's words are exactly the essential words of one of the code's phrases
  /// (`hypertension` for I10's `hypertension (arterial) (benign) …`, `back pain` for M54.9's `Back
  /// pain NOS`): the code is the default meaning of a query with no specifics.
  var isEssentialPhrase = false
  var proximity = 0
  var outsideTitle = 0
  var extraTitleWords = 0
  var firstPosition = Int.max

  /// Whether this candidate ranks before `other`.
  func ranks(before other: RankedCandidate) -> Bool {
    if wordsMatched != other.wordsMatched { return wordsMatched > other.wordsMatched }
    if typos != other.typos { return typos < other.typos }
    if loose != other.loose { return loose < other.loose }
    if isEssentialPhrase != other.isEssentialPhrase { return isEssentialPhrase }
    if proximity != other.proximity { return proximity < other.proximity }
    if outsideTitle != other.outsideTitle { return outsideTitle < other.outsideTitle }
    if isBillable != other.isBillable { return isBillable }
    if extraTitleWords != other.extraTitleWords { return extraTitleWords < other.extraTitleWords }
    if firstPosition != other.firstPosition { return firstPosition < other.firstPosition }
    return ordinal < other.ordinal
  }

  /// A single number that orders like ``ranks(before:)`` for the leading criteria, for display.
  var score: Double {
    Double(wordsMatched) * 100 - Double(typos) * 10 - Double(loose) * 5 + (isEssentialPhrase ? 2 : 0)
      - Double(min(proximity, 20)) * 0.2
      - Double(outsideTitle) * 0.5 + (isBillable ? 0.3 : 0) - Double(min(extraTitleWords, 30)) * 0.005
  }
}
