import Foundation

/// The JSON that `--json` options print: sorted keys, slashes unescaped.
enum JSONOutput {
  /// `value` as JSON text, or `{}` when it cannot be encoded.
  /// - Parameters:
  ///   - value: What to print.
  ///   - pretty: Whether to indent it over several lines instead of one.
  static func string(_ value: some Encodable, pretty: Bool = false) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
  }
}
