import CodeFind
import Foundation

/// The `--system` option of `lookup`, `suggest` and `show`: comma-separated system names, resolved against
/// the index by ``IndexReader/systemIDs(named:)``.
enum SystemOption {
  /// The systems `value` names (all when it is absent or empty).
  /// - Throws: ``CommandFailure`` naming the unknown system and the ones the index has.
  static func systemIDs(_ value: String?, in index: IndexReader) throws -> Set<CodeSystem.ID> {
    let names = (value ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    do throws(UnknownSystemError) {
      return try index.systemIDs(named: names)
    } catch {
      throw CommandFailure("--system: \(error).")
    }
  }
}
