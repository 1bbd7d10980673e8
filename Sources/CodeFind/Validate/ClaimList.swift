/// Claims written as text: one claim per line, its codes separated by spaces, commas or tabs.
///
/// Text from a `#` to the end of its line is a comment; a line with no codes holds no claim. What
/// `codefind validate --file` reads.
public struct ClaimList: Sendable, Hashable {
  /// One claim of the text, with the line it is on.
  public struct Claim: Sendable, Hashable {
    /// The line number, from 1.
    public var line: Int
    /// The codes, as written.
    public var codes: [String]

    /// Creates a claim.
    /// - Parameters:
    ///   - line: The line number, from 1 (0 for codes that were not read from a file).
    ///   - codes: The codes, as written.
    public init(line: Int, codes: [String]) {
      self.line = line
      self.codes = codes
    }
  }

  /// The claims, in the order of the text.
  public var claims: [Claim]

  /// Reads the claims of a text.
  /// - Parameter text: The text, lines ending in `\n`, `\r\n` or `\r`.
  /// - Complexity: O(*n*) in the length of the text.
  public init(text: String) {
    claims = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated().compactMap { offset, line in
      let codes = Self.codes(in: line.prefix { $0 != "#" })
      guard !codes.isEmpty else { return nil }
      return Claim(line: offset + 1, codes: codes)
    }
  }

  /// The codes of one line or argument: the words between spaces, commas and tabs.
  /// - Parameter text: A line of codes, for example `"E11.9, I10\tZ79.4"`.
  public static func codes(in text: some StringProtocol) -> [String] {
    String(text).split { $0 == " " || $0 == "," || $0 == "\t" }.map(String.init)
  }
}
