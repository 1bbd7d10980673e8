/// The constants of the index file format: magic, version, section identifiers and record sizes.
///
/// `FORMAT.md` beside this file documents the byte layout; the two change together.
enum IndexFormat {
  /// The first eight bytes of every index file.
  static let magic: [UInt8] = Array("CODEFIND".utf8)
  /// The format version this build writes and reads. A file with a higher version was written by
  /// a newer CodeFind. Version 1 kept each term's postings in one list in ordinal order; version 2
  /// groups them in impact order; version 3 marks the terms of each code's essential phrases;
  /// version 4 stores the terminology binary-searchable by first key, read in place; version 5
  /// adds a bitmap of the codes of every frequent term; version 6 groups postings by the title
  /// tokens that add detail, not by all title tokens; version 7 stores in each term's dictionary
  /// entry the bytes it shares with the term before it, and where the terms of each two-byte
  /// prefix start (`FORMAT.md`).
  static let version: UInt32 = 7
  /// The size of the fixed part of the header, before the section table.
  static let fixedHeaderSize = 40
  /// The size of one section-table entry.
  static let sectionEntrySize = 32
  /// The size of one code record.
  static let codeRecordSize = 40
  /// The size of one term-dictionary entry.
  static let termEntrySize = 16
  /// The number of entries of the term-prefixes section: one per prefix number, then the end.
  static let termPrefixEntries = 65_536 + 1
  /// The size of one system record.
  static let systemRecordSize = 48
  /// The size of one chapter record.
  static let chapterRecordSize = 24
  /// The size of one section record (of a chapter).
  static let sectionRecordSize = 20
  /// The value of an absent ordinal or offset.
  static let none = UInt32.max
  /// The value of an absent chapter or section index.
  static let noneShort = UInt16.max
  /// Sections start at multiples of this many bytes.
  static let alignment = 8

  /// The sections of an index file, by identifier.
  enum Section: UInt32, CaseIterable, CustomStringConvertible {
    case strings = 1
    case systems = 2
    case codes = 3
    case children = 4
    case chapters = 5
    case notes = 6
    case seventhCharacters = 7
    case codeKeys = 8
    case termText = 9
    case terms = 10
    case postings = 11
    case forward = 12
    case lexicon = 13
    case indexTerms = 14
    case termBitmaps = 15
    case termPrefixes = 16

    var description: String {
      switch self {
      case .strings: "strings"
      case .systems: "systems"
      case .codes: "code records"
      case .children: "children"
      case .chapters: "chapters"
      case .notes: "notes"
      case .seventhCharacters: "7th characters"
      case .codeKeys: "code keys"
      case .termText: "term text"
      case .terms: "term dictionary"
      case .postings: "postings"
      case .forward: "forward terms"
      case .lexicon: "terminology"
      case .indexTerms: "index terms"
      case .termBitmaps: "term bitmaps"
      case .termPrefixes: "term prefixes"
      }
    }
  }

  /// Code record flag: the code is billable.
  static let billableFlag: UInt8 = 1
  /// Code record flag: the code has children.
  static let headerFlag: UInt8 = 2
  /// Code record flag: the stored title is only the end of the title, which is the parent's title,
  /// a comma and a space, then the stored text (the 7-character codes of ICD-10-CM).
  static let titleExtendsParentFlag: UInt8 = 4
  /// Code record flags: the depth is stored in the high four bits of the flags byte.
  static let depthShift: UInt8 = 4
  /// The fewest codes a term must occur in to have a bitmap (section 15): 26 terms of the shipped
  /// code sets (`right`, `fracture`, `initial` …), 36 KB each, under 1 MB in all. Rarer terms are
  /// listed from their postings when needed, which costs in proportion to their codes.
  static let bitmapMinimumFrequency = 10_000
  /// Postings group class bit: the group's codes are not billable.
  static let notBillableClass: UInt8 = 1
}
