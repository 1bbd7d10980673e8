import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The most memory a process that did the lookups held at once (its resident set's high-water mark).
public struct PeakMemory: Codable, Sendable, Hashable {
  /// The peak resident set, in bytes (mapped index pages that were read count too).
  public var bytes: Int
  /// Whose peak it is and how it was read, for the report.
  public var source: String

  /// Creates a figure.
  /// - Parameters:
  ///   - bytes: The peak resident set, in bytes.
  ///   - source: Whose peak it is and how it was read.
  public init(bytes: Int, source: String) {
    self.bytes = bytes
    self.source = source
  }

  /// This process's peak: `VmHWM` of `/proc/self/status`, else `getrusage(RUSAGE_SELF)`.
  public static func ofThisProcess() -> PeakMemory? {
    if let bytes = highWaterMark(ofProcess: "self") { return PeakMemory(bytes: bytes, source: "VmHWM of this process") }
    return resourceUsage(ofChildren: false).map { PeakMemory(bytes: $0, source: "ru_maxrss of this process") }
  }

  /// A running process's peak, `VmHWM` of `/proc/<pid>/status` (Linux only).
  /// - Parameters:
  ///   - pid: The process.
  ///   - name: What to call it in the report.
  public static func ofProcess(_ pid: Int32, named name: String) -> PeakMemory? {
    highWaterMark(ofProcess: String(pid)).map { PeakMemory(bytes: $0, source: "VmHWM of \(name)") }
  }

  /// The peak of the largest child process this process has waited for, `getrusage(RUSAGE_CHILDREN)`.
  /// - Parameter name: What to call the children in the report.
  public static func ofLargestChild(named name: String) -> PeakMemory? {
    resourceUsage(ofChildren: true).map { PeakMemory(bytes: $0, source: "ru_maxrss of the largest \(name)") }
  }

  /// `VmHWM` (kB) of `/proc/<process>/status`, in bytes.
  private static func highWaterMark(ofProcess process: String) -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/\(process)/status", encoding: .utf8) else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      let kilobytes = line.dropFirst("VmHWM:".count).split(whereSeparator: \.isWhitespace).first.flatMap { Int($0) }
      return kilobytes.map { $0 * 1024 }
    }
    return nil
  }

  /// `ru_maxrss` of `getrusage`, in bytes: of this process, or of its largest waited-for child.
  private static func resourceUsage(ofChildren: Bool) -> Int? {
    var usage = rusage()
    #if canImport(Glibc)
      let who = ofChildren ? RUSAGE_CHILDREN.rawValue : RUSAGE_SELF.rawValue
      guard getrusage(__rusage_who_t(who), &usage) == 0, usage.ru_maxrss > 0 else { return nil }
      return usage.ru_maxrss * 1024  // kilobytes on Linux
    #else
      guard getrusage(ofChildren ? RUSAGE_CHILDREN : RUSAGE_SELF, &usage) == 0, usage.ru_maxrss > 0 else { return nil }
      return usage.ru_maxrss  // bytes on macOS
    #endif
  }
}
