import Foundation

/// Opens the index of a data folder, building it on first use and rebuilding it when its sources
/// changed: the way every `codefind` command and the server get their index.
public enum IndexStore {
  /// Opens the up-to-date index of a data folder.
  ///
  /// The index lives at ``IndexLocation`` (`--index`, `CODEFIND_INDEX`, or the cache folder). It is
  /// rebuilt when it is missing, damaged, written by another format version, or when any source
  /// file was added, removed, resized or modified since it was built. A file at a path the user
  /// named that is not an index at all is never overwritten (``IndexBuilder`` decides what is not an
  /// index; an empty file is rebuilt).
  /// - Parameters:
  ///   - data: The data folder the user named, if any.
  ///   - index: The index path the user named, if any.
  ///   - progress: Called with a short description of each build step (only when building).
  /// - Returns: The open index.
  /// - Throws: ``IndexBuildError`` when the data cannot be found or imported, or the index cannot
  ///   be written or read.
  public static func open(
    data: String? = nil, index: String? = nil, progress: (String) -> Void = { _ in }
  ) throws(IndexBuildError) -> IndexReader {
    let directory: DataDirectory
    do {
      directory = try DataDirectory.locate(explicitPath: data)
    } catch {
      throw .dataFolder(error)
    }
    let sources = DataSources(directory: directory)
    let location = IndexLocation(explicitPath: index, data: directory)
    if FileManager.default.fileExists(atPath: location.path) {
      do {
        let reader = try IndexReader(path: location.path)
        if isFresh(reader, for: sources) { return reader }
        progress("the data changed since the index was built: rebuilding it")
      } catch where location.isExplicit && IndexBuilder.holdsForeignFile(location.path) {
        throw .notAnIndex(path: location.path)
      } catch {
        progress("the index cannot be used (\(error)): rebuilding it")
      }
    }
    try IndexBuilder().build(
      sources, to: location.path, replacingForeignFile: !location.isExplicit, progress: progress)
    do {
      return try IndexReader(path: location.path)
    } catch {
      throw .index(error)
    }
  }

  /// Whether an index was built from exactly these files, none of them changed since.
  /// - Parameters:
  ///   - reader: An open index.
  ///   - sources: The data folder's files now.
  public static func isFresh(_ reader: IndexReader, for sources: DataSources) -> Bool {
    reader.sources.map(\.path) == sources.all && reader.sources.allSatisfy(\.isUnchanged)
  }
}
