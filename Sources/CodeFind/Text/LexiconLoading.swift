import Foundation

extension Lexicon {
  /// The synonyms file's name in a terminology folder.
  public static let synonymsFileName = "synonyms.tsv"
  /// The name of the file of abbreviations that are also ordinary words, in a terminology folder.
  public static let ordinaryWordsFileName = "ordinary-words.txt"

  /// Loads the lexicon from a terminology folder (the shipped `data/terminology`).
  ///
  /// The folder holds ``synonymsFileName`` (format: ``SynonymFile``) and
  /// ``ordinaryWordsFileName`` (one word per line; `#` starts a comment line).
  /// - Parameters:
  ///   - folder: The terminology folder's path.
  ///   - abbreviations: Medical abbreviations, usually from ``AbbreviationImporter``.
  ///   - analyzer: The analyzer that makes the phrases' terms.
  /// - Returns: The lexicon.
  /// - Throws: ``LexiconError`` when a file is missing, is not UTF-8, or has a malformed line.
  /// - Complexity: O(*n*) in the size of the files and of `abbreviations`.
  public static func load(
    folder: String, abbreviations: [Abbreviation], analyzer: Analyzer = Analyzer()
  ) throws(LexiconError) -> Lexicon {
    let synonymsPath = (folder as NSString).appendingPathComponent(synonymsFileName)
    let wordsPath = (folder as NSString).appendingPathComponent(ordinaryWordsFileName)
    let rules = try SynonymFile.parse(try readText(synonymsPath), file: synonymsPath)
    let ordinaryWords = parseWordList(try readText(wordsPath))
    return Lexicon(abbreviations: abbreviations, rules: rules, ordinaryWords: ordinaryWords, analyzer: analyzer)
  }

  /// Reads a UTF-8 text file.
  private static func readText(_ path: String) throws(LexiconError) -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw LexiconError(
        file: path,
        problem:
          "cannot read the file; check that the terminology folder holds it, or point --data at a data folder whose terminology/ does"
      )
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw LexiconError(file: path, problem: "the file is not UTF-8 text; save it as UTF-8")
    }
    return text
  }

  /// The folded words of a word list: one per line, `#` comment lines and blank lines skipped.
  static func parseWordList(_ text: String) -> Set<String> {
    var words: Set<String> = []
    for line in text.split(whereSeparator: \.isNewline) {
      let word = line.trimmingCharacters(in: .whitespaces)
      if word.isEmpty || word.hasPrefix("#") { continue }
      words.insert(TextFolding.fold(word))
    }
    return words
  }
}
