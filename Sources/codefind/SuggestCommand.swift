import ArgumentParser
import CodeFind
import Foundation

/// `codefind suggest [FILE|-]`: the codes a clinical record supports, with their evidence.
struct SuggestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "suggest",
    abstract: "Suggest codes from a clinical record (assessment and plan, discharge summary, ED or operative note).",
    discussion: """
      Reads the record from FILE, or from standard input when FILE is - or absent.
      Prints each code with its title, what the record says of it (present, negated, possible,
      history, family) and the words that justify it, at line:column (columns count characters).
      By default only what a coder would report; --all adds negated, possible and past conditions.
      """
  )

  @Argument(help: "The record: a UTF-8 text file, or - for standard input.")
  var file: String?

  @Option(name: [.short, .long], help: "The most codes to show (1…1000).")
  var limit = 20

  @Option(name: .long, help: "Only these systems, comma-separated (default: icd10cm).")
  var system: String?

  @Flag(name: [.short, .long], help: "Also show negated, possible, history and family conditions.")
  var all = false

  @Flag(name: .long, help: "Print the JSON of the server's suggest method instead of a table.")
  var json = false

  @OptionGroup var indexOptions: IndexOptions

  func validate() throws {
    guard (1...1000).contains(limit) else { throw ValidationError("--limit must be between 1 and 1000.") }
  }

  func run() throws {
    let text = try readRecord()
    let index = try indexOptions.openIndex()
    let suggester = CodeSuggester(index: index)
    let systems = try SystemOption.systemIDs(system, in: index)
    let result = suggester.suggest(text, options: SuggestOptions(limit: limit, systems: systems, items: all ? .all : .reportable))
    if json {
      print(JSONOutput.string(result))
      return
    }
    if result.items.isEmpty {
      print(all ? "No conditions found in the record." : "No codes to report. Try --all to see negated and possible conditions.")
      return
    }
    let positions = LinePositions(text)
    let rows = result.items.map { item in
      [
        item.code, item.title, item.assertion.rawValue,
        item.evidence.map { "\($0.text) (\(positions.lineColumn(ofUTF16Offset: $0.utf16Range.lowerBound)))" }.joined(separator: "; "),
      ]
    }
    print(TextTable(rows: [["code", "title", "assertion", "evidence (line:column)"]] + rows).rendered)
  }

  /// The record's text, from the file or standard input.
  private func readRecord() throws -> String {
    let source: TextInput.Source = if let file, file != "-" { .file(file) } else { .standardInput }
    do throws(TextInput.Problem) {
      return try TextInput.read(source)
    } catch .notUTF8 {
      throw CommandFailure("'\(file ?? "standard input")' is not UTF-8 text. Save the record as UTF-8 and try again.")
    } catch {
      throw CommandFailure("cannot read '\(file ?? "")': \(error.reason). Give a text file, or - for standard input.")
    }
  }
}

/// Turns UTF-16 offsets of a text into 1-based line and character columns.
struct LinePositions {
  private let text: String
  /// The UTF-16 offset of each line's start.
  private let lineStarts: [Int]

  init(_ text: String) {
    self.text = text
    var starts = [0]
    for (offset, unit) in text.utf16.enumerated() where unit == 0x0A { starts.append(offset + 1) }
    lineStarts = starts
  }

  /// `line:column` of a UTF-16 offset; the column counts characters from the line's start.
  func lineColumn(ofUTF16Offset offset: Int) -> String {
    let line = (lineStarts.lastIndex { $0 <= offset } ?? 0)
    let utf16 = text.utf16
    guard let lineStart = utf16.index(utf16.startIndex, offsetBy: lineStarts[line], limitedBy: utf16.endIndex),
      let position = utf16.index(utf16.startIndex, offsetBy: offset, limitedBy: utf16.endIndex)
    else { return "\(line + 1):?" }
    return "\(line + 1):\(text[lineStart..<position].count + 1)"
  }
}
