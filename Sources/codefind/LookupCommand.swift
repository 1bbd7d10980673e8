import ArgumentParser
import CodeFind
import Foundation

/// `codefind lookup WORDS…` (also plain `codefind WORDS…`): search-as-you-type lookup.
struct LookupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lookup",
    abstract: "Find codes by words, abbreviations, typos or a code prefix (the default command).",
    discussion: """
      Examples: codefind chest pain · codefind diab typ 2 neuro · codefind e114 · codefind lap appy
      The last word also matches as a prefix; end the query with a space to match it whole.
      """
  )

  @Argument(help: "The query: words or a code in any spelling.")
  var words: [String] = []

  @Flag(name: .long, help: "Read one query per line from standard input and print one JSON result per line.")
  var stdin = false

  @Option(name: [.short, .long], help: "The most results to show (1…1000).")
  var limit = 10

  @Option(name: .long, help: "Only these systems, comma-separated (icd10cm, icd10pcs, hcpcs, cpt).")
  var system: String?

  @Flag(name: .long, help: "Only codes that can be billed as they are.")
  var billableOnly = false

  @Flag(name: .long, help: "Print JSON for scripts instead of a table.")
  var json = false

  @Flag(name: .long, help: "Show why each result ranks where it does.")
  var explain = false

  @OptionGroup var indexOptions: IndexOptions

  func validate() throws {
    guard stdin || !words.joined().trimmingCharacters(in: .whitespaces).isEmpty else {
      throw ValidationError("Type what to look up: words (chest pain) or a code (E11.40).")
    }
    guard (1...1000).contains(limit) else { throw ValidationError("--limit must be between 1 and 1000.") }
  }

  func run() throws {
    let index = try indexOptions.openIndex()
    let search = CodeSearch(index: index)
    let systems = try SystemOption.systemIDs(system, in: index)
    let colors = !json && isatty(STDOUT_FILENO) == 1
    let options = LookupOptions(limit: limit, systems: systems, billableOnly: billableOnly, explain: explain, highlight: colors)
    if stdin {
      // Each answer is written as soon as it is ready (unbuffered), so a caller can wait for one at a time.
      while let line = readLine(strippingNewline: true) {
        FileHandle.standardOutput.write(Data((LookupJSON(search.lookup(line, options: options)).text + "\n").utf8))
      }
      return
    }
    let result = search.lookup(words.joined(separator: " "), options: options)
    if json {
      print(LookupJSON(result).text)
      return
    }
    if result.items.isEmpty {
      print("No codes match. Try fewer words, another spelling, or a code prefix (E11).")
      return
    }
    let multipleSystems = Set(result.items.map(\.system)).count > 1 || !(systems.isEmpty || systems.count == 1)
    for item in result.items {
      let marker = item.isBillable ? "*" : " "
      let code = item.code.padding(toLength: 8, withPad: " ", startingAt: 0)
      let system = multipleSystems ? item.system.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0) : ""
      print("\(code) \(marker) \(system)\(colors ? Highlight.bold(item.title, item.highlights) : item.title)")
      if let explanation = item.explanation { print("           \(explanation)") }
    }
    print("(* billable)")
  }
}

/// Bold terminal highlighting of UTF-16 ranges.
enum Highlight {
  /// `text` with each range wrapped in ANSI bold.
  static func bold(_ text: String, _ ranges: [Range<Int>]) -> String {
    guard !ranges.isEmpty else { return text }
    let units = Array(text.utf16)
    var result: [UInt16] = []
    var cursor = 0
    for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound })
    where range.lowerBound >= cursor && range.upperBound <= units.count {
      result += units[cursor..<range.lowerBound]
      result += Array("\u{1B}[1m".utf16) + units[range] + Array("\u{1B}[0m".utf16)
      cursor = range.upperBound
    }
    result += units[cursor...]
    return String(decoding: result, as: UTF16.self)
  }
}

/// The JSON `codefind lookup --json` prints: the shape of the server's `lookup` result.
struct LookupJSON {
  let result: LookupResult
  init(_ result: LookupResult) { self.result = result }

  private struct Item: Encodable {
    var code: String
    var system: String
    var title: String
    var billable: Bool
    var score: Double
    var explanation: String?
  }

  private struct Body: Encodable {
    var items: [Item]
    var elapsedMicros: Int
  }

  var text: String {
    let body = Body(
      items: result.items.map {
        Item(code: $0.code, system: $0.system.rawValue, title: $0.title, billable: $0.isBillable, score: ($0.score * 1000).rounded() / 1000,
          explanation: $0.explanation?.description)
      }, elapsedMicros: result.elapsedMicros)
    return JSONOutput.string(body)
  }
}
