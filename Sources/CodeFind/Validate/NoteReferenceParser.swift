/// Reads the code references out of the text of a tabular note.
///
/// The ICD-10-CM tabular list writes them in many ways: `(E10.-)`, `(R76.1-)`, `(N62)`, `(I10-I16)`,
/// `(O00-O07, O08.0)`, `(A00-R94 and T80-T88.6, T88.8)`, `(D29.2.-)`, `(I69. with final characters -23)`,
/// `(T36-T50 with fifth or sixth character 5)`, `(E08-E13 with .51-.52)`, and outside parentheses
/// after "category" (`code from category T31 or T32`; elsewhere "vitamin B12" is no code). A code is a
/// letter, a digit and a letter or digit at the start of a word, then optionally a dot and more letters
/// or digits; a reference followed by a "with" qualifier that cannot be read (`S52.- with open fracture
/// 7th character`) is left out rather than read too broadly.
enum NoteReferenceParser {
  /// The references in a note, in the order written.
  /// - Parameter text: The note's text.
  /// - Complexity: O(*n*) in the length of the text.
  static func references(in text: String) -> [NoteReference] {
    let bytes = Array(text.utf8)
    var references: [NoteReference] = []
    var cursor = 0
    var depth = 0
    var afterCategoryWord = false
    while cursor < bytes.count {
      let startsWord = cursor == 0 || !isAlphanumeric(bytes[cursor - 1])
      // Outside parentheses only "category T31 or T32" names codes: "vitamin B12" does not.
      guard startsWord, depth > 0 || afterCategoryWord, let (first, afterFirst) = code(in: bytes, at: cursor) else {
        switch bytes[cursor] {
        case UInt8(ascii: "("): depth += 1
        case UInt8(ascii: ")"): depth = max(0, depth - 1)
        default: break
        }
        if startsWord, isAlphanumeric(bytes[cursor]) {
          let end = bytes[cursor...].firstIndex { !isAlphanumeric($0) } ?? bytes.count
          let isCategory = word(bytes, at: cursor, is: "category".utf8) || word(bytes, at: cursor, is: "categories".utf8)
          let joins = word(bytes, at: cursor, is: "or".utf8) || word(bytes, at: cursor, is: "and".utf8)
          afterCategoryWord = isCategory || (afterCategoryWord && joins)
          cursor = end
        } else {
          cursor += 1
        }
        continue
      }
      var high = first.key
      var end = afterFirst
      var written = first.written
      // A hyphen after a code starts a range (`I10-I16`, `T80 - T88.6`) or, with no code after it,
      // stands for "and everything beneath" (`E10.-`, `R76.1-`).
      let hyphen = skipSpaces(bytes, from: afterFirst)
      if hyphen < bytes.count, bytes[hyphen] == UInt8(ascii: "-") {
        let next = skipSpaces(bytes, from: hyphen + 1)
        if let (second, afterSecond) = code(in: bytes, at: next) {
          high = second.key
          written += "-" + second.written
          end = afterSecond
        } else if hyphen == afterFirst {
          written += "-"
          end = hyphen + 1
        }
      }
      var reference = NoteReference(written: written, low: first.key, high: high, qualifier: nil)
      let afterSpaces = skipSpaces(bytes, from: end)
      if word(bytes, at: afterSpaces, is: "with".utf8) {
        let qualifierEnd = bytes[afterSpaces...].firstIndex { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ")") || $0 == UInt8(ascii: ";") } ?? bytes.count
        let qualifierText = String(decoding: bytes[(afterSpaces + 4)..<qualifierEnd], as: UTF8.self)
        end = qualifierEnd
        guard let qualifier = QualifierParser.qualifier(qualifierText) else {
          cursor = end
          continue
        }
        reference.qualifier = qualifier
        reference.written += " with" + qualifierText.trimmingSuffixSpaces
      }
      references.append(reference)
      cursor = end
    }
    return references
  }

  /// One code as written: its canonical key and its text.
  private struct WrittenCode {
    var key: [UInt8]
    var written: String
  }

  /// Reads a code at `start`: letter, digit, letter or digit, then dots and letters or digits up to
  /// seven key characters (`E10.`, `R76.1`, `D29.2.`, `T88.6`).
  /// - Returns: The code and the position after it, or `nil` when no code starts there.
  private static func code(in bytes: [UInt8], at start: Int) -> (WrittenCode, Int)? {
    guard start + 2 < bytes.count, isUppercase(bytes[start]), isDigit(bytes[start + 1]),
      isUppercase(bytes[start + 2]) || isDigit(bytes[start + 2])
    else { return nil }
    var key = Array(bytes[start..<(start + 3)])
    var cursor = start + 3
    while cursor < bytes.count {
      let byte = bytes[cursor]
      if byte == UInt8(ascii: ".") {
        cursor += 1
      } else if (isUppercase(byte) || isDigit(byte)) && key.count < 7 && cursor > start + 3 {
        key.append(byte)
        cursor += 1
      } else {
        break
      }
    }
    // `G6PD` and `T88.6a` are words, not codes.
    if cursor < bytes.count, isAlphanumeric(bytes[cursor]) { return nil }
    return (WrittenCode(key: key, written: String(decoding: bytes[start..<cursor], as: UTF8.self)), cursor)
  }

  private static func skipSpaces(_ bytes: [UInt8], from start: Int) -> Int {
    var cursor = start
    while cursor < bytes.count, bytes[cursor] == UInt8(ascii: " ") { cursor += 1 }
    return cursor
  }

  /// Whether the word at `start` is `word` (compared without regard to case), followed by no letter or digit.
  private static func word(_ bytes: [UInt8], at start: Int, is word: String.UTF8View) -> Bool {
    let end = start + word.count
    guard end <= bytes.count, bytes[start..<end].elementsEqual(word, by: { ($0 | 0x20) == $1 }) else { return false }
    return end == bytes.count || !isAlphanumeric(bytes[end])
  }

  static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
  static func isUppercase(_ byte: UInt8) -> Bool { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) }
  static func isAlphanumeric(_ byte: UInt8) -> Bool {
    isDigit(byte) || isUppercase(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
  }
}

extension String {
  /// The string without trailing spaces.
  fileprivate var trimmingSuffixSpaces: String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
