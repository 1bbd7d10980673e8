/// One code as the index stores it: identity, title, billable status and place in the hierarchy.
public struct IndexedCode: Sendable, Hashable {
  /// The code's ordinal in the index (its position in code order across all systems).
  public var ordinal: Int
  /// The code's system.
  public var system: CodeSystem.ID
  /// The canonical key (`E1140`).
  public var key: String
  /// The display form (`E11.40`).
  public var display: String
  /// The official title.
  public var title: String
  /// Whether the code may be reported as it is.
  public var isBillable: Bool
  /// Whether the code has children.
  public var isHeader: Bool
  /// The depth in the hierarchy, from 1.
  public var depth: Int
  /// The parent's ordinal.
  public var parent: Int?
  /// The number of children.
  public var childCount: Int
  /// The number of tokens of the title.
  public var titleTokenCount: Int
}

extension IndexReader {
  /// The record fields, as byte offsets within a code record (see `FORMAT.md`).
  enum CodeField {
    static let system = 0, flags = 1, titleTokens = 2, keyLength = 3, keyOffset = 4, titleOffset = 8
    static let titleLength = 12, childCount = 14, parent = 16, childStart = 20
    static let sevenths = 24, notes = 28, forward = 32, chapter = 36, section = 38
  }

  /// The code at an ordinal.
  /// - Parameter ordinal: A code ordinal, `0..<codeCount`.
  /// - Returns: The code, or `nil` for an ordinal out of range or a damaged record.
  /// - Complexity: O(*k*) in the length of the key and title.
  public func code(at ordinal: Int) -> IndexedCode? {
    guard ordinal >= 0, ordinal < codeCount else { return nil }
    let systems = systems
    let codeCount = codeCount
    return withSection(.codes) { records, strings in
      let base = ordinal * IndexFormat.codeRecordSize
      guard let systemIndex = records.uint8(at: base), Int(systemIndex) < systems.count,
        let flags = records.uint8(at: base + CodeField.flags),
        let titleTokens = records.uint8(at: base + CodeField.titleTokens),
        let keyLength = records.uint8(at: base + CodeField.keyLength),
        let keyOffset = records.uint32(at: base + CodeField.keyOffset),
        let titleSpan = Self.titleSpan(records, base),
        let childCount = records.uint16(at: base + CodeField.childCount),
        let parent = records.uint32(at: base + CodeField.parent),
        // A key is canonical (ASCII capitals and digits); anything else is damage, and would make
        // `CodeKey.display` index past the end of a short string of multi-byte characters.
        let keyBytes = strings.slice(at: Int(keyOffset), count: Int(keyLength)),
        keyBytes.bytes.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }),
        let key = keyBytes.string(at: 0, count: keyBytes.count)
      else { return nil }
      let parentOrdinal = parent == IndexFormat.none || Int(parent) >= codeCount ? nil : Int(parent)
      let title: String?
      if flags & IndexFormat.titleExtendsParentFlag != 0 {
        // The parent of an extended title never extends its own parent's.
        guard let parentOrdinal, parentOrdinal != ordinal,
          let parentFlags = records.uint8(at: parentOrdinal * IndexFormat.codeRecordSize + CodeField.flags),
          parentFlags & IndexFormat.titleExtendsParentFlag == 0,
          let parentSpan = Self.titleSpan(records, parentOrdinal * IndexFormat.codeRecordSize)
        else { return nil }
        title = strings.string(joining: parentSpan, ", ", titleSpan)
      } else {
        title = strings.string(at: titleSpan.offset, count: titleSpan.count)
      }
      guard let title else { return nil }
      let system = systems[Int(systemIndex)].system.id
      return IndexedCode(
        ordinal: ordinal, system: system, key: key, display: CodeKey.display(key, in: system), title: title,
        isBillable: flags & IndexFormat.billableFlag != 0, isHeader: flags & IndexFormat.headerFlag != 0,
        depth: Int(flags >> IndexFormat.depthShift), parent: parentOrdinal, childCount: Int(childCount),
        titleTokenCount: Int(titleTokens))
    }
  }

  /// The offset and length of the title a code record stores, or `nil` when damaged.
  private static func titleSpan(_ records: ByteView, _ base: Int) -> (offset: Int, count: Int)? {
    guard let offset = records.uint32(at: base + CodeField.titleOffset),
      let length = records.uint16(at: base + CodeField.titleLength)
    else { return nil }
    return (Int(offset), Int(length))
  }

  /// Reads a 32-bit field of a code record, or `nil` when absent or damaged.
  func codeField(_ ordinal: Int, _ field: Int) -> UInt32? {
    guard ordinal >= 0, ordinal < codeCount else { return nil }
    return withSection(.codes) { records in
      records.uint32(at: ordinal * IndexFormat.codeRecordSize + field).flatMap { $0 == IndexFormat.none ? nil : $0 }
    }
  }

  /// The ordinals of a code's children, in code order.
  /// - Parameter ordinal: A code ordinal.
  /// - Returns: The children's ordinals; empty for a leaf, an ordinal out of range or damaged data.
  public func children(of ordinal: Int) -> [Int] {
    guard let start = codeField(ordinal, CodeField.childStart),
      let count = withSection(.codes, { $0.uint16(at: ordinal * IndexFormat.codeRecordSize + CodeField.childCount) })
    else { return [] }
    let codeCount = codeCount
    return withSection(.children) { children in
      (0..<Int(count)).compactMap { index in
        children.uint32(at: (Int(start) + index) * 4).flatMap { Int($0) < codeCount ? Int($0) : nil }
      }
    }
  }

  /// The ordinals of the codes whose canonical key is exactly `key`, one per system that has it.
  /// - Parameter key: A canonical key (``CodeKey/canonical(_:)``).
  /// - Complexity: O(log *n*).
  public func ordinals(forKey key: String) -> [Int] {
    let range = sortedKeyRange(key, prefix: false)
    return range.compactMap(ordinal(atSortedKeyPosition:))
  }

  /// The positions, in key order, of the codes whose canonical key starts with `prefix`.
  /// - Parameter prefix: The start of a canonical key.
  /// - Returns: A range of positions for ``ordinal(atSortedKeyPosition:)``.
  /// - Complexity: O(log *n*).
  public func keyPositions(withPrefix prefix: String) -> Range<Int> {
    sortedKeyRange(prefix, prefix: true)
  }

  /// The code ordinal at a position of the key order.
  /// - Parameter position: A position in `0..<codeCount`.
  public func ordinal(atSortedKeyPosition position: Int) -> Int? {
    guard position >= 0, position < codeCount else { return nil }
    let codeCount = codeCount
    return withSection(.codeKeys) { keys in keys.uint32(at: position * 4).flatMap { Int($0) < codeCount ? Int($0) : nil } }
  }

  private func sortedKeyRange(_ key: String, prefix: Bool) -> Range<Int> {
    let target = Array(key.utf8)
    let keys = view(.codeKeys), records = view(.codes), strings = view(.strings)
    let count = codeCount
    do {
      return target.withUnsafeBytes { targetBytes in
        let wanted = ByteView(targetBytes)
        /// Orders the key at `position` against the target: negative when it sorts before.
        func order(_ position: Int) -> Int {
          guard let ordinal = keys.uint32(at: position * 4), Int(ordinal) < count else { return 1 }
          let base = Int(ordinal) * IndexFormat.codeRecordSize
          guard let length = records.uint8(at: base + CodeField.keyLength),
            let offset = records.uint32(at: base + CodeField.keyOffset),
            let key = strings.slice(at: Int(offset), count: Int(length))
          else { return 1 }
          return prefix ? key.compare(startingWith: wanted) : key.compare(wanted)
        }
        return SortedRange.equal(count: count, order: order)
      }
    }
  }

  /// The notes written on a code itself.
  /// - Parameter ordinal: A code ordinal.
  /// - Returns: The notes; empty when there are none or the data is damaged.
  public func notes(of ordinal: Int) -> TabularNotes {
    codeField(ordinal, CodeField.notes).map { notes(at: Int($0)) } ?? TabularNotes()
  }

  /// Decodes the notes at an offset of the notes section.
  func notes(at offset: Int) -> TabularNotes {
    withSection(.notes) { section, strings in
      var notes = TabularNotes()
      var cursor = offset
      var budget = strings.count
      let kinds = NoteKind.allCases
      guard let count = section.varint(at: &cursor) else { return notes }
      for _ in 0..<Int(count) {
        guard let kind = section.uint8(at: cursor), Int(kind) < kinds.count else { break }
        cursor += 1
        guard let text = section.string(reference: &cursor, in: strings, budget: &budget) else { break }
        notes.append(text, as: kinds[Int(kind)])
      }
      return notes
    }
  }

  /// The 7th-character definitions declared on a code itself.
  /// - Parameter ordinal: A code ordinal.
  public func seventhCharacters(of ordinal: Int) -> [SeventhCharacter] {
    guard let offset = codeField(ordinal, CodeField.sevenths) else { return [] }
    return withSection(.seventhCharacters) { section, strings in
      var cursor = Int(offset)
      var budget = strings.count
      guard let count = section.varint(at: &cursor) else { return [] }
      var result: [SeventhCharacter] = []
      for _ in 0..<Int(count) {
        guard let character = section.string(reference: &cursor, in: strings, budget: &budget), let first = character.first,
          let meaning = section.string(reference: &cursor, in: strings, budget: &budget)
        else { break }
        result.append(SeventhCharacter(character: first, meaning: meaning))
      }
      return result
    }
  }
}

extension ByteView {
  /// Reads a string reference (two varints: offset and length into `strings`) at `cursor`,
  /// advancing it.
  /// - Returns: The string, or `nil` when the reference or the string is damaged.
  func string(reference cursor: inout Int, in strings: ByteView) -> String? {
    guard let offset = varint(at: &cursor), let length = varint(at: &cursor) else { return nil }
    return strings.string(at: Int(offset), count: Int(length))
  }

  /// Reads a string reference like ``string(reference:in:)``, counting its length against
  /// `budget`, for streams read without checking their checksum: once a damaged varint puts a
  /// stream out of step, every reference can name megabytes of the heap. A caller that starts with
  /// one heap's worth decodes every real record (no record's strings add up to the whole heap) and
  /// never allocates more than that for a damaged one.
  /// - Returns: The string, or `nil` when the reference or the string is damaged or the budget spent.
  func string(reference cursor: inout Int, in strings: ByteView, budget: inout Int) -> String? {
    var probe = cursor
    guard varint(at: &probe) != nil, let length = varint(at: &probe), Int(length) <= budget else { return nil }
    budget -= Int(length)
    return string(reference: &cursor, in: strings)
  }
}

/// What ranking and filtering need of a code, read without decoding any string.
public struct CodeSummary: Sendable, Hashable {
  /// The index of the code's system in ``IndexReader/systems``.
  public var systemIndex: Int
  /// Whether the code may be reported as it is.
  public var isBillable: Bool
  /// Whether the code has children.
  public var isHeader: Bool
  /// The number of tokens of the title.
  public var titleTokenCount: Int
  /// The number of children.
  public var childCount: Int
}

extension IndexReader {
  /// The summary of the code at an ordinal, or `nil` when out of range or damaged.
  /// - Parameter ordinal: A code ordinal.
  /// - Complexity: O(1).
  public func summary(at ordinal: Int) -> CodeSummary? {
    guard ordinal >= 0, ordinal < codeCount else { return nil }
    let systemCount = systems.count
    return withSection(.codes) { records in
      let base = ordinal * IndexFormat.codeRecordSize
      guard let system = records.uint8(at: base), Int(system) < systemCount,
        let flags = records.uint8(at: base + CodeField.flags), let tokens = records.uint8(at: base + CodeField.titleTokens),
        let children = records.uint16(at: base + CodeField.childCount)
      else { return nil }
      return CodeSummary(
        systemIndex: Int(system), isBillable: flags & IndexFormat.billableFlag != 0,
        isHeader: flags & IndexFormat.headerFlag != 0, titleTokenCount: Int(tokens), childCount: Int(children))
    }
  }
}
