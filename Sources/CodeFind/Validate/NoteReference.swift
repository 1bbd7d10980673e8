/// A reference to codes written in the text of a tabular note: one code or category (`E10.-`,
/// `R76.1-`, `N62`), a range (`I10-I16`, `O71.7-O71.8`), optionally narrowed by a qualifier
/// (`T36-T50 with fifth or sixth character 5`, `E08-E13 with .42`, `I69. with final characters -23`).
///
/// A reference names a code and everything beneath it: `E10.-` and `E10` both match `E10.9`.
struct NoteReference: Sendable, Hashable {
  /// The reference as the note writes it (`E10.-`, `I10-I16`), for messages.
  var written: String
  /// The canonical key of the first code of the range (the only one for a single code).
  var low: [UInt8]
  /// The canonical key of the last code of the range.
  var high: [UInt8]
  /// What the codes of the range must also satisfy, if the note says so.
  var qualifier: Qualifier?

  /// A condition on the characters of a code, as notes write it after "with".
  enum Qualifier: Sendable, Hashable {
    /// The characters after the category (`with .51-.52`: from `51` to `52`, compared on their length).
    case afterCategory(low: [UInt8], high: [UInt8])
    /// The code ends with these characters (`with final characters -23`).
    case endsWith([UInt8])
    /// At one of these 0-based positions the code has a character in `allowed`
    /// (`with fifth or sixth character 5`, `with 7th character B`, `with fifth character 1-4`).
    case character(positions: [Int], allowed: ClosedRange<UInt8>)
    /// The code has these characters from a 0-based position on (`with fifth to sixth characters 51`).
    case characters(from: Int, [UInt8])
  }

  /// Whether a code, given by its canonical key, is one this reference names.
  /// - Parameter key: A canonical key's bytes (`E109` for E10.9).
  /// - Complexity: O(*k*) in the length of the key.
  func matches(_ key: [UInt8]) -> Bool {
    guard key.prefix(low.count).lexicographicallyPrecedes(low) == false,
      !high.lexicographicallyPrecedes(key.prefix(high.count))
    else { return false }
    // A code shorter than the reference (E10 for E10.9) is its ancestor, not one it names.
    guard key.count >= min(low.count, high.count) else { return false }
    guard let qualifier else { return true }
    switch qualifier {
    case .afterCategory(let low, let high):
      let rest = key.dropFirst(3)
      return rest.count >= low.count && !rest.prefix(low.count).lexicographicallyPrecedes(low)
        && !high.lexicographicallyPrecedes(rest.prefix(high.count))
    case .endsWith(let suffix):
      return key.count > suffix.count && key.suffix(suffix.count).elementsEqual(suffix)
    case .character(let positions, let allowed):
      return positions.contains { $0 < key.count && allowed.contains(key[$0]) }
    case .characters(let start, let run):
      return key.count >= start + run.count && key[start..<(start + run.count)].elementsEqual(run)
    }
  }
}
