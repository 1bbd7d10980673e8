extension Array {
  /// Removes every element but keeps the storage, with room for at least `capacity` elements: how
  /// a lookup empties the arrays the previous lookup filled (``ScratchPool``) before filling them
  /// again.
  /// - Complexity: O(*n*) in the elements removed (and a copy when the storage must grow).
  mutating func removeAll(reservingCapacity capacity: Int) {
    removeAll(keepingCapacity: true)
    reserveCapacity(capacity)
  }
}
