/// A file an index was built from, as the index records it: enough to tell, without reading the
/// file again, whether it changed since.
public struct IndexSource: Sendable, Hashable, Codable {
  /// The file's path when the index was built.
  public var path: String
  /// Its size in bytes.
  public var size: UInt64
  /// Its modification time, in nanoseconds since 1970.
  public var modificationTime: Int64
  /// The CRC-32C of its bytes.
  public var checksum: UInt32

  /// Creates a source record.
  /// - Parameters:
  ///   - path: The file's path.
  ///   - size: Its size.
  ///   - modificationTime: Its modification time in nanoseconds since 1970.
  ///   - checksum: The CRC-32C of its bytes.
  public init(path: String, size: UInt64, modificationTime: Int64, checksum: UInt32) {
    self.path = path
    self.size = size
    self.modificationTime = modificationTime
    self.checksum = checksum
  }
}
