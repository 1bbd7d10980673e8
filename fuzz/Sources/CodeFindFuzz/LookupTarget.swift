import CodeFind
import Foundation

/// Fuzz targets on the shipped index, opened as every command and the server open it
/// (``IndexStore``: `CODEFIND_DATA` and `CODEFIND_INDEX` apply; built once, then mapped): lookups
/// of any query, and validation of any claims file.
enum LookupTarget {
  /// The shipped index, opened before the first input.
  private static let index: IndexReader = {
    do {
      return try IndexStore.open()
    } catch {
      fatalError("the lookup and validate targets need the shipped index: \(error)")
    }
  }()
  /// The search over the shipped index.
  private static let search = CodeSearch(index: index)
  /// The claim validator over the shipped index.
  private static let validator = ClaimValidator(index: index)

  /// Opens the index (building it if it is missing or stale) and what reads it.
  static func prepare() {
    _ = search
    _ = validator
  }

  /// Reads the input as a claims file (`codefind validate --file`) and validates each claim;
  /// checks that every claim gets one item per code, in order.
  /// - Parameter bytes: The file's UTF-8 bytes.
  static func validate(_ bytes: [UInt8]) {
    for claim in ClaimList(text: String(decoding: bytes, as: UTF8.self)).claims {
      let inputs = validator.validate(claim.codes).items.map { $0.input }
      FuzzCheck.expect(inputs == claim.codes, "items \(inputs) for \(claim.codes)")
    }
  }

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
