import Foundation

/// Builds an index file from a data folder: imports every code set, analyzes every code's texts,
/// loads the lexicon, records the sources, and writes the file atomically.
public struct IndexBuilder: Sendable {
  /// The analyzer for code texts; queries must be analyzed the same way.
  public var analyzer: Analyzer

  /// Creates a builder.
  /// - Parameter analyzer: The analyzer for code texts.
  public init(analyzer: Analyzer = Analyzer()) { self.analyzer = analyzer }

  /// Gathers what an index of `sources` holds, without writing it.
  /// - Parameters:
  ///   - sources: The data folder's files.
  ///   - progress: Called with a short description of each step as it starts.
  /// - Throws: ``IndexBuildError`` when a file cannot be imported or read.
  public func contents(of sources: DataSources, progress: (String) -> Void = { _ in }) throws(IndexBuildError) -> IndexContents {
    progress("importing code sets")
    let catalog: CodeCatalog
    do {
      catalog = try CodeCatalog(sources: sources)
    } catch {
      throw .importFailed(error)
    }
    progress("loading terminology")
    let lexicon: Lexicon
    do {
      lexicon = try Lexicon.load(folder: sources.terminologyFolder, abbreviations: catalog.abbreviations, analyzer: analyzer)
    } catch {
      throw .lexicon(error)
    }
    progress("analyzing \(catalog.codeSets.reduce(0) { $0 + $1.codes.count }) codes")
    let analyzed = CodeAnalysis(analyzer: analyzer).analyze(catalog)
    progress("recording sources")
    var fingerprints: [IndexSource] = []
    for file in sources.all {
      do {
        fingerprints.append(try IndexSource.fingerprint(of: file))
      } catch {
        throw .index(error)
      }
    }
    return IndexContents(
      codeSets: catalog.codeSets, analyzedCodes: analyzed, lexicon: lexicon, indexTerms: catalog.indexTerms,
      sources: fingerprints)
  }

  /// Builds the index of `sources` and writes it to `path`, replacing any index there atomically.
  /// - Parameters:
  ///   - sources: The data folder's files.
  ///   - path: The index file's path.
  ///   - replacingForeignFile: Whether a file at `path` that is not an index may be replaced: true
  ///     only for a path CodeFind chose itself (the cache), never for one the user named.
  ///   - progress: Called with a short description of each step as it starts.
  /// - Throws: ``IndexBuildError``; the file at `path` is then left as it was. A file at `path`
  ///   that is not an index is refused before any work (``IndexBuildError/notAnIndex(path:)``)
  ///   unless `replacingForeignFile` is true.
  public func build(
    _ sources: DataSources, to path: String, replacingForeignFile: Bool = false, progress: (String) -> Void = { _ in }
  ) throws(IndexBuildError) {
    if !replacingForeignFile && Self.holdsForeignFile(path) { throw .notAnIndex(path: path) }
    let contents = try contents(of: sources, progress: progress)
    progress("writing \(path)")
    do {
      try IndexWriter().write(contents, to: path)
    } catch {
      throw .index(error)
    }
  }

  /// Whether `path` holds a file that is not an index: the one rule, used by the build and by
  /// ``IndexStore``, for a user's file that an index build must not replace.
  ///
  /// A file is foreign when it is not empty and does not start with the index magic. An empty file
  /// is not foreign: replacing it loses nothing (a placeholder made with `touch` or `mktemp`). A
  /// file that starts with the magic is an index, damaged or not, and may be rebuilt.
  static func holdsForeignFile(_ path: String) -> Bool {
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    let prefix = (try? handle.read(upToCount: IndexFormat.magic.count)) ?? Data()
    return !prefix.isEmpty && !prefix.elementsEqual(IndexFormat.magic)
  }
}
