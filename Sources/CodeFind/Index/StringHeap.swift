/// The strings section under construction: UTF-8 strings stored once each, referred to by offset
/// and length.
struct StringHeap {
  /// A reference to a string of the heap.
  struct Reference: Hashable {
    var offset: UInt32
    var length: UInt32
  }

  private(set) var bytes: [UInt8] = []
  private var references: [String: Reference] = [:]

  /// Stores `string` (once) and returns where it is.
  /// - Complexity: Amortized O(*n*) in the string's length.
  mutating func reference(_ string: String) -> Reference {
    if let known = references[string] { return known }
    let reference = Reference(offset: UInt32(bytes.count), length: UInt32(string.utf8.count))
    bytes.append(contentsOf: string.utf8)
    references[string] = reference
    return reference
  }
}

extension ByteWriter {
  /// Appends a string reference as two varints (offset, length).
  mutating func append(_ reference: StringHeap.Reference) {
    appendVarint(reference.offset)
    appendVarint(reference.length)
  }
}
