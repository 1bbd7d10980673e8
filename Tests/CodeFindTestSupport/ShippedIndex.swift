import CodeFind

/// The index of the shipped data folder, built once in memory for every test that reads it
/// (building takes a few seconds in a debug build). Shared by the test targets of every module
/// (`CodeFindTests`, `CodeFindServerTests`) through the `CodeFindTestSupport` target.
public enum ShippedIndex {
  /// What the index holds: the shipped code sets, analyzed, with the lexicon and the sources.
  public static let contents: IndexContents = {
    do {
      return try IndexBuilder().contents(of: DataSources(directory: DataDirectory.locate()))
    } catch {
      preconditionFailure("the shipped data must build an index: \(error)")
    }
  }()

  /// The index file's bytes.
  public static let bytes: [UInt8] = IndexWriter().bytes(for: contents)

  /// The index, opened from ``bytes`` in memory.
  public static let reader: IndexReader = {
    do {
      return try IndexReader(bytes: bytes, name: "shipped index")
    } catch {
      preconditionFailure("the shipped index must open: \(error)")
    }
  }()
}
