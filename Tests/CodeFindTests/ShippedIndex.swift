@testable import CodeFind

/// The index of the shipped data folder, built once in memory for every test that reads it
/// (building takes a few seconds in a debug build).
enum ShippedIndex {
  /// What the index holds: the shipped code sets, analyzed, with the lexicon and the sources.
  static let contents: IndexContents = {
    do {
      return try IndexBuilder().contents(of: DataSources(directory: DataDirectory.locate()))
    } catch {
      preconditionFailure("the shipped data must build an index: \(error)")
    }
  }()

  /// The index file's bytes.
  static let bytes: [UInt8] = IndexWriter().bytes(for: contents)

  /// The index, opened from ``bytes`` in memory.
  static let reader: IndexReader = {
    do {
      return try IndexReader(bytes: bytes, name: "shipped index")
    } catch {
      preconditionFailure("the shipped index must open: \(error)")
    }
  }()
}
