/// The byte ranges of an index file's sections, looked up by section in constant time (the
/// lookup's inner loops read a section range per call, so this is an array, not a dictionary).
struct SectionTable: Sendable {
  private var ranges: [Range<Int>?]

  /// An empty table.
  init() {
    ranges = Array(repeating: nil, count: Int(IndexFormat.Section.allCases.map(\.rawValue).max() ?? 0) + 1)
  }

  /// The range of a section, or `nil` when the file does not have it.
  subscript(section: IndexFormat.Section) -> Range<Int>? {
    get { ranges[Int(section.rawValue)] }
    set { ranges[Int(section.rawValue)] = newValue }
  }

  /// `transform` of every section's range (`nil` for one the file lacks), by section raw value
  /// from 0, in one array.
  func mapByRawValue<T>(_ transform: (Range<Int>?) -> T) -> [T] { ranges.map(transform) }

  /// The sections present, in file order.
  var inFileOrder: [(section: IndexFormat.Section, range: Range<Int>)] {
    IndexFormat.Section.allCases.compactMap { section in self[section].map { (section, $0) } }
      .sorted { $0.range.lowerBound < $1.range.lowerBound }
  }
}
