import CodeFind
import Foundation

/// Fuzz target for lookups: any query on the shipped index, as every command and the server open
/// it (``IndexStore``: `CODEFIND_DATA` and `CODEFIND_INDEX` apply; built once, then mapped).
enum LookupTarget {
  /// The search over the shipped index, opened on the first input.
  private static let search: CodeSearch = {
    do {
      return CodeSearch(index: try IndexStore.open())
    } catch {
      fatalError("the lookup target needs the shipped index: \(error)")
    }
  }()

  /// Opens the index (building it if it is missing or stale).
  static func prepare() { _ = search }

  /// Looks the input up with options that vary with its length (limit, system filter, billable
  /// only, explanations, highlights) and checks the answer's promises: no more items than the
  /// limit, each a distinct code of the index that passes the filters, its highlights inside its
  /// title.
  /// - Parameter bytes: The query's UTF-8 bytes.
  static func run(_ bytes: [UInt8]) {
    let query = String(decoding: bytes, as: UTF8.self)
    let options = LookupOptions(
      limit: 1 + bytes.count % 40, systems: bytes.count % 5 == 0 ? [.icd10pcs] : [],
      billableOnly: bytes.count % 3 == 0, explain: bytes.count % 2 == 0, highlight: true)
    let result = search.lookup(query, options: options)
    FuzzCheck.expect(result.items.count <= options.limit, "\(result.items.count) items for a limit of \(options.limit)")
    var seen: Set<Int> = []
    for item in result.items {
      FuzzCheck.expect(seen.insert(item.ordinal).inserted, "code \(item.code) twice")
      FuzzCheck.expect(search.index.code(at: item.ordinal) != nil, "item \(item.code) has ordinal \(item.ordinal)")
      FuzzCheck.expect(options.systems.isEmpty || options.systems.contains(item.system), "item \(item.code) of \(item.system.rawValue)")
      FuzzCheck.expect(!options.billableOnly || item.isBillable, "item \(item.code) is not billable")
      FuzzCheck.expect(options.explain == (item.explanation != nil), "item \(item.code) explanation")
      let titleLength = item.title.utf16.count
      for range in item.highlights {
        FuzzCheck.expect(range.lowerBound >= 0 && range.upperBound <= titleLength, "highlight \(range) in \(item.title)")
      }
    }
  }
}
