import Foundation
import Testing

@testable import CodeFind

/// Suggestion quality does not regress: every note of the suggestion benchmark
/// (`benchmarks/suggest/notes.jsonl`) is suggested for over the shipped index, and precision, recall,
/// F1 and negation accuracy of each split must stay at or above `benchmarks/suggest/floors.tsv`.
///
/// The figures are computed exactly as `benchmarks/suggest/evaluate.py` computes them: the reported
/// codes (default options, limit 100) against each note's gold entries (a gold entry may list
/// alternatives: any one matches it, once); a reported code matching no gold entry is a false
/// positive; negation accuracy is the share of each note's denied codes listed as negated when
/// negated items are included.
@Suite("Suggest benchmark")
struct SuggestBenchmarkTests {
  @Test("each split stays at or above its precision, recall, F1 and negation-accuracy floors")
  func splitsStayAboveTheirFloors() throws {
    let files = try #require(SuggestSuite.locate(), Comment(rawValue: SuggestSuite.notFoundMessage))
    let notes = try SuggestSuite.notes(at: files.notes)
    let floors = try SuggestSuite.floors(at: files.floors)
    #expect(notes.count >= 60, "the benchmark needs at least 60 notes; \(files.notes) has \(notes.count)")

    let suggester = CodeSuggester(index: ShippedIndex.reader)
    let tallies = notes.map { note in
      let reported = suggester.suggest(note.text, options: SuggestOptions(limit: 100)).items.map(\.code)
      let negated = suggester.suggest(note.text, options: SuggestOptions(limit: 100, items: .all)).items
        .filter { $0.assertion == .negated }.map(\.code)
      return (note, SuggestSuite.Tally(note: note, reported: reported, negated: Set(negated)))
    }
    for (split, floor) in floors.sorted(by: { $0.key < $1.key }) {
      let chosen = tallies.filter { split == "all" || $0.0.split == split }.map(\.1)
      guard !chosen.isEmpty else {
        Issue.record("floors.tsv names the split '\(split)', which has no notes")
        continue
      }
      let figures = SuggestSuite.Tally(adding: chosen)
      print(
        "suggest \(split): \(chosen.count) notes, precision \(figures.precision.formatted3), recall "
          + "\(figures.recall.formatted3), F1 \(figures.f1.formatted3), negation accuracy \(figures.negationAccuracy.formatted3)")
      for (metric, value, minimum) in [
        ("precision", figures.precision, floor.precision), ("recall", figures.recall, floor.recall),
        ("F1", figures.f1, floor.f1), ("negation accuracy", figures.negationAccuracy, floor.negationAccuracy),
      ] where value + 1e-9 < minimum {
        Issue.record("suggestion \(metric) of the \(split) notes fell below its floor: \(value.formatted3) < \(minimum)")
      }
    }
  }
}

/// The suggestion benchmark's files and figures, as `benchmarks/suggest/evaluate.py` reads and computes them.
enum SuggestSuite {
  struct Note: Decodable {
    var id: String
    var split: String
    var text: String
    var gold: [String]
    var negated: [String]
  }

  struct Floor {
    var precision: Double
    var recall: Double
    var f1: Double
    var negationAccuracy: Double
  }

  /// True and false positives, false negatives and negations of one note or several.
  struct Tally {
    var truePositives = 0, falsePositives = 0, falseNegatives = 0, negated = 0, negatedRight = 0

    init(note: Note, reported: [String], negated negatedCodes: Set<String>) {
      let gold = note.gold.map { Set($0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }) }
      var matched = Array(repeating: false, count: gold.count)
      for code in reported {
        if let hit = gold.indices.first(where: { gold[$0].contains(code) && !matched[$0] }) {
          matched[hit] = true
        } else if !gold.contains(where: { $0.contains(code) }) {
          falsePositives += 1
        }
      }
      truePositives = matched.filter { $0 }.count
      falseNegatives = gold.count - truePositives
      negated = note.negated.count
      negatedRight = note.negated.filter(negatedCodes.contains).count
    }

    init(adding tallies: [Tally]) {
      for tally in tallies {
        truePositives += tally.truePositives
        falsePositives += tally.falsePositives
        falseNegatives += tally.falseNegatives
        negated += tally.negated
        negatedRight += tally.negatedRight
      }
    }

    var precision: Double { Self.ratio(truePositives, truePositives + falsePositives) }
    var recall: Double { Self.ratio(truePositives, truePositives + falseNegatives) }
    var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }
    var negationAccuracy: Double { Self.ratio(negatedRight, negated) }

    private static func ratio(_ part: Int, _ whole: Int) -> Double { whole > 0 ? Double(part) / Double(whole) : 0 }
  }

  struct Files {
    var notes: String
    var floors: String
  }

  static func locate() -> Files? {
    for root in RelevanceSuite.candidateRoots {
      let folder = (root as NSString).appendingPathComponent("benchmarks/suggest")
      let files = Files(
        notes: (folder as NSString).appendingPathComponent("notes.jsonl"),
        floors: (folder as NSString).appendingPathComponent("floors.tsv"))
      if FileManager.default.fileExists(atPath: files.notes) && FileManager.default.fileExists(atPath: files.floors) {
        return files
      }
    }
    return nil
  }

  static var notFoundMessage: String {
    "the suggestion benchmark (benchmarks/suggest/notes.jsonl and floors.tsv) is missing; looked in: "
      + RelevanceSuite.candidateRoots.map { ($0 as NSString).appendingPathComponent("benchmarks/suggest") }
      .joined(separator: ", ")
  }

  /// Reads notes.jsonl: one JSON object per line.
  static func notes(at path: String) throws -> [Note] {
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    return try lines.enumerated().map { number, line in
      do {
        return try JSONDecoder().decode(Note.self, from: Data(line.utf8))
      } catch {
        throw RelevanceSuite.SuiteError("\(path):\(number + 1): not a note object: \(error)")
      }
    }
  }

  /// Reads floors.tsv: `#` comments, a header, then `split<TAB>precision<TAB>recall<TAB>f1<TAB>negation`.
  static func floors(at path: String) throws -> [String: Floor] {
    var floors: [String: Floor] = [:]
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
    for (number, line) in lines.enumerated() where !line.hasPrefix("#") && !line.trimmingCharacters(in: .whitespaces).isEmpty {
      let fields = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
      if fields.first == "split" { continue }
      guard fields.count == 5, let values = Optional(fields.dropFirst().compactMap(Double.init)), values.count == 4 else {
        throw RelevanceSuite.SuiteError("\(path):\(number + 1): expected 'split<TAB>precision<TAB>recall<TAB>f1<TAB>negation' with numbers")
      }
      guard ["all", "dev", "heldout"].contains(fields[0]) else {
        throw RelevanceSuite.SuiteError("\(path):\(number + 1): unknown split '\(fields[0])' (all, dev or heldout)")
      }
      floors[fields[0]] = Floor(precision: values[0], recall: values[1], f1: values[2], negationAccuracy: values[3])
    }
    return floors
  }
}

extension Double {
  fileprivate var formatted3: String { String(format: "%.3f", self) }
}
