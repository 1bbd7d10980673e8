/// A read-only, memory-mapped index file: codes, hierarchy, notes, the term dictionary, postings
/// and the terminology, read in place.
///
/// Opening maps the file and parses only its header and section table (see ``IndexHeader``), so it
/// takes microseconds whatever the file's size, and every process that opens the same file shares
/// its pages. Every accessor checks its offsets: a damaged file gives errors, empty results or
/// `nil`, never a crash or an out-of-bounds read. ``verify()`` checks every section's checksum.
///
/// ```swift
/// let index = try IndexReader(path: "codefind.cfidx")
/// if let ordinal = index.ordinals(forKey: "E1140").first, let code = index.code(at: ordinal) {
///   print(code.display, code.title)
/// }
/// ```
public final class IndexReader: Sendable {
  /// The path the index was opened from.
  public let path: String
  /// The code systems in the index, in code-ordinal order.
  public let systems: [IndexedSystem]
  /// The number of codes (headers included).
  public let codeCount: Int
  /// The number of distinct terms.
  public let termCount: Int
  /// The files the index was built from.
  public var sources: [IndexSource] { header.sources }
  /// The format version of the file.
  public var formatVersion: UInt32 { header.version }
  /// The size of the file in bytes.
  public var fileSize: Int { storage.count }

  let storage: any ByteStorage
  let header: IndexHeader
  /// The whole file; valid as long as `storage`, which this reader keeps, is alive.
  nonisolated(unsafe) let file: ByteView
  /// The view of each section, by raw value (empty for a section the file lacks), made once: a
  /// lookup asks for a section view a few hundred times.
  nonisolated(unsafe) private let sectionViews: [ByteView]

  /// Opens the index file at `path`.
  /// - Parameter path: The file's path.
  /// - Throws: ``IndexError`` when the file cannot be read or its header or section table is damaged.
  /// - Complexity: O(*s*) in the number of sections and sources; no section is read.
  public convenience init(path: String) throws(IndexError) {
    let file: MappedFile
    do {
      file = try MappedFile(path: path)
    } catch {
      throw .unreadable(path: path, reason: error.description)
    }
    try? file.advise(.random)
    try self.init(storage: file, path: path)
  }

  /// Opens an index held in some storage (a mapped file, or bytes in memory).
  /// - Parameters:
  ///   - storage: The index's bytes.
  ///   - path: A name for messages.
  /// - Throws: ``IndexError`` when the header or section table is damaged.
  init(storage: any ByteStorage, path: String) throws(IndexError) {
    self.storage = storage
    self.path = path
    file = ByteView(storage.stableBytes)
    header = try IndexHeader(file, path: path)
    let whole = file
    sectionViews = header.sections.mapByRawValue { range in
      range.flatMap { whole.slice(at: $0.lowerBound, count: $0.count) } ?? ByteView(UnsafeRawBufferPointer(start: nil, count: 0))
    }
    systems = IndexedSystem.decode(file, header: header)
    codeCount = (header.sections[.codes]?.count ?? 0) / IndexFormat.codeRecordSize
    termCount = ((header.sections[.terms]?.count ?? 8) - 8) / IndexFormat.termEntrySize
  }

  /// Opens the index made of `bytes` (for example ``IndexWriter/bytes(for:)``) without a file.
  /// - Parameters:
  ///   - bytes: The bytes of an index file.
  ///   - name: A name for messages.
  /// - Throws: ``IndexError`` when the header or section table is damaged.
  public convenience init(bytes: [UInt8], name: String = "in-memory index") throws(IndexError) {
    try self.init(storage: InMemoryStorage(bytes), path: name)
  }

  /// Checks the checksum of every section.
  /// - Throws: ``IndexError/checksumMismatch(path:section:)`` naming the first damaged section.
  /// - Complexity: O(*n*) in the size of the file.
  public func verify() throws(IndexError) {
    for section in IndexFormat.Section.allCases where header.sections[section] != nil {
      guard isIntact(section) else { throw .checksumMismatch(path: path, section: section.description) }
    }
  }

  /// Whether a section's bytes match their checksum (`false` when the file lacks the section).
  /// - Complexity: O(*n*) in the size of the section.
  func isIntact(_ section: IndexFormat.Section) -> Bool {
    header.sections[section] != nil && CRC32C.checksum(view(section).bytes) == header.checksums[section]
  }

  /// The names and sizes of the sections, in file order.
  public var sectionSizes: [(name: String, bytes: Int)] {
    header.sections.inFileOrder.map { ($0.section.description, $0.range.count) }
  }

  /// A bounds-checked view of one section (empty when the file lacks it).
  @inline(__always)
  func view(_ section: IndexFormat.Section) -> ByteView {
    sectionViews[Int(section.rawValue)]
  }

  /// Runs `body` with a bounds-checked view of one section.
  @inline(__always)
  func withSection<Result>(_ section: IndexFormat.Section, _ body: (ByteView) -> Result) -> Result {
    body(view(section))
  }

  /// Runs `body` with views of one section and of the strings section.
  @inline(__always)
  func withSection<Result>(_ section: IndexFormat.Section, strings body: (ByteView, ByteView) -> Result) -> Result {
    body(view(section), view(.strings))
  }
}

/// A code system as an index records it, with its counts.
public struct IndexedSystem: Sendable, Hashable {
  /// The system and release.
  public var system: CodeSystem
  /// The ordinals of the system's codes.
  public var ordinals: Range<Int>
  /// The number of billable codes.
  public var billableCount: Int
  /// The number of headers.
  public var headerCount: Int
  /// The indexes of the system's chapters in the index's chapter table.
  public var chapters: Range<Int>

  static func decode(_ file: ByteView, header: IndexHeader) -> [IndexedSystem] {
    guard let range = header.sections[.systems], let section = file.slice(at: range.lowerBound, count: range.count),
      let strings = header.sections[.strings].flatMap({ file.slice(at: $0.lowerBound, count: $0.count) }),
      let count = section.uint32(at: 0)
    else { return [] }
    // Ranges past the code records or the chapter table are damage: left unchecked, a damaged count
    // would make `codeSets()` walk four billion ordinals.
    let codeCount = (header.sections[.codes]?.count ?? 0) / IndexFormat.codeRecordSize
    let chapterTotal = header.sections[.chapters].flatMap { file.uint32(at: $0.lowerBound) }.map(Int.init) ?? 0
    return (0..<Int(count)).compactMap { index in
      let base = 8 + index * IndexFormat.systemRecordSize
      guard let idOffset = section.uint32(at: base), let nameOffset = section.uint32(at: base + 4),
        let versionOffset = section.uint32(at: base + 8), let idLength = section.uint16(at: base + 12),
        let nameLength = section.uint16(at: base + 14), let versionLength = section.uint16(at: base + 16),
        let start = section.uint32(at: base + 20), let codes = section.uint32(at: base + 24),
        let billable = section.uint32(at: base + 28), let headers = section.uint32(at: base + 32),
        let chapterStart = section.uint32(at: base + 36), let chapterCount = section.uint32(at: base + 40),
        let id = strings.string(at: Int(idOffset), count: Int(idLength)),
        let name = strings.string(at: Int(nameOffset), count: Int(nameLength)),
        let version = strings.string(at: Int(versionOffset), count: Int(versionLength)),
        Int(start) + Int(codes) <= codeCount, Int(chapterStart) + Int(chapterCount) <= chapterTotal
      else { return nil }
      return IndexedSystem(
        system: CodeSystem(id: CodeSystem.ID(id), name: name, version: version),
        ordinals: Int(start)..<(Int(start) + Int(codes)), billableCount: Int(billable), headerCount: Int(headers),
        chapters: Int(chapterStart)..<(Int(chapterStart) + Int(chapterCount)))
    }
  }
}
