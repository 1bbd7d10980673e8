/// Puts the header, the section table, the source list and the sections together into the bytes
/// of an index file, with every checksum filled in.
struct IndexFileAssembly {
  /// The sections, in file order.
  var sections: [(IndexFormat.Section, [UInt8])]
  /// The files the index was built from.
  var sources: [IndexSource]

  /// The file's bytes.
  func bytes() -> [UInt8] {
    var header = ByteWriter()
    header.append(contentsOf: IndexFormat.magic)
    header.append(IndexFormat.version)
    header.append(UInt32(0))  // header checksum, patched below
    header.append(UInt32(0))  // header length, patched below
    header.append(UInt32(sections.count))
    header.append(UInt32(sources.count))
    header.append(UInt32(0))
    header.append(UInt64(0))  // file length, patched below
    let tableStart = header.count
    for _ in sections { header.append(contentsOf: repeatElement(0, count: IndexFormat.sectionEntrySize)) }
    for source in sources {
      header.append(source.size)
      header.append(UInt64(bitPattern: source.modificationTime))
      header.append(source.checksum)
      header.append(UInt32(source.path.utf8.count))
      header.append(contentsOf: source.path.utf8)
      header.pad(toMultipleOf: IndexFormat.alignment)
    }
    header.pad(toMultipleOf: IndexFormat.alignment)
    let headerLength = header.count

    var offset = headerLength
    var table = ByteWriter()
    for (section, bytes) in sections {
      table.append(section.rawValue)
      table.append(CRC32C.checksum(bytes))
      table.append(UInt64(offset))
      table.append(UInt64(bytes.count))
      table.append(UInt64(0))
      offset += bytes.count
      offset += (IndexFormat.alignment - offset % IndexFormat.alignment) % IndexFormat.alignment
    }
    var file = header.bytes
    file.replaceSubrange(tableStart..<(tableStart + table.count), with: table.bytes)
    var patched = ByteWriter()
    patched.append(contentsOf: file)
    patched.set(UInt32(headerLength), at: 16)
    patched.set(UInt64(offset), at: 32)
    patched.set(CRC32C.checksum(patched.bytes), at: 12)
    patched.reserve(offset - headerLength)
    for (_, bytes) in sections {
      patched.append(contentsOf: bytes)
      patched.pad(toMultipleOf: IndexFormat.alignment)
    }
    return patched.bytes
  }
}
