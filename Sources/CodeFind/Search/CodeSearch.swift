#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Search-as-you-type lookup over an index: codes and code prefixes in any spelling, and words with
/// prefixes, typos and terminology, ranked the way coders need (design.md, "Lookup semantics").
///
/// ```swift
/// let search = CodeSearch(index: try IndexStore.open())
/// for item in search.lookup("diab typ 2 neuro").items { print(item.code, item.title) }
/// ```
///
/// A `CodeSearch` is immutable and `Sendable`: share one between threads.
public struct CodeSearch: Sendable {
  /// The index searched.
  public let index: IndexReader
  /// The terminology used to expand queries.
  public let lexicon: Lexicon
  private let analyzer = Analyzer()
  /// Whether lookups skip the candidates that lack a listed concept (``ConceptPresence``): off only
  /// to check that skipping them changes no result.
  var skipsAbsentConcepts = true
  /// The storage of finished word lookups, for the next ones (shared by the copies of this search).
  private let scratchPool = ScratchPool<Scratch>()

  /// Prepares lookups over an index (microseconds: the terminology is read in place, per query word).
  /// - Parameter index: An open index.
  public init(index: IndexReader) {
    self.index = index
    lexicon = index.lexicon()
  }

  /// Looks a query up.
  /// - Parameters:
  ///   - query: What the user typed: a code or code prefix (`E11.40`, `e114`, `0dtj`) or words
  ///     (`diab typ 2 neuro`, `heart attack`, `pnuemonia`); a query that does not end in a space is
  ///     still being typed, so its last word also matches as a prefix.
  ///   - options: The limit, systems and filters.
  /// - Returns: The ranked results and the time taken.
  /// - Complexity: Proportional to the postings of the query's rarest concept plus the forward terms
  ///   of its candidates.
  public func lookup(_ query: String, options: LookupOptions = LookupOptions()) -> LookupResult {
    let start = Self.now()
    var tokens = analyzer.analyze(query)
    var isTyping = !(query.last?.isWhitespace ?? true)
    var (ranked, notes, byCode) = rank(tokens, isTyping: isTyping, options: options)
    if ranked.isEmpty, let spelled = QueryPlanner(index: index, lexicon: lexicon).spelledOut(tokens) {
      // No code has every word of an equivalent (`HCV`, "hepatitis C virus"): its words as if
      // typed, so that the codes with most of them come back rather than nothing.
      tokens = analyzer.analyze(spelled.text)
      isTyping = isTyping && !spelled.endsWithEquivalent
      (ranked, notes, byCode) = rank(tokens, isTyping: isTyping, options: options)
    }
    var items: [LookupResult.Item] = []
    items.reserveCapacity(ranked.count)
    let highlighter = options.highlight ? TitleHighlighter(tokens: tokens, index: index, lexicon: lexicon) : nil
    for candidate in ranked {
      guard let code = index.code(at: candidate.ordinal) else { continue }
      var explanation: LookupExplanation?
      if options.explain {
        explanation = LookupExplanation(
          matchedBy: byCode ? "code" : "words", wordsMatched: candidate.wordsMatched, wordsInQuery: tokens.count,
          typos: candidate.typos, looseMatches: candidate.loose, isEssentialPhrase: candidate.isEssentialPhrase,
          proximity: candidate.proximity,
          outsideTitle: candidate.outsideTitle, extraTitleWords: candidate.extraTitleWords,
          matches: notes[candidate.ordinal] ?? [])
      }
      items.append(
        LookupResult.Item(
          ordinal: code.ordinal, code: code.display, system: code.system, title: code.title, isBillable: code.isBillable,
          score: candidate.score, highlights: highlighter?.highlights(in: code.title) ?? [], explanation: explanation))
    }
    return LookupResult(items: items, elapsedMicros: Int((Self.now() - start) / 1000))
  }

  /// The ordinals of the codes a query finds, best first: ``lookup(_:options:)`` without building
  /// its results (no titles or display codes), for callers that need only which codes (suggestion).
  /// - Parameters:
  ///   - tokens: The analyzed query.
  ///   - isTyping: Whether the last word is still being typed (matches as a prefix).
  ///   - options: The limit, systems and filters (`explain` and `highlight` are ignored).
  func rankedOrdinals(_ tokens: [Token], isTyping: Bool, options: LookupOptions) -> [Int] {
    var options = options
    options.explain = false
    return rank(tokens, isTyping: isTyping, options: options).ranked.map(\.ordinal)
  }

  /// The ranked candidates of an analyzed query; with `explain`, what each matched, by ordinal;
  /// and whether the query was looked up as a code.
  private func rank(_ tokens: [Token], isTyping: Bool, options: LookupOptions) -> (
    ranked: [RankedCandidate], notes: [Int: [String]], byCode: Bool
  ) {
    // A lone code-shaped token, or a lone number of three digits or more (ICD-10-PCS codes such as
    // 0016070 are all digits), is looked up as a code first.
    if tokens.count == 1, let token = tokens.first,
      token.kind == .code || token.kind == .shorthand || (token.kind == .number && token.text.utf8.count >= 3),
      let key = CodeKey.canonical(token.text)
    {
      let ranked = codeMatches(key, options: options)
      if !ranked.isEmpty { return (ranked, [:], true) }
    }
    guard !tokens.isEmpty else { return ([], [:], false) }
    let plan = QueryPlanner(index: index, lexicon: lexicon).plan(tokens, isTyping: isTyping)
    let (ranked, notes) = wordMatches(plan, options: options)
    return (ranked, notes, false)
  }

  /// The code with this key in every system, then its descendants in code order (without headers
  /// that have a single child).
  private func codeMatches(_ key: String, options: LookupOptions) -> [RankedCandidate] {
    let positions = index.keyPositions(withPrefix: key)
    guard !positions.isEmpty else { return [] }
    var ordinals = positions.compactMap(index.ordinal(atSortedKeyPosition:))
    ordinals.sort()
    let exactOrdinals = Set(index.ordinals(forKey: key))
    let filter = CodeFilter(options, index: index)
    var exact: [RankedCandidate] = []
    var descendants: [RankedCandidate] = []
    for ordinal in ordinals {
      guard let summary = index.summary(at: ordinal), filter.admits(ordinal, isBillable: summary.isBillable) else { continue }
      let isExact = exactOrdinals.contains(ordinal)
      // A header with a single child (PCS approach and device levels often are) adds nothing to its child.
      if !isExact && summary.isHeader && summary.childCount == 1 { continue }
      var candidate = RankedCandidate(ordinal: ordinal, isBillable: summary.isBillable)
      candidate.wordsMatched = isExact ? 2 : 1
      if isExact { exact.append(candidate) } else if descendants.count < options.limit { descendants.append(candidate) }
    }
    return Array((exact + descendants).prefix(options.limit))
  }

  /// What a word lookup allocates, kept for the next one (``scratchPool``).
  private struct Scratch {
    var collection: Collection
    var slotEstimates = SlotEstimates()
  }

  /// What one word lookup keeps while it collects candidates.
  private struct Collection {
    var evaluator = CandidateEvaluator()
    var best = TopCandidates(limit: 0)
    var seen: OrdinalSet
    /// The codes that may match the concepts cheap enough to list.
    var presence = ConceptPresence()
    /// The query words of the required concepts whose every code that could rank has been
    /// considered: a code not seen yet lacks them.
    var wordsConsidered = 0
    /// Those concepts.
    var conceptsConsidered: [Int] = []
    /// The most slots of those concepts (see ``CollectContext/conceptSlots``).
    var slotsConsidered = 0
    /// The terms of the slot being walked (reused between slots).
    var terms: [Int] = []
    /// The codes of a term waiting to be evaluated (reused between terms).
    var batch: [CodePosting] = {
      var batch: [CodePosting] = []
      batch.reserveCapacity(CodeSearch.batchSize)
      return batch
    }()

    /// Empties what a previous lookup collected and prepares the evaluator for `plan`, keeping the
    /// storage.
    mutating func restart(_ plan: QueryPlan, limit: Int) {
      evaluator.prepare(plan: plan)
      best = TopCandidates(limit: limit)
      seen.removeAll()
      presence = ConceptPresence()
      wordsConsidered = 0
      conceptsConsidered.removeAll(keepingCapacity: true)
      slotsConsidered = 0
    }
  }

  /// Candidates from the rarest required concept, evaluated against the whole plan; when no code
  /// matches every required concept, candidates from every concept, ranked by how many they match.
  /// - Returns: The ranked candidates, and with `explain`, what each one matched, by ordinal.
  private func wordMatches(_ plan: QueryPlan, options: LookupOptions) -> ([RankedCandidate], [Int: [String]]) {
    let required = plan.concepts.indices.filter { !plan.concepts[$0].isOptional && !plan.concepts[$0].alternatives.isEmpty }
    let drivers = required.isEmpty ? Array(plan.concepts.indices) : required
    var scratch = scratchPool.take() ?? Scratch(collection: Collection(seen: OrdinalSet(count: index.codeCount)))
    defer { scratchPool.putBack(scratch) }
    // The codes each slot's terms occur in, estimated once per slot.
    scratch.slotEstimates.rebuild(plan, index: index)
    let slotEstimates = scratch.slotEstimates
    let estimates = drivers.map { ($0, slotEstimates.concepts[$0]) }
    guard let driver = estimates.min(by: { $0.1 < $1.1 })?.0 else { return ([], [:]) }
    scratch.collection.restart(plan, limit: options.limit)
    let context = CollectContext(
      plan: plan, slotEstimates: slotEstimates,
      requiredWords: max(plan.requiredWords, 1),
      conceptSlots: plan.concepts.map { concept in concept.alternatives.reduce(0) { max($0, $1.slots.count) } }, options: options,
      filter: CodeFilter(options, index: index))
    collect(from: driver, context, &scratch.collection)
    if scratch.collection.best.candidates.first.map({ $0.wordsMatched < plan.requiredWords }) ?? true {
      // No code has every word: partial matches, from the next rarest concepts only (a partial
      // match on a word as common as "left" helps nobody).
      let others = estimates.filter { $0.0 != driver && $0.1 <= Self.partialMatchEstimateLimit }.sorted { $0.1 < $1.1 }
      for (concept, _) in others.prefix(2) {
        collect(from: concept, context, &scratch.collection)
      }
    }
    return (scratch.collection.best.candidates, scratch.collection.best.notes)
  }

  /// What every `collect` of one lookup shares.
  private struct CollectContext {
    let plan: QueryPlan
    /// The estimated codes of each slot and concept.
    let slotEstimates: SlotEstimates
    let requiredWords: Int
    /// The most slots each concept's alternatives have: the most title words it can match.
    let conceptSlots: [Int]
    let options: LookupOptions
    /// The codes `options` admit.
    let filter: CodeFilter
  }

  /// Offers the codes of one concept's postings, best first, until none can rank among the best.
  ///
  /// When the concept has many codes, the other concepts cheap enough to list are listed first
  /// (``ConceptPresence``), and the codes are offered in passes: first those that may match every
  /// word, then, while a code skipped could still rank, those that may match the most words of the
  /// rest. Without listings, one pass offers every code.
  private func collect(from conceptIndex: Int, _ context: CollectContext, _ collection: inout Collection) {
    let concept = context.plan.concepts[conceptIndex]
    if skipsAbsentConcepts {
      collection.presence.prepare(
        context.plan, driver: conceptIndex, driverCandidates: context.slotEstimates.concepts[conceptIndex],
        slotEstimates: context.slotEstimates, index: index)
    }
    // A code not evaluated yet lacks the concepts already collected in full, or cannot rank among the
    // best (a partial match).
    let mostWords = max(context.requiredWords - collection.wordsConsidered, 0)
    var pass = CollectPass(
      concept: conceptIndex, mostWords: mostWords,
      titleSlots: context.conceptSlots.reduce(0, +) - collection.slotsConsidered,
      // A code with `mostWords` words matches every other concept not considered yet, each at least
      // as loosely as its floor.
      floor: collection.evaluator.floor(excluding: conceptIndex, collection.conceptsConsidered),
      // The listings of this concept and of those considered do not apply (a code not seen yet
      // lacks the considered ones anyway).
      presence: collection.presence.excluding(conceptIndex, collection.conceptsConsidered),
      leastWords: mostWords)
    var budget = Self.candidateBudget
    while true {
      pass.skippedWords = nil
      for (alternativeIndex, alternative) in concept.alternatives.enumerated() {
        offerCodes(of: alternative, alternativeIndex, pass: &pass, &budget, context, &collection)
      }
      // Another pass while a code skipped for its missing words could still rank.
      guard let skipped = pass.skippedWords, collection.best.worst.map({ $0.wordsMatched <= skipped }) ?? true
      else { break }
      pass.leastWords = skipped
    }
    // Every code of the concept that could rank was considered, unless the budget ran out.
    if budget > 0 && !concept.isOptional {
      collection.wordsConsidered += concept.wordCount
      collection.conceptsConsidered.append(conceptIndex)
      collection.slotsConsidered += context.conceptSlots[conceptIndex]
    }
  }

  /// What one pass over a concept's codes knows (see ``collect(from:_:_:)``).
  private struct CollectPass {
    let concept: Int
    /// The most words a code not seen yet can match.
    let mostWords: Int
    /// The most title words such a code can match (the slots of the concepts it can still match).
    let titleSlots: Int
    /// The least typos and loose matches of the other concepts a code with `mostWords` matches.
    let floor: MatchFloor
    /// The listings of the other concepts not considered yet.
    let presence: ConceptPresence
    /// The fewest words, by the listings, of a code this pass offers.
    var leastWords: Int
    /// The most words, by the listings, of a code this pass skipped that could still rank.
    var skippedWords: Int?
  }

  /// Offers the codes of one alternative of a pass's concept, from its rarest slot's terms.
  private func offerCodes(
    of alternative: QueryPlan.Alternative, _ alternativeIndex: Int, pass: inout CollectPass, _ budget: inout Int,
    _ context: CollectContext, _ collection: inout Collection
  ) {
    guard let slotIndex = context.slotEstimates.rarestSlot(concept: pass.concept, alternative: alternativeIndex)
    else { return }
    let slot = alternative.slots[slotIndex]
    let mostWords = pass.mostWords, titleSlots = pass.titleSlots, floor = pass.floor
    let presence =
      skipsAbsentConcepts
      ? collection.presence.walking(
        pass.presence, context.plan, driver: pass.concept, alternative: alternativeIndex, walked: slotIndex,
        walkedCandidates: context.slotEstimates.estimate(concept: pass.concept, alternative: alternativeIndex, slot: slotIndex),
        index: index)
      : ConceptPresence()
    // The terms first, then their postings: a closure within a closure would check every access to
    // what both capture at run time.
    var terms = collection.terms
    collection.terms = []
    terms.removeAll(keepingCapacity: true)
    slot.forEachTerm { terms.append($0) }
    defer { collection.terms = terms }
    for term in terms {
      guard budget > 0, let match = slot.match(term) else { continue }
      // When even the best placed code of this term could not rank among the best so far, none
      // of its postings is read (a typo or a completion after exact matches filled the list).
      if let worst = collection.best.worst,
        !collection.evaluator.optimisticRank(
          words: mostWords, match: match, isLiteral: alternative.isLiteral, floor: floor
        ).ranks(before: worst)
      {
        continue
      }
      // Codes are read in batches, their records fetched together (see
      // IndexReader.prefetchForwardTerms); each is still checked against the best at its turn.
      var batch = collection.batch
      collection.batch = []
      batch.removeAll(keepingCapacity: true)
      index.forEachPosting(of: term) { posting in
        guard budget > batch.count else { return false }
        guard !collection.seen.contains(posting.ordinal) else { return true }
        guard context.filter.admits(posting.ordinal, isBillable: posting.isBillable) else {
          _ = collection.seen.insert(posting.ordinal)
          return true
        }
        if !presence.isEmpty {
          // A code that lacks listed concepts waits for a later pass, or never ranks.
          let words = mostWords - presence.missingWords(posting.ordinal, index: index)
          if words < pass.leastWords {
            if collection.best.worst.map({ words >= $0.wordsMatched }) ?? true {
              pass.skippedWords = max(pass.skippedWords ?? words, words)
            }
            return true
          }
        }
        // The best only get better: a code that cannot rank now cannot at its turn either.
        if let worst = collection.best.worst,
          !collection.evaluator.optimisticRank(
            posting, words: mostWords, titleSlots: titleSlots, match: match, isLiteral: alternative.isLiteral,
            floor: floor
          ).ranks(before: worst)
        {
          return false
        }
        batch.append(posting)
        guard batch.count == Self.batchSize else { return true }
        let isComplete = offer(
          batch[...], from: alternative, match: match, mostWords: mostWords, titleSlots: titleSlots, floor: floor, &budget,
          context,
          &collection)
        batch.removeAll(keepingCapacity: true)
        return isComplete
      }
      if !batch.isEmpty {
        _ = offer(
          batch[...], from: alternative, match: match, mostWords: mostWords, titleSlots: titleSlots, floor: floor, &budget,
          context,
          &collection)
      }
      collection.batch = batch
    }
  }

  /// Evaluates a batch of one term's codes in posting order and offers them to the best, after
  /// fetching their records together.
  /// - Returns: `false` once a code cannot rank among the best: postings come best first (see
  ///   IndexReader.forEachPosting), so no later code of the term can either.
  private func offer(
    _ batch: ArraySlice<CodePosting>, from alternative: QueryPlan.Alternative, match: TermSet.Match, mostWords: Int,
    titleSlots: Int, floor: MatchFloor, _ budget: inout Int, _ context: CollectContext, _ collection: inout Collection
  ) -> Bool {
    index.prefetchForwardTerms(of: batch)
    for posting in batch {
      budget -= 1
      // The bound holds for the code as this term finds it: another term may find it again, matched
      // better (in its title, or exactly), so it is not marked as seen.
      if let worst = collection.best.worst {
        let hope = collection.evaluator.optimisticRank(
          posting, words: mostWords, titleSlots: titleSlots, match: match, isLiteral: alternative.isLiteral, floor: floor)
        guard hope.ranks(before: worst) else { return false }
      }
      _ = collection.seen.insert(posting.ordinal)
      // Its terms tell how many words it can match: a code with fewer words than the best have
      // cannot rank among them, and is not evaluated.
      let words = collection.evaluator.load(posting.ordinal, index: index)
      guard words > 0, words >= collection.best.worst?.wordsMatched ?? 0,
        let candidate = collection.evaluator.evaluate(posting, explain: context.options.explain)
      else { continue }
      collection.best.offer(candidate, notes: context.options.explain ? collection.evaluator.notes : [])
    }
    return true
  }

  /// The codes whose records are fetched together.
  private static let batchSize = 16

  /// The most codes a concept may occur in to be searched for partial matches.
  private static let partialMatchEstimateLimit = 5_000

  /// The most candidates one concept may contribute: bounds the work of a query whose words are
  /// all very common.
  private static let candidateBudget = 50_000

  /// Monotonic clock time in nanoseconds, for the `elapsedMicros` of lookups and suggestions.
  static func now() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }
}

/// The best candidates seen so far, at most `limit`, best first.
struct TopCandidates {
  let limit: Int
  private(set) var candidates: [RankedCandidate] = []
  /// What the kept candidates matched, by ordinal, for those offered with notes.
  private(set) var notes: [Int: [String]] = [:]

  init(limit: Int) {
    self.limit = limit
    candidates.reserveCapacity(limit + 1)
  }

  /// The candidate that the next one must beat to be kept, once `limit` are kept.
  var worst: RankedCandidate? { candidates.count == limit ? candidates.last : nil }

  /// Keeps `candidate` if it ranks among the best `limit`, with what it matched (for explanations).
  mutating func offer(_ candidate: RankedCandidate, notes candidateNotes: [String] = []) {
    if candidates.count == limit, let last = candidates.last, !candidate.ranks(before: last) { return }
    let position = candidates.firstIndex { candidate.ranks(before: $0) } ?? candidates.count
    candidates.insert(candidate, at: position)
    if !candidateNotes.isEmpty { notes[candidate.ordinal] = candidateNotes }
    if candidates.count > limit {
      let dropped = candidates.removeLast()
      if !notes.isEmpty { notes[dropped.ordinal] = nil }
    }
  }
}

