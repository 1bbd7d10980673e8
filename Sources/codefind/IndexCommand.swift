import ArgumentParser
import CodeFind
import Foundation

/// `codefind index`: build, describe and check the index file.
struct IndexCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "index",
    abstract: "Build, describe or verify the index file.",
    subcommands: [Build.self, Info.self, Verify.self]
  )

  /// `codefind index build`.
  struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Build the index from the data folder (atomically: a failed build leaves the old index).")

    @OptionGroup var dataOptions: DataOptions

    @Option(name: .long, help: "Where to write the index (default: --index's default location).")
    var out: String?

    func run() throws {
      let directory = try dataOptions.directory()
      let location = IndexLocation(explicitPath: out, data: directory)
      let path = location.path
      let progress = ProgressLine()
      do {
        try IndexBuilder().build(
          DataSources(directory: directory), to: path, replacingForeignFile: !location.isExplicit,
          progress: progress.report)
      } catch {
        throw CommandFailure(error.description)
      }
      progress.finish()
      let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
      print("wrote \(path) (\(ByteCount(size)))")
    }
  }

  /// `codefind index info`.
  struct Info: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Describe the index: sources, systems, counts, size and sections.")

    @OptionGroup var indexOptions: IndexOptions

    func run() throws {
      let reader = try indexOptions.openIndex()
      print("index    \(reader.path)")
      print("format   version \(reader.formatVersion), \(ByteCount(reader.fileSize))")
      print("terms    \(reader.termCount)")
      var systems = [["system", "name", "version", "codes", "billable", "headers"]]
      for system in reader.systems {
        systems.append([
          system.system.id.rawValue, system.system.name, system.system.version, String(system.ordinals.count),
          String(system.billableCount), String(system.headerCount),
        ])
      }
      print("\n" + TextTable(rows: systems).rendered)
      var sources = [["source", "bytes", "crc32c"]]
      for source in reader.sources {
        sources.append([source.path, String(source.size), String(source.checksum, radix: 16)])
      }
      print("\n" + TextTable(rows: sources).rendered)
      var sections = [["section", "bytes"]]
      for section in reader.sectionSizes { sections.append([section.name, String(section.bytes)]) }
      print("\n" + TextTable(rows: sections).rendered)
    }
  }

  /// `codefind index verify`.
  struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check every checksum of the index file, naming any damaged section.")

    @OptionGroup var dataOptions: DataOptions

    @Option(name: .long, help: "The index file to check (default: the data folder's index).")
    var index: String?

    func run() throws {
      let directory = try dataOptions.directory()
      let path = IndexLocation(explicitPath: index, data: directory).path
      do {
        let reader = try IndexReader(path: path)
        try reader.verify()
        let fresh = IndexStore.isFresh(reader, for: DataSources(directory: directory))
        print("\(path): all \(reader.sectionSizes.count) section checksums match"
          + (fresh ? "; built from the current data" : "; the data changed since it was built (it is rebuilt on next use)"))
      } catch {
        throw CommandFailure(error.description)
      }
    }
  }
}

/// A byte count in words a person reads (`31.2 MB`).
struct ByteCount: CustomStringConvertible {
  let bytes: Int
  init(_ bytes: Int) { self.bytes = bytes }
  var description: String {
    bytes >= 1_000_000 ? String(format: "%.1f MB", Double(bytes) / 1_000_000) : String(format: "%.1f kB", Double(bytes) / 1_000)
  }
}
