/// The parsed header of an index file: its version, the ranges of its sections and its sources.
///
/// Parsing checks everything the reader later relies on without re-checking: the magic, the
/// version, the header checksum, that every section lies inside the file after the header, that
/// every required section is present, and that the fixed-size sections have whole records.
struct IndexHeader: Sendable {
  /// The format version of the file.
  let version: UInt32
  /// The byte range of each section, by section identifier.
  let sections: SectionTable
  /// The stored checksum of each section.
  let checksums: [IndexFormat.Section: UInt32]
  /// The files the index was built from.
  let sources: [IndexSource]

  /// Parses and checks the header of `view`, the whole file.
  /// - Parameters:
  ///   - view: The file's bytes.
  ///   - path: The file's path, for messages.
  /// - Throws: ``IndexError`` saying what is wrong.
  init(_ view: ByteView, path: String) throws(IndexError) {
    guard view.count > 0 else { throw .empty(path: path) }
    guard view.count >= IndexFormat.magic.count,
      let magic = view.slice(at: 0, count: IndexFormat.magic.count),
      magic.bytes.elementsEqual(IndexFormat.magic)
    else { throw .wrongMagic(path: path) }
    guard view.count >= IndexFormat.fixedHeaderSize,
      let version = view.uint32(at: 8), let checksum = view.uint32(at: 12), let headerLength = view.uint32(at: 16),
      let sectionCount = view.uint32(at: 20), let sourceCount = view.uint32(at: 24), let fileLength = view.uint64(at: 32)
    else { throw .truncated(path: path, size: view.count, needed: IndexFormat.fixedHeaderSize) }
    guard version <= IndexFormat.version else {
      throw .newerVersion(path: path, version: version, supported: IndexFormat.version)
    }
    guard version == IndexFormat.version else {
      throw .olderVersion(path: path, version: version, supported: IndexFormat.version)
    }
    guard Int(headerLength) <= view.count else {
      throw .truncated(path: path, size: view.count, needed: Int(headerLength))
    }
    guard UInt64(view.count) >= fileLength else {
      throw .truncated(path: path, size: view.count, needed: Int(clamping: fileLength))
    }
    guard Int(headerLength) >= IndexFormat.fixedHeaderSize + Int(sectionCount) * IndexFormat.sectionEntrySize,
      sectionCount <= 64, sourceCount <= 4096,
      let headerBytes = view.slice(at: 0, count: Int(headerLength))
    else { throw .corruptHeader(path: path, reason: "its lengths do not add up") }
    guard Self.headerChecksum(headerBytes) == checksum else { throw .corruptHeader(path: path, reason: "its checksum does not match") }

    var sections = SectionTable()
    var checksums: [IndexFormat.Section: UInt32] = [:]
    for index in 0..<Int(sectionCount) {
      let entry = IndexFormat.fixedHeaderSize + index * IndexFormat.sectionEntrySize
      guard let id = view.uint32(at: entry), let sectionChecksum = view.uint32(at: entry + 4),
        let offset = view.uint64(at: entry + 8), let length = view.uint64(at: entry + 16)
      else { throw .corruptHeader(path: path, reason: "its section table is cut short") }
      guard let section = IndexFormat.Section(rawValue: id) else { continue }
      guard offset >= UInt64(headerLength), length <= UInt64(view.count), offset <= UInt64(view.count) - length else {
        throw .badSection(path: path, section: section.description, reason: "lies outside the file (\(view.count) bytes)")
      }
      sections[section] = Int(offset)..<Int(offset + length)
      checksums[section] = sectionChecksum
    }
    for section in IndexFormat.Section.allCases where sections[section] == nil {
      throw .badSection(path: path, section: section.description, reason: "is missing")
    }
    var sources: [IndexSource] = []
    var cursor = IndexFormat.fixedHeaderSize + Int(sectionCount) * IndexFormat.sectionEntrySize
    for _ in 0..<Int(sourceCount) {
      guard let size = headerBytes.uint64(at: cursor), let time = headerBytes.uint64(at: cursor + 8),
        let sourceChecksum = headerBytes.uint32(at: cursor + 16), let length = headerBytes.uint32(at: cursor + 20),
        let name = headerBytes.string(at: cursor + 24, count: Int(length))
      else { throw .corruptHeader(path: path, reason: "its list of sources is cut short") }
      sources.append(IndexSource(path: name, size: size, modificationTime: Int64(bitPattern: time), checksum: sourceChecksum))
      cursor += 24 + Int(length)
      cursor += (IndexFormat.alignment - cursor % IndexFormat.alignment) % IndexFormat.alignment
    }
    self.version = version
    self.sections = sections
    self.checksums = checksums
    self.sources = sources
    try Self.checkRecordSections(view, sections, path: path)
  }

  /// The CRC-32C of the header bytes with the checksum field (bytes 12..<16) read as zeros.
  static func headerChecksum(_ header: ByteView) -> UInt32 {
    var crc = CRC32C()
    crc.update(UnsafeRawBufferPointer(rebasing: header.bytes[0..<12]))
    withUnsafeBytes(of: UInt32(0)) { crc.update($0) }
    crc.update(UnsafeRawBufferPointer(rebasing: header.bytes[16..<header.count]))
    return crc.value
  }

  /// Checks that the fixed-size sections hold whole records, as many as their counts say (a damaged
  /// count could otherwise send an accessor through billions of missing records).
  private static func checkRecordSections(
    _ view: ByteView, _ sections: SectionTable, path: String
  ) throws(IndexError) {
    func range(_ section: IndexFormat.Section) -> Range<Int> { sections[section] ?? 0..<0 }
    let systems = range(.systems)
    guard let systemCount = view.uint32(at: systems.lowerBound), systems.count >= 8,
      systems.count == 8 + Int(systemCount) * IndexFormat.systemRecordSize
    else { throw .badSection(path: path, section: "systems", reason: "does not hold whole system records") }
    guard range(.codes).count % IndexFormat.codeRecordSize == 0 else {
      throw .badSection(path: path, section: "code records", reason: "does not hold whole records")
    }
    let codeCount = range(.codes).count / IndexFormat.codeRecordSize
    guard range(.codeKeys).count == codeCount * 4 else {
      throw .badSection(path: path, section: "code keys", reason: "does not have one key per code")
    }
    let terms = range(.terms)
    guard terms.count >= 8, let termCount = view.uint32(at: terms.lowerBound),
      terms.count == 8 + Int(termCount) * IndexFormat.termEntrySize
    else { throw .badSection(path: path, section: "term dictionary", reason: "does not hold whole term entries") }
    guard range(.termPrefixes).count == IndexFormat.termPrefixEntries * 4 else {
      throw .badSection(path: path, section: "term prefixes", reason: "does not have one entry per prefix number")
    }
    guard range(.children).count % 4 == 0 else {
      throw .badSection(path: path, section: "children", reason: "does not hold whole ordinals")
    }
    let chapters = range(.chapters)
    guard chapters.count >= 8, let chapterCount = view.uint32(at: chapters.lowerBound),
      let sectionCount = view.uint32(at: chapters.lowerBound + 4),
      chapters.count == 8 + Int(chapterCount) * IndexFormat.chapterRecordSize + Int(sectionCount) * IndexFormat.sectionRecordSize
    else { throw .badSection(path: path, section: "chapters", reason: "does not hold whole chapter and section records") }
  }
}
