// The store benchmarks' workload (issue 4, "What it must show"): a root written by the
// baseline's `gen.py --seed 1` at some scale, its data files preloaded into memory, and the
// measures the issue's targets are read against (baseline README, "How the issues' targets are
// read"):
//
// - the bare libyaml event scan of every YAML file, one thread, bytes already in memory;
// - the JSON files read and typed to store values, one thread, bytes already in memory;
// - Quarry's full load of the tree (all cores, warm cache);
// - a reload after one order file changes.
//
// Roots are found at `$QUARRY_STORE_ROOT_<N>`, else `/tmp/s2b2c-<N>` (where
// `run-store-bench.sh` generates them).

import Foundation
import QuarrySchema
import QuarryStore

public enum StoreRoots {
    /// The scales measured: `$QUARRY_STORE_SCALES` (comma-separated), else 10 000 and 100 000.
    public static var scales: [Int] {
        if let text = ProcessInfo.processInfo.environment["QUARRY_STORE_SCALES"] {
            return text.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        }
        return [10_000, 100_000]
    }

    public static func root(scale: Int) -> URL {
        if let path = ProcessInfo.processInfo.environment["QUARRY_STORE_ROOT_\(scale)"] {
            return URL(fileURLWithPath: path)
        }
        return URL(fileURLWithPath: "/tmp/s2b2c-\(scale)")
    }
}

/// A generated root with its data files in memory.
public final class StoreWorkload: @unchecked Sendable {
    public let root: URL
    public let schema: Schema
    /// Every YAML data file's bytes (`*.yaml`, `*.yml` under `data/`), in path order.
    public let yamlFiles: [[UInt8]]
    /// Every JSON data file, with its path relative to the root.
    public let jsonFiles: [(path: String, bytes: [UInt8])]
    public let yamlByteCount: Int
    public let jsonByteCount: Int

    public var dataByteCount: Int { yamlByteCount + jsonByteCount }

    public init(root: URL) throws {
        self.root = root.standardizedFileURL
        schema = try ServedSchema.build(files: try SchemaFiles.read(root: self.root))
        var yaml: [[UInt8]] = []
        var json: [(String, [UInt8])] = []
        let data = self.root.appendingPathComponent("data")
        guard let walker = FileManager.default.enumerator(atPath: data.path) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: data.path])
        }
        for case let relative as String in walker {
            let lower = relative.lowercased()
            let isYAML = lower.hasSuffix(".yaml") || lower.hasSuffix(".yml")
            guard isYAML || lower.hasSuffix(".json"),
                  !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            let bytes = [UInt8](try Data(contentsOf: data.appendingPathComponent(relative)))
            if isYAML { yaml.append(bytes) } else { json.append(("data/" + relative, bytes)) }
        }
        yamlFiles = yaml
        jsonFiles = json
        yamlByteCount = yaml.reduce(0) { $0 + $1.count }
        jsonByteCount = json.reduce(0) { $0 + $1.1.count }
    }

    /// The bare libyaml event scan of every YAML file, one thread: the events parsed.
    @discardableResult
    public func scanYAML() -> Int {
        var events = 0
        for bytes in yamlFiles { events += (try? YAMLReader.scanEvents(bytes)) ?? 0 }
        return events
    }

    /// Every JSON file of at least `minimumBytes` read and typed to store values, one thread:
    /// the documents made.
    /// Each file's collection is found before the clock starts (`jsonPlaces`), as a load's walk
    /// finds it before reading: the measure is of reading and typing.
    @discardableResult
    public func typeJSON(with reader: DataFileReader, at places: [DataFileReader.PreparedPath?], minimumBytes: Int = 0) -> Int {
        var documents = 0
        for (file, place) in zip(jsonFiles, places) where file.bytes.count >= minimumBytes {
            if let place { documents += reader.read(file.bytes, at: place).documents.count }
        }
        return documents
    }

    /// The place of each JSON file for `reader` (nil for a path outside every collection).
    public func jsonPlaces(for reader: DataFileReader) -> [DataFileReader.PreparedPath?] {
        jsonFiles.map { reader.prepare(path: $0.path) }
    }

    /// The bytes of the JSON files of at least `minimumBytes`.
    public func jsonByteCount(minimumBytes: Int) -> Int {
        jsonFiles.reduce(0) { $0 + ($1.bytes.count >= minimumBytes ? $1.bytes.count : 0) }
    }

    /// Quarry's full load of the tree.
    public func load() -> StoreSnapshot { StoreLoader.load(root: root, schema: schema) }

    /// What the load target allows: 1.5 × (the scan's time + the JSON bytes at 300 MB/s).
    public func loadAllowance(scanSeconds: Double) -> Double {
        1.5 * (scanSeconds + Double(jsonByteCount) / 300e6)
    }
}

/// One order file changed back and forth (another status and fee: a real change of values,
/// same id and references); the original bytes are put back by `restore()`.
public final class OrderFileChange: @unchecked Sendable {
    /// Relative to the root.
    public let path: String
    let url: URL
    let original: Data
    private var round = 0

    public init(root: URL) throws {
        let orders = root.appendingPathComponent("data/orders")
        guard let walker = FileManager.default.enumerator(atPath: orders.path),
              let name = walker.lazy.compactMap({ $0 as? String }).first(where: { $0.hasSuffix(".yaml") }) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: orders.path])
        }
        path = "data/orders/" + name
        url = root.appendingPathComponent(path)
        original = try Data(contentsOf: url)
    }

    /// Writes the next variant of the file.
    public func writeNext() throws {
        round += 1
        let statuses = ["PENDING", "PAID", "SHIPPED", "DELIVERED"]
        var lines = String(decoding: original, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (at, line) in lines.enumerated() {
            if line.hasPrefix("status: ") { lines[at] = "status: \(statuses[round % statuses.count])" }
            if line.hasPrefix("shippingFee: ") { lines[at] = "shippingFee: \(round % 100).00" }
        }
        try Data(lines.joined(separator: "\n").utf8).write(to: url)
    }

    public func restore() { try? original.write(to: url) }
}

/// Resident memory of this process from `/proc/self/status`, in kB: now and the peak so far.
public func residentKilobytes() -> (current: Int, peak: Int) {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return (0, 0) }
    func field(_ name: String) -> Int {
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }) else { return 0 }
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "0") ?? 0
    }
    return (field("VmRSS"), field("VmHWM"))
}
