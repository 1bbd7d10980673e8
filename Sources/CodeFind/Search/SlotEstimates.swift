/// The estimated codes of every slot of a query plan (``TermSet/estimatedCodes(in:)``), computed
/// once per lookup, and what the lookup derives from them: the rarest slot of each alternative
/// and the candidates of each concept.
///
/// The estimates sit in one flat array, alternative after alternative in plan order, rather than in
/// an array per concept and per alternative: a lookup makes this once per keystroke, in the arrays
/// of the previous lookup's estimates.
struct SlotEstimates {
  /// The estimates of every slot, in plan order.
  private var slots: [Int] = []
  /// Where each alternative's slots start in `slots`, alternative after alternative in plan order,
  /// and one past the last slot at the end.
  private var alternativeStarts: [Int] = []
  /// The first alternative of each concept in `alternativeStarts`.
  private var conceptStarts: [Int] = []
  /// The estimated candidates of each concept: the rarest slot's estimate of each alternative, summed.
  private(set) var concepts: [Int] = []

  /// No estimates (of the empty plan).
  init() {}

  /// Estimates every slot of `plan`, reusing the storage of the previous plan's estimates.
  /// - Complexity: O(*s*) in the terms of the plan's slots (prefix ranges are sampled).
  mutating func rebuild(_ plan: QueryPlan, index: IndexReader) {
    let (alternativeCount, slotCount) = plan.flatCounts
    slots.removeAll(reservingCapacity: slotCount)
    alternativeStarts.removeAll(reservingCapacity: alternativeCount + 1)
    conceptStarts.removeAll(reservingCapacity: plan.concepts.count)
    concepts.removeAll(reservingCapacity: plan.concepts.count)
    for concept in plan.concepts {
      conceptStarts.append(alternativeStarts.count)
      var candidates = 0
      for alternative in concept.alternatives {
        alternativeStarts.append(slots.count)
        var rarest: Int?
        for slot in alternative.slots {
          let estimate = slot.estimatedCodes(in: index)
          slots.append(estimate)
          rarest = min(rarest ?? estimate, estimate)
        }
        candidates += rarest ?? 0
      }
      concepts.append(candidates)
    }
    alternativeStarts.append(slots.count)
  }

  /// The estimated codes of one slot.
  /// - Parameters:
  ///   - concept: The concept's index in the plan.
  ///   - alternative: The alternative's index in the concept.
  ///   - slot: The slot's index in the alternative.
  func estimate(concept: Int, alternative: Int, slot: Int) -> Int {
    slots[alternativeStarts[conceptStarts[concept] + alternative] + slot]
  }

  /// The slot of an alternative with the fewest estimated codes (the first of equals), or `nil` for
  /// an alternative without slots.
  func rarestSlot(concept: Int, alternative: Int) -> Int? {
    let flat = conceptStarts[concept] + alternative
    let start = alternativeStarts[flat]
    return slots[start..<alternativeStarts[flat + 1]].indices.min { slots[$0] < slots[$1] }.map { $0 - start }
  }
}
