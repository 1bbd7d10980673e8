@testable import CodeFind
import Testing

@Suite("Bit-parallel edit distance with transpositions")
struct BitParallelLevenshteinTests {
  /// The optimal-string-alignment distance by dynamic programming, the reference.
  private func reference(_ left: [UInt8], _ right: [UInt8]) -> Int {
    var table = Array(repeating: Array(repeating: 0, count: right.count + 1), count: left.count + 1)
    for row in 0...left.count { table[row][0] = row }
    for column in 0...right.count { table[0][column] = column }
    for row in stride(from: 1, through: left.count, by: 1) {
      for column in stride(from: 1, through: right.count, by: 1) {
        let cost = left[row - 1] == right[column - 1] ? 0 : 1
        var value = min(table[row - 1][column] + 1, table[row][column - 1] + 1, table[row - 1][column - 1] + cost)
        if row > 1, column > 1, left[row - 1] == right[column - 2], left[row - 2] == right[column - 1] {
          value = min(value, table[row - 2][column - 2] + 1)
        }
        table[row][column] = value
      }
    }
    return table[left.count][right.count]
  }

  private func distances(_ word: String, _ term: String) -> (whole: Int, bestPrefix: Int)? {
    let bytes = Array(term.utf8)
    return bytes.withUnsafeBytes { raw in BitParallelLevenshtein(Array(word.utf8))?.distances(to: ByteView(raw)) }
  }

  @Test(arguments: [
    ("pnuemonia", "pneumonia", 1), ("kitten", "sitting", 3), ("diabetis", "diabetes", 1),
    ("hypertention", "hypertension", 1), ("asthama", "asthma", 1), ("fracture", "fracture", 0), ("ab", "ba", 1),
  ])
  func knownDistances(_ word: String, _ term: String, _ expected: Int) {
    #expect(distances(word, term)?.whole == expected)
  }

  @Test func prefixDistanceIsTheClosestPrefix() {
    #expect(distances("pneumo", "pneumonia")?.bestPrefix == 0)
    #expect(distances("pnuemo", "pneumonia")?.bestPrefix == 1)
    #expect(distances("diabt", "diabetes")?.bestPrefix == 1)
  }

  @Test func agreesWithDynamicProgrammingOnRandomWords() {
    var generator = LinearCongruential(seed: 2026)
    let alphabet = Array("abcde".utf8)
    for _ in 0..<2000 {
      let left = (0..<Int.random(in: 1...9, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? 97 }
      let right = (0..<Int.random(in: 0...9, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? 97 }
      let computed = right.withUnsafeBytes { raw in BitParallelLevenshtein(left)?.distances(to: ByteView(raw)).whole }
      #expect(computed == reference(left, right), "\(String(decoding: left, as: UTF8.self)) vs \(String(decoding: right, as: UTF8.self))")
    }
  }
}

/// A tiny seeded generator, so that the random comparison is the same on every run.
private struct LinearCongruential: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return state ^ (state >> 33)
  }
}
