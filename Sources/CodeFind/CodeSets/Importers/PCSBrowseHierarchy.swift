/// Builds the ICD-10-PCS browse hierarchy: a non-billable header for every leading 1 to 6 characters
/// of the codes (section, body system, root operation, body part, approach, device), each placed just
/// before its first descendant, with the codes themselves as the leaves under their 6-character
/// prefix.
///
/// A header's title is, in order of preference: the axis table's title for its prefix; the longest
/// run of whole words that every code beneath it starts its title with, less a trailing comma, dash
/// or connecting word ("of", "with", "to" …), so that `0DTJ` is "Resection of Appendix" and `0DT`
/// "Resection"; or "ICD-10-PCS" and the prefix.
struct PCSBrowseHierarchy {
  /// One code of the list: its canonical key and the UTF-8 bytes of its title.
  struct Entry {
    /// The 7-character canonical key (`0DTJ4ZZ`).
    let key: ArraySlice<UInt8>
    /// The official title's bytes.
    let title: ArraySlice<UInt8>

    /// The key's bytes packed into one integer, a cheap dictionary key.
    var packedKey: UInt64 { PCSBrowseHierarchy.packed(key) }
  }

  /// Up to eight non-zero bytes packed into one integer; different byte strings pack differently.
  /// - Parameter bytes: ASCII characters of a code or code prefix.
  static func packed(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    bytes.prefix(8).reduce(0) { $0 << 8 | UInt64($1) }
  }

  /// Titles the table supplies for prefixes.
  let axisTitles: PCSAxisTitles?

  /// A header or code while the hierarchy is being built.
  private struct Node {
    let key: String
    var children: [String] = []
    /// The first descendant's title: the common leading words are a prefix of it.
    let firstTitle: ArraySlice<UInt8>
    /// The byte length of the words every descendant's title starts with.
    var commonLength: Int
    let isCode: Bool
  }

  /// The headers and codes, in code order, each header before its first descendant.
  /// - Parameter entries: The codes in the file's order, with unique keys of 7 characters.
  /// - Returns: Every header and code with parent, children and depth set.
  /// - Complexity: O(*n* · *w*) for *n* codes with titles of *w* bytes.
  func codes(for entries: [Entry]) -> [Code] {
    var nodes: [Node] = []
    nodes.reserveCapacity(entries.count * 2 + entries.count / 2)
    var headers: [UInt64: Int] = [:]
    headers.reserveCapacity(entries.count * 3 / 2)
    var path: [Int] = []
    var previousKey: ArraySlice<UInt8> = []
    for entry in entries {
      let shared = zip(entry.key, previousKey).prefix { $0 == $1 }.count
      path.removeLast(max(0, path.count - min(shared, 6)))
      for index in path {
        nodes[index].commonLength = Self.commonWords(nodes[index].firstTitle, nodes[index].commonLength, entry.title)
      }
      for length in (path.count + 1)..<7 {
        let prefixBytes = entry.key.prefix(length)
        if let existing = headers[Self.packed(prefixBytes)] {
          nodes[existing].commonLength = Self.commonWords(
            nodes[existing].firstTitle, nodes[existing].commonLength, entry.title)
          path.append(existing)
          continue
        }
        let prefix = String(decoding: prefixBytes, as: UTF8.self)
        if let parent = path.last { nodes[parent].children.append(prefix) }
        headers[Self.packed(prefixBytes)] = nodes.count
        path.append(nodes.count)
        nodes.append(Node(key: prefix, firstTitle: entry.title, commonLength: entry.title.count, isCode: false))
      }
      let key = String(decoding: entry.key, as: UTF8.self)
      nodes[path[5]].children.append(key)
      nodes.append(Node(key: key, firstTitle: entry.title, commonLength: entry.title.count, isCode: true))
      previousKey = entry.key
    }
    return nodes.map(code(for:))
  }

  /// The finished code of a node.
  private func code(for node: Node) -> Code {
    let depth = node.key.utf8.count
    let parent = depth > 1 ? String(node.key.prefix(depth - 1)) : nil
    guard !node.isCode else {
      return Code(
        system: .icd10pcs, key: node.key, display: node.key, title: String(decoding: node.firstTitle, as: UTF8.self),
        isBillable: true, parent: parent, depth: depth)
    }
    let title =
      axisTitles?[node.key]
      ?? Self.trimmed(node.firstTitle.prefix(node.commonLength))
      ?? "ICD-10-PCS \(node.key)"
    return Code(
      system: .icd10pcs, key: node.key, display: node.key, title: title, isBillable: false, parent: parent,
      children: node.children, depth: depth)
  }

  /// Whether a word ends at `offset` of `title`: the title ends there, or a space or comma follows.
  private static func isWordEnd(_ title: ArraySlice<UInt8>, _ offset: Int) -> Bool {
    guard offset < title.count else { return true }
    let byte = title[title.startIndex + offset]
    return byte == UInt8(ascii: " ") || byte == UInt8(ascii: ",")
  }

  /// The byte length of the whole words that `reference`'s first `length` bytes (themselves whole
  /// words) share with `title`.
  private static func commonWords(_ reference: ArraySlice<UInt8>, _ length: Int, _ title: ArraySlice<UInt8>) -> Int {
    var matched = 0
    let limit = min(length, title.count)
    while matched < limit, reference[reference.startIndex + matched] == title[title.startIndex + matched] {
      matched += 1
    }
    if isWordEnd(reference, matched) && isWordEnd(title, matched) { return matched }
    var end = matched - 1
    while end > 0, !isWordEnd(reference, end) { end -= 1 }
    return max(end, 0)
  }

  /// Words that may end a shared run of title words but not a header's title.
  private static let danglingWords: [[UInt8]] = [
    "of", "with", "to", "and", "or", "from", "into", "in", "on", "using", "for", "by", "-",
  ].map { Array($0.utf8) }

  /// A shared run of title words made into a title: trailing commas, spaces and dangling words
  /// removed; `nil` when nothing is left.
  private static func trimmed(_ words: ArraySlice<UInt8>) -> String? {
    let space = UInt8(ascii: " ")
    var end = words.endIndex
    while true {
      while end > words.startIndex, words[end - 1] == space || words[end - 1] == UInt8(ascii: ",") { end -= 1 }
      var start = end
      while start > words.startIndex, words[start - 1] != space { start -= 1 }
      let last = words[start..<end]
      guard !last.isEmpty, danglingWords.contains(where: { $0.elementsEqual(last) }) else { break }
      end = start
    }
    return end > words.startIndex ? String(decoding: words[..<end], as: UTF8.self) : nil
  }
}
