import Foundation

/// The parts of a lookup answer in JSON (`codefind lookup --json`, the server's `lookup` result)
/// that a benchmark checks: it has items with codes, and the time the lookup reported.
struct LookupAnswer: Decodable {
  struct Item: Decodable {
    var code: String
  }

  var items: [Item]
  var elapsedMicros: Int

  /// The answer in `json`, or nil when it is not a lookup answer.
  static func decode(_ json: Data) -> LookupAnswer? {
    try? JSONDecoder().decode(LookupAnswer.self, from: json)
  }
}
