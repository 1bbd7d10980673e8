import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Imports the ICD-10-CM Tabular List in its official XML format (`icd10cm-tabular-YYYY.xml`).
///
/// The importer reads chapters, sections, categories, subcategories and codes with every note kind,
/// then expands 7th characters: a leaf whose own or inherited `sevenChrDef` applies becomes a header,
/// and each of its 7-character forms (padded with the placeholder `X` to six characters first,
/// `T15.0` + `A` → `T15.00XA`… for the leaf `T15.00`) becomes a billable code titled "<leaf title>,
/// <meaning>". Exceptions written only in a category's notes ("7th characters D and S do not apply to
/// codes in category S06 with 6th character 7 … or 8 …") are honoured.
public struct ICD10CMTabularImporter: Sendable {
  /// Creates an importer.
  public init() {}

  /// Imports the tabular XML file at `path`.
  /// - Parameter path: The path of the XML file.
  /// - Returns: The whole ICD-10-CM code set of that release.
  /// - Throws: ``ImportError`` naming the file, the line and column, and what was expected, when the
  ///   file cannot be read, is not well-formed XML, or is not a tabular list.
  /// - Complexity: O(*n*) in the size of the file.
  public func importFile(at path: String) throws(ImportError) -> CodeSet {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
    } catch {
      throw ImportError(file: path, expected: "a readable ICD-10-CM tabular XML file", found: error.localizedDescription)
    }
    return try importData(data, file: path)
  }

  /// Imports tabular XML held in memory.
  /// - Parameters:
  ///   - data: The XML bytes.
  ///   - file: The name to use in error messages.
  /// - Returns: The whole code set.
  /// - Throws: ``ImportError`` when the XML is malformed or is not a tabular list.
  public func importData(_ data: Data, file: String) throws(ImportError) -> CodeSet {
    // Foundation's XMLParser traps on an element or attribute name that is not UTF-8 (found by
    // fuzzing; swift-corelibs-foundation issue 5534), so every byte is checked first; the error
    // names the line and column.
    try TextFileReader(data: data, file: file).forEachLine { _ in }
    let reader = TabularXMLReader(file: file)
    let parser = XMLParser(data: data)
    parser.delegate = reader
    parser.shouldResolveExternalEntities = false
    let finished = parser.parse()
    if let error = reader.error { throw error }
    if !finished {
      let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "unknown error"
      throw ImportError(
        file: file, line: parser.lineNumber, column: parser.columnNumber,
        expected: "well-formed UTF-8 XML", found: reason)
    }
    guard let version = reader.version else {
      throw ImportError(file: file, expected: "an <ICD10CM.tabular> document with a <version> element")
    }
    guard !reader.codes.isEmpty else {
      throw ImportError(file: file, expected: "at least one <diag> code inside <chapter>/<section>")
    }
    let codes = SeventhCharacterExpansion(exclusions: reader.exclusions).expand(reader.codes)
    return CodeSet(
      system: CodeSystem(id: .icd10cm, name: "ICD-10-CM", version: version),
      codes: codes, chapters: reader.chapters)
  }
}

/// The streaming XMLParser delegate that collects chapters, sections and codes in document order.
private final class TabularXMLReader: NSObject, XMLParserDelegate {
  let file: String
  var version: String?
  var chapters: [Chapter] = []
  var codes: [Code] = []
  var exclusions: [SeventhCharacterExclusion] = []
  var error: ImportError?

  private var elements: [String] = []
  private var text = ""
  private var diagStack: [Int] = []
  private var positions: [String: Int] = [:]
  private var inSection = false
  private var extensionCharacter: String?

  init(file: String) { self.file = file }

  private static let noteContainers: [String: NoteKind] = [
    "inclusionTerm": .inclusionTerm, "includes": .includes, "excludes1": .excludes1,
    "excludes2": .excludes2, "codeFirst": .codeFirst, "useAdditionalCode": .useAdditionalCode,
    "codeAlso": .codeAlso, "notes": .general, "sevenChrNote": .general,
  ]

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    if elements.isEmpty && name != "ICD10CM.tabular" {
      fail(parser, expected: "the root element <ICD10CM.tabular>", found: "<\(name)>")
      return
    }
    elements.append(name)
    text = ""
    switch name {
    case "chapter":
      chapters.append(Chapter(id: "", title: ""))
    case "section":
      guard let id = attributes["id"], !chapters.isEmpty else {
        fail(parser, expected: "<section id=\"…\"> inside a <chapter>", found: "<section>")
        return
      }
      inSection = true
      chapters[chapters.count - 1].sections.append(Section(id: id, title: ""))
    case "diag":
      guard inSection else {
        fail(parser, expected: "<diag> inside a <section>", found: "<diag>")
        return
      }
      diagStack.append(codes.count)
      let parent = diagStack.count > 1 ? codes[diagStack[diagStack.count - 2]] : nil
      codes.append(
        Code(
          system: .icd10cm, key: "", display: "", title: "", isBillable: false, parent: parent?.key,
          depth: diagStack.count, chapter: chapters.last?.id, section: chapters.last?.sections.last?.id))
    case "extension":
      extensionCharacter = attributes["char"]
    default:
      break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    guard error == nil else { return }
    let content = Self.collapsingWhitespace(text)
    text = ""
    let container = elements.count >= 2 ? elements[elements.count - 2] : ""
    elements.removeLast()
    switch name {
    case "version" where container == "ICD10CM.tabular":
      version = content
    case "name":
      setName(content, in: container, parser)
    case "desc":
      setTitle(content, in: container)
    case "note":
      addNote(content, container: container)
    case "extension":
      guard let character = extensionCharacter, character.count == 1, let first = character.first,
        !diagStack.isEmpty
      else {
        fail(parser, expected: "<extension char=\"X\"> with one character inside a <diag>'s <sevenChrDef>", found: extensionCharacter ?? "no char")
        return
      }
      codes[diagStack[diagStack.count - 1]].seventhCharacters.append(SeventhCharacter(character: first, meaning: content))
    case "diag":
      finishDiag(parser)
    case "section":
      inSection = false
    default:
      break
    }
  }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
    if error == nil {
      error = ImportError(
        file: file, line: parser.lineNumber, column: parser.columnNumber, expected: "well-formed UTF-8 XML",
        found: (parseError as NSError).localizedDescription)
    }
  }

  /// The text with leading and trailing ASCII whitespace removed and inner runs of it made one space.
  private static func collapsingWhitespace(_ text: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for byte in text.utf8 {
      if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
        pendingSpace = !bytes.isEmpty
      } else {
        if pendingSpace { bytes.append(0x20) }
        pendingSpace = false
        bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private func setName(_ name: String, in container: String, _ parser: XMLParser) {
    switch container {
    case "chapter":
      chapters[chapters.count - 1].id = name
    case "diag":
      guard let key = CodeKey.canonical(name), let position = diagStack.last else {
        fail(parser, expected: "a code in <name>", found: name)
        return
      }
      if let parent = codes[position].parent, !key.hasPrefix(parent) {
        fail(parser, expected: "a code that extends its parent \(parent)", found: name)
        return
      }
      if positions[key] != nil {
        fail(parser, expected: "each code once", found: "a second \(name)")
        return
      }
      positions[key] = position
      codes[position].key = key
      codes[position].display = CodeKey.display(key, in: .icd10cm)
      if let parent = codes[position].parent, let parentPosition = positions[parent] {
        codes[parentPosition].children.append(key)
      }
    default:
      break
    }
  }

  private func setTitle(_ title: String, in container: String) {
    switch container {
    case "chapter": chapters[chapters.count - 1].title = title
    case "section": chapters[chapters.count - 1].sections[chapters[chapters.count - 1].sections.count - 1].title = title
    case "diag": if let position = diagStack.last { codes[position].title = title }
    default: break
    }
  }

  private func addNote(_ note: String, container: String) {
    guard let kind = Self.noteContainers[container], elements.count >= 2 else { return }
    switch elements[elements.count - 2] {
    case "diag":
      guard let position = diagStack.last else { return }
      codes[position].notes.append(note, as: kind)
      if kind == .general, let exclusion = SeventhCharacterExclusion(note: note) { exclusions.append(exclusion) }
    case "section":
      let chapter = chapters.count - 1
      chapters[chapter].sections[chapters[chapter].sections.count - 1].notes.append(note, as: kind)
    case "chapter":
      chapters[chapters.count - 1].notes.append(note, as: kind)
    default:
      break
    }
  }

  private func finishDiag(_ parser: XMLParser) {
    guard let position = diagStack.popLast() else { return }
    let code = codes[position]
    guard !code.key.isEmpty, !code.title.isEmpty else {
      fail(parser, expected: "a <diag> with a <name> and a <desc>", found: code.key.isEmpty ? "no <name>" : "\(code.display) without <desc>")
      return
    }
    codes[position].isBillable = code.children.isEmpty
  }

  private func fail(_ parser: XMLParser, expected: String, found: String) {
    if error == nil {
      error = ImportError(file: file, line: parser.lineNumber, column: parser.columnNumber, expected: expected, found: found)
    }
    parser.abortParsing()
  }
}
