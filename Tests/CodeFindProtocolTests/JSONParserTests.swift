import CodeFindProtocol
import Testing

@Suite("JSON parser and serializer")
struct JSONParserTests {
  private func parse(_ text: String) throws -> JSONValue { try JSONParser().parse(Array(text.utf8)) }

  @Test func readsEveryKindOfValue() throws {
    let value = try parse(#" {"a": [1, -2, 3.5, 1e3, true, false, null], "b": {"c": "d"}, "e": ""} "#)
    #expect(value["a"] == [1, -2, 3.5, 1000.0, true, false, nil])
    #expect(value["b"]?["c"] == "d")
    #expect(value["e"] == "")
    #expect(value["missing"] == nil)
  }

  @Test func decodesEscapesAndSurrogatePairs() throws {
    #expect(try parse(#""a\"b\\c\/d\n\t\u00e9\ud83d\ude00""#) == .string("a\"b\\c/d\n\té😀"))
    // A lone surrogate has no UTF-8 form; it reads as U+FFFD instead of failing the message.
    #expect(try parse(#""\ud800x""#) == .string("\u{FFFD}x"))
  }

  @Test func keepsIntegersExact() throws {
    #expect(try parse("9007199254740993") == .integer(9_007_199_254_740_993))
    #expect(try parse("-0") == .integer(0))
    #expect(try parse("1.0") == .double(1))
  }

  @Test(arguments: [
    ("", "expected a JSON value, found the end"),
    ("{", "expected a string as object key"),
    (#"{"a" 1}"#, "expected ':' after an object key"),
    ("[1 2]", "expected ',' or ']' in an array"),
    ("[1] x", "unexpected bytes after the JSON value"),
    ("tru", "invalid literal; expected true"),
    ("01", "a number may not have leading zeros"),
    ("1.", "a decimal point needs digits after it"),
    (#""abc"#, "unterminated string"),
    (#""\x""#, "invalid escape \\'x'"),
    (#""\u12""#, "\\u must be followed by four hex digits"),
    ("\"a\u{1}\"", "control character in a string; escape it"),
    ("1e999", "number out of range"),
  ])
  func rejectsMalformedJSONWithAReason(text: String, reason: String) {
    #expect {
      try parse(text)
    } throws: { error in
      (error as? JSONParseError)?.reason == reason
    }
  }

  @Test func rejectsInvalidUTF8NamingTheByte() {
    // "ab" then a lone continuation byte inside a string.
    let bytes: [UInt8] = [0x22, 0x61, 0x62, 0x80, 0x22]
    #expect(throws: JSONParseError("string is not valid UTF-8", at: 3)) { try JSONParser().parse(bytes) }
    // A truncated 3-byte sequence after a valid 2-byte one.
    let truncated: [UInt8] = [0x22, 0xC3, 0xA9, 0xE2, 0x82, 0x22]
    #expect(throws: JSONParseError("string is not valid UTF-8", at: 3)) { try JSONParser().parse(truncated) }
  }

  @Test func boundsNesting() throws {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    #expect(throws: JSONParseError("nesting deeper than 64 levels", at: 64)) { try parse(deep) }
    let allowed = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
    #expect(try parse(allowed) != nil)
  }

  @Test func serializesCompactlyOnOneLine() throws {
    let value: JSONValue = ["text": "line\nbreak \"quoted\" \u{1} é/", "n": 2.0, "x": 0.25, "list": [nil, true]]
    let text = String(decoding: value.serialized, as: UTF8.self)
    #expect(text == #"{"text":"line\nbreak \"quoted\" \u0001 é/","n":2,"x":0.25,"list":[null,true]}"#)
    #expect(try parse(text) == value)
  }
}
