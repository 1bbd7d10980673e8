/// A set of code ordinals for one lookup (the codes already considered, the codes that have a
/// concept's terms): a bit per code, in pages of 4,096 codes allocated when first touched (a lookup
/// touches a few pages of the 290,000 codes: clearing a bit per code for every lookup would cost
/// more than many lookups). The pages share one flat array, so a test is two array reads.
struct OrdinalSet {
  private static let pageShift = 12
  private static let wordsPerPage = (1 << pageShift) / 64
  /// The first word of each page in `words`, or -1 while the page is untouched.
  private var pageStart: [Int32]
  private var words: [UInt64] = []
  private let count: Int

  init(count: Int) {
    self.count = count
    pageStart = Array(repeatElement(-1, count: (count >> Self.pageShift) + 1))
    // Room for the few pages a lookup touches, so that they are not copied as they are added.
    words.reserveCapacity(Self.reservedPages * Self.wordsPerPage)
  }

  /// Empties the set, keeping the storage of its pages for the next lookup.
  /// - Complexity: O(*n* / 4,096) in the count of ordinals.
  mutating func removeAll() {
    guard !words.isEmpty else { return }
    for page in pageStart.indices { pageStart[page] = -1 }
    words.removeAll(keepingCapacity: true)
  }

  /// The pages `words` has room for from the start (2 KB).
  private static let reservedPages = 4

  /// Whether an ordinal is in the set.
  @inline(__always)
  func contains(_ ordinal: Int) -> Bool {
    guard ordinal >= 0, ordinal < count else { return false }
    let start = Int(pageStart[ordinal >> Self.pageShift])
    guard start >= 0 else { return false }
    return words[start + (ordinal >> 6) & (Self.wordsPerPage - 1)] & (UInt64(1) << UInt64(ordinal & 63)) != 0
  }

  /// Adds an ordinal; returns whether it was new.
  @inline(__always)
  mutating func insert(_ ordinal: Int) -> Bool {
    guard ordinal >= 0, ordinal < count else { return false }
    let pageIndex = ordinal >> Self.pageShift
    var start = Int(pageStart[pageIndex])
    if start < 0 {
      start = words.count
      pageStart[pageIndex] = Int32(start)
      words.append(contentsOf: repeatElement(0, count: Self.wordsPerPage))
    }
    let word = start + (ordinal >> 6) & (Self.wordsPerPage - 1), bit = UInt64(1) << UInt64(ordinal & 63)
    guard words[word] & bit == 0 else { return false }
    words[word] |= bit
    return true
  }
}
