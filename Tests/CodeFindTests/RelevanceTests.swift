import Foundation
import Testing

@testable import CodeFind

/// Relevance does not regress: every query of the relevance suite (`benchmarks/relevance/queries.tsv`)
/// is looked up in the shipped index, and each kind's Recall@1, Recall@10 and MRR must stay at or
/// above the floors in `benchmarks/relevance/floors.tsv`.
///
/// The figures are computed exactly as `benchmarks/relevance/metrics.py` computes them: a result is
/// a hit when its code, upper-cased and without its dot, is one of the query's acceptable codes; the
/// rank is the first hit's among the top 10; Recall@k is the share of queries with a hit at rank k or
/// better; MRR is the mean of 1/rank (0 without a hit). Queries are looked up exactly as written
/// (a trailing space means "last word complete").
@Suite("Relevance")
struct RelevanceTests {
  @Test("each kind of query stays at or above its Recall@1, Recall@10 and MRR floors")
  func kindsStayAboveTheirFloors() throws {
    let suite = try #require(RelevanceSuite.locate(), Comment(rawValue: RelevanceSuite.notFoundMessage))
    let queries = try RelevanceSuite.queries(at: suite.queries)
    let floors = try RelevanceSuite.floors(at: suite.floors)
    #expect(!queries.isEmpty, "no queries in \(suite.queries)")

    let search = CodeSearch(index: ShippedIndex.reader)
    let outcomes = queries.map { query in
      let codes = search.lookup(query.text, options: LookupOptions(limit: RelevanceSuite.topK)).items.map(\.code)
      return RelevanceSuite.Outcome(query: query, top: codes, rank: RelevanceSuite.firstHitRank(codes, query.keys))
    }

    let kinds = RelevanceSuite.kinds.filter { kind in queries.contains { $0.kind == kind } }
    for kind in kinds where floors[kind] == nil {
      Issue.record("floors.tsv has no floors for the kind '\(kind)': add its figures (rounded down to 2 decimals)")
    }
    for kind in RelevanceSuite.kinds {
      guard let floor = floors[kind] else { continue }
      let ofKind = outcomes.filter { $0.query.kind == kind }
      guard !ofKind.isEmpty else {
        Issue.record("floors.tsv names the kind '\(kind)', which has no queries in queries.tsv")
        continue
      }
      let figures = RelevanceSuite.Figures(ofKind)
      print(
        "relevance \(kind): \(ofKind.count) queries, recall@1 \(String(format: "%.3f", figures.recallAt1)), "
          + "recall@10 \(String(format: "%.3f", figures.recallAt10)), mrr \(String(format: "%.3f", figures.mrr))")
      for (metric, value, minimum) in [
        ("recall@1", figures.recallAt1, floor.recallAt1), ("recall@10", figures.recallAt10, floor.recallAt10),
        ("mrr", figures.mrr, floor.mrr),
      ] {
        if value + 1e-9 < minimum {
          Issue.record(
            Comment(
              rawValue: """
                relevance of '\(kind)' queries fell below its floor: \(metric) \(String(format: "%.3f", value)) \
                < floor \(String(format: "%.2f", minimum)) (\(ofKind.count) queries)
                \(RelevanceSuite.misses(ofKind, metric: metric))
                """))
        } else if (value * 100).rounded(.down) / 100 > minimum + 1e-9 {
          print(
            "relevance of '\(kind)' rose: \(metric) \(String(format: "%.3f", value)) above floor "
              + "\(String(format: "%.2f", minimum)): raise it in benchmarks/relevance/floors.tsv")
        }
      }
    }
  }
}

/// The relevance suite's files, parsed the way `metrics.py` parses them.
enum RelevanceSuite {
  /// The query kinds, in the order `metrics.py` lists them.
  static let kinds = [
    "abbreviation", "lay", "shorthand", "eponym", "misspelling", "specific", "code", "pcs", "general",
  ]
  /// How many results count (Recall@10, MRR cut at 10).
  static let topK = 10

  struct Query {
    var kind: String
    /// The query exactly as written in the file.
    var text: String
    /// The acceptable codes as written.
    var acceptable: [String]
    /// Their canonical keys (upper case, no dot).
    var keys: Set<String>
    var line: Int
  }

  struct Floor {
    var recallAt1: Double
    var recallAt10: Double
    var mrr: Double
  }

  struct Outcome {
    var query: Query
    var top: [String]
    /// The 1-based rank of the first acceptable code among the top 10, if any.
    var rank: Int?
  }

  /// Recall@1, Recall@10 and MRR of a set of outcomes.
  struct Figures {
    var recallAt1: Double
    var recallAt10: Double
    var mrr: Double

    init(_ outcomes: [Outcome]) {
      let n = Double(max(outcomes.count, 1))
      recallAt1 = Double(outcomes.filter { $0.rank == 1 }.count) / n
      recallAt10 = Double(outcomes.filter { $0.rank != nil }.count) / n
      mrr = outcomes.reduce(0.0) { $0 + ($1.rank.map { 1.0 / Double($0) } ?? 0) } / n
    }
  }

  /// The paths of the query and floor files.
  struct Files {
    var queries: String
    var floors: String
  }

  /// The folders looked in for `benchmarks/relevance`: beside the data folder `DataDirectory.locate()`
  /// finds (its parent is the repository), then the checkout this file was compiled in.
  static var candidateRoots: [String] {
    var roots: [String] = []
    if let data = try? DataDirectory.locate() {
      roots.append(URL(fileURLWithPath: data.path).deletingLastPathComponent().standardized.path)
    }
    let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().standardized.path
    if !roots.contains(checkout) { roots.append(checkout) }
    return roots
  }

  static func locate() -> Files? {
    for root in candidateRoots {
      let folder = (root as NSString).appendingPathComponent("benchmarks/relevance")
      let files = Files(
        queries: (folder as NSString).appendingPathComponent("queries.tsv"),
        floors: (folder as NSString).appendingPathComponent("floors.tsv"))
      if FileManager.default.fileExists(atPath: files.queries) && FileManager.default.fileExists(atPath: files.floors) {
        return files
      }
    }
    return nil
  }

  static var notFoundMessage: String {
    "the relevance suite (benchmarks/relevance/queries.tsv and floors.tsv) is missing; looked beside the data "
      + "folder and in the checkout: "
      + candidateRoots.map { ($0 as NSString).appendingPathComponent("benchmarks/relevance") }.joined(separator: ", ")
  }

  /// The key codes are compared by: upper case, no dot, no surrounding space.
  static func canonical(_ code: String) -> String {
    code.trimmingCharacters(in: .whitespaces).uppercased().replacingOccurrences(of: ".", with: "")
  }

  static func firstHitRank(_ codes: [String], _ keys: Set<String>) -> Int? {
    codes.prefix(topK).firstIndex { keys.contains(canonical($0)) }.map { $0 + 1 }
  }

  /// The lines of a file without their line ends, numbered from 1.
  private static func lines(of path: String) throws -> [(number: Int, text: String)] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
      (index + 1, line.hasSuffix("\r") ? String(line.dropLast()) : String(line))
    }
  }

  private static func isBlankOrComment(_ line: String) -> Bool {
    line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#")
  }

  /// Reads queries.tsv: `#` comment lines, a header line, then `kind<TAB>query<TAB>codes[<TAB>note]`.
  static func queries(at path: String) throws -> [Query] {
    var queries: [Query] = []
    var headerSeen = false
    for (number, line) in try lines(of: path) where !isBlankOrComment(line) {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      let trimmed = fields.map { $0.trimmingCharacters(in: .whitespaces) }
      if !headerSeen {
        guard trimmed.prefix(3).map({ $0.lowercased() }) == ["kind", "query", "acceptable"] else {
          throw SuiteError("\(path):\(number): expected the header 'kind<TAB>query<TAB>acceptable<TAB>note'")
        }
        headerSeen = true
        continue
      }
      guard (3...4).contains(fields.count) else {
        throw SuiteError("\(path):\(number): expected 3 or 4 tab-separated fields, found \(fields.count)")
      }
      guard kinds.contains(trimmed[0]) else { throw SuiteError("\(path):\(number): unknown kind '\(trimmed[0])'") }
      guard !trimmed[1].isEmpty else { throw SuiteError("\(path):\(number): empty query") }
      let acceptable = trimmed[2].split(whereSeparator: \.isWhitespace).map(String.init)
      guard !acceptable.isEmpty else { throw SuiteError("\(path):\(number): no acceptable codes") }
      queries.append(
        Query(kind: trimmed[0], text: fields[1], acceptable: acceptable, keys: Set(acceptable.map(canonical)), line: number))
    }
    guard headerSeen else { throw SuiteError("\(path): no header line") }
    return queries
  }

  /// Reads floors.tsv: `#` comment lines, an optional `kind` header, then `kind<TAB>r@1<TAB>r@10<TAB>mrr`.
  static func floors(at path: String) throws -> [String: Floor] {
    var floors: [String: Floor] = [:]
    for (number, line) in try lines(of: path) where !isBlankOrComment(line) {
      let fields = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
      if fields.first == "kind" { continue }
      guard fields.count == 4, let r1 = Double(fields[1]), let r10 = Double(fields[2]), let mrr = Double(fields[3]) else {
        throw SuiteError("\(path):\(number): expected 'kind<TAB>recall@1<TAB>recall@10<TAB>mrr' with numbers")
      }
      guard kinds.contains(fields[0]) else { throw SuiteError("\(path):\(number): unknown kind '\(fields[0])'") }
      guard floors[fields[0]] == nil else { throw SuiteError("\(path):\(number): a second line for '\(fields[0])'") }
      floors[fields[0]] = Floor(recallAt1: r1, recallAt10: r10, mrr: mrr)
    }
    return floors
  }

  /// Up to 10 of a kind's misses for a failure message: queries without an acceptable code in the
  /// top 10, then (for Recall@1 and MRR) queries whose first hit is below rank 1.
  static func misses(_ outcomes: [Outcome], metric: String) -> String {
    var listed = outcomes.filter { $0.rank == nil }
    if metric != "recall@10" {
      listed += outcomes.filter { ($0.rank ?? 1) > 1 }.sorted { ($0.rank ?? 0) > ($1.rank ?? 0) }
    }
    guard !listed.isEmpty else { return "no misses" }
    let what =
      metric == "recall@10"
      ? "\(listed.count) queries with no acceptable code in the top \(topK)"
      : "\(outcomes.filter { $0.rank != 1 }.count) queries without an acceptable code first"
    let lines = listed.prefix(10).map { outcome in
      let got = outcome.top.prefix(3).joined(separator: ", ")
      let rank = outcome.rank.map { "first hit at rank \($0)" } ?? "no hit in the top \(topK)"
      return "  line \(outcome.query.line): '\(outcome.query.text)' wants \(outcome.query.acceptable.joined(separator: " ")); "
        + "\(rank); top 3: \(got.isEmpty ? "(nothing)" : got)"
    }
    return "\(what); the first \(lines.count):\n" + lines.joined(separator: "\n")
  }

  struct SuiteError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }
}
