import CodeFindBench
import Foundation

/// `codefind bench` output: a text report for people, or JSON for tools.
struct BenchReportFormatter {
  let report: BenchReport

  /// The report as sorted-key JSON (latencies in microseconds, memory in bytes).
  var json: String {
    JSONOutput.string(report, pretty: true)
  }

  /// The report as text: what ran, latency figures overall and by kind, throughput, memory, histogram.
  var text: String {
    let unit = Self.unit(forLargest: report.latency.max)
    var lines = [
      "codefind bench: \(report.mode) mode, \(report.queries) queries (\(report.querySource)), "
        + "\(report.warmupRuns) warm-up and \(report.runs) measured pass\(report.runs == 1 ? "" : "es")",
      "",
    ]
    var table = [["", "lookups", "p50", "p90", "p99", "max"]]
    func row(_ name: String, _ summary: LatencySummary) -> [String] {
      [name, String(summary.count)] + [summary.p50, summary.p90, summary.p99, summary.max].map { unit.format($0) }
    }
    table.append(row("all", report.latency))
    for kind in report.byKind where report.byKind.count > 1 { table.append(row(kind.kind, kind.latency)) }
    if let engine = report.engineLatency { table.append(row("inside lookup", engine)) }
    lines.append("latency (\(unit.name)), as the caller sees it; 'inside lookup' is the time the lookup reported itself")
    lines.append(TextTable(rows: table).rendered)
    lines.append("")
    lines.append(String(format: "throughput: %.1f queries/s (one caller, one query at a time)", report.queriesPerSecond))
    if let memory = report.peakMemory {
      lines.append(String(format: "peak memory: %.1f MB (%@)", Double(memory.bytes) / 1_048_576, memory.source))
    } else {
      lines.append("peak memory: not available on this system")
    }
    lines.append("")
    lines.append("histogram (µs, power-of-two ranges)")
    lines.append(contentsOf: histogramLines())
    return lines.joined(separator: "\n")
  }

  private func histogramLines(width: Int = 40) -> [String] {
    let total = max(report.histogram.reduce(0) { $0 + $1.count }, 1)
    let largest = max(report.histogram.map(\.count).max() ?? 0, 1)
    let labels = report.histogram.map { "\($0.fromMicros)–\($0.toMicros)" }
    let labelWidth = labels.map(\.count).max() ?? 0
    return zip(labels, report.histogram).map { label, bucket in
      let bar = String(repeating: "#", count: (bucket.count * width + largest - 1) / largest)
      let padded = String(repeating: " ", count: labelWidth - label.count) + label
      return "  \(padded) |\(bar.padding(toLength: width, withPad: " ", startingAt: 0))| "
        + String(format: "%d (%.1f%%)", bucket.count, Double(bucket.count) * 100 / Double(total))
    }
  }

  /// The unit latencies are shown in: µs while the largest is under 100 ms, else ms.
  private struct Unit {
    var name: String
    var perMicrosecond: Double
    func format(_ micros: Double) -> String {
      let value = micros * perMicrosecond
      return value < 10 ? String(format: "%.1f", value) : String(format: "%.0f", value)
    }
  }

  private static func unit(forLargest micros: Double) -> Unit {
    micros < 100_000 ? Unit(name: "µs", perMicrosecond: 1) : Unit(name: "ms", perMicrosecond: 0.001)
  }
}
