import Dispatch
import Foundation

/// `quarry generate`: writes a complete, deterministic S2B2C root — `schema/` (the bundled
/// schema) and `data/` (every collection of it) — with exactly `scale` orders and the other
/// collections scaled with it (`DatasetCounts`).
///
/// The same seed and scale give byte-identical files, whatever the machine or the number of
/// cores; another seed gives other data. The root passes `quarry check` with no problem.
///
/// The data is shaped like real traffic: a few big merchants and many small ones, heavy and
/// light customers, order dates that peak at 618 and 双十一 and dip over Chinese New Year,
/// statuses whose paid / shipped / delivered times agree with each other, parties in several
/// UTC offsets (China, Oslo with daylight saving, New York, Tokyo), and files in both formats
/// and every layout the store reads: one document, a list, a YAML stream; ids given or taken
/// from the path; `@key`-renamed fields (`placed_at`, `wholesale_price`, `tracking_no`); YAML
/// 1.1 traps left unquoted under `String` (`NO`, `0755`, `0150`, `0012345`, `1e3`); exact
/// decimals (`35.50`); and a few decoy files the loader must skip.
public enum DatasetGenerator {
    public static let maximumScale = 10_000_000

    /// Generates into `root`, which must exist (see `OutputFolder.prepare`). `progress` is called
    /// with (files written, files in all) from the writing threads.
    public static func generate(
        scale: Int, seed: UInt64, into root: URL, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws -> GenerationSummary {
        guard (1...maximumScale).contains(scale) else { throw GeneratorError.scaleOutOfRange(scale) }
        let dataset = Dataset(scale: scale, seed: seed)
        let files = dataset.files()
        let written = try FileWriter(root: root).write(files, progress: progress) { file, buffer in
            dataset.render(file, into: &buffer)
        }
        return GenerationSummary(files: files.count, bytes: written, documents: dataset.documentCounts)
    }
}

/// What a generation wrote.
public struct GenerationSummary: Sendable {
    public struct Collection: Sendable, Equatable {
        /// The collection's folder under `data/`, e.g. `orders` or `group-buys`.
        public var path: String
        public var documents: Int
    }

    public var files: Int
    public var bytes: Int
    /// Documents per collection, in the order of `DatasetCounts`.
    public var documents: [Collection]
}

extension Dataset {
    var documentCounts: [GenerationSummary.Collection] {
        [
            .init(path: "orders", documents: orders.count),
            .init(path: "customers", documents: customers.count),
            .init(path: "merchants", documents: merchants.count),
            .init(path: "suppliers", documents: suppliers.count),
            .init(path: "products", documents: products.count),
            .init(path: "warehouses", documents: warehouses.count),
            .init(path: "campaigns", documents: campaigns.count),
            .init(path: "group-buys", documents: groupBuys.count),
            .init(path: "tickets", documents: tickets.count),
            .init(path: "shipments", documents: shipments.count),
            .init(path: "purchase-orders", documents: purchaseOrders.count),
            .init(path: "purchase-pools", documents: purchasePools.count),
            .init(path: "design-polls", documents: designPolls.count),
        ]
    }
}

public enum GeneratorError: Error, CustomStringConvertible, Equatable {
    /// The output folder has entries and `--force` was not given.
    case outputNotEmpty(String)
    /// The output path exists and is not a folder.
    case outputNotAFolder(String)
    case scaleOutOfRange(Int)
    /// Creating, removing or writing `path` failed.
    case fileSystem(path: String, reason: String)

    /// Usage errors (exit 2) as opposed to failures while writing (exit 1).
    public var isUsageError: Bool {
        switch self {
        case .outputNotEmpty, .outputNotAFolder, .scaleOutOfRange: true
        case .fileSystem: false
        }
    }

    public var description: String {
        switch self {
        case .outputNotEmpty(let path):
            "\(path) is not empty. Choose an empty or new folder, or pass --force to replace its schema/ and data/ (nothing else in it is touched)."
        case .outputNotAFolder(let path):
            "\(path) exists and is not a folder."
        case .scaleOutOfRange(let scale):
            "--scale must be from 1 to \(DatasetGenerator.maximumScale) orders, not \(scale)."
        case .fileSystem(let path, let reason):
            "\(path): \(reason)"
        }
    }
}

/// The folder `quarry generate` writes into.
public enum OutputFolder {
    /// Makes `url` ready: creates it when missing; refuses it when it holds anything (hidden
    /// entries included) unless `force`, which removes its `schema/` and `data/` and nothing else.
    public static func prepare(_ url: URL, force: Bool) throws {
        let manager = FileManager.default
        let path = url.path
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw GeneratorError.outputNotAFolder(path) }
            let entries: [String]
            do { entries = try manager.contentsOfDirectory(atPath: path) } catch {
                throw GeneratorError.fileSystem(path: path, reason: "cannot be listed (\(error.localizedDescription))")
            }
            guard !entries.isEmpty else { return }
            guard force else { throw GeneratorError.outputNotEmpty(path) }
            for name in ["schema", "data"] {
                let inner = url.appendingPathComponent(name)
                var linkStatus = stat()
                guard lstat(inner.path, &linkStatus) == 0 else { continue }
                // A symbolic link is removed itself; what it points to is never touched.
                do { try manager.removeItem(atPath: inner.path) } catch {
                    throw GeneratorError.fileSystem(path: inner.path, reason: "cannot be removed (\(error.localizedDescription))")
                }
            }
        } else {
            do { try manager.createDirectory(at: url, withIntermediateDirectories: true) } catch {
                throw GeneratorError.fileSystem(path: path, reason: "cannot be created (\(error.localizedDescription))")
            }
        }
    }
}

/// Writes files on all cores: each file's bytes are built in a reused buffer and written with
/// one `open`/`write`/`close`.
struct FileWriter {
    let root: URL

    /// Returns the number of bytes written.
    func write(
        _ files: [DataFile], progress: (@Sendable (Int, Int) -> Void)?,
        render: @escaping @Sendable (DataFile, inout TextBuffer) -> Void
    ) throws -> Int {
        let base = root.path.hasSuffix("/") ? root.path : root.path + "/"
        var folders = Set<Substring>()
        for file in files {
            if let slash = file.path.lastIndex(of: "/") { folders.insert(file.path[..<slash]) }
        }
        for folder in folders.sorted() {
            do {
                try FileManager.default.createDirectory(atPath: base + folder, withIntermediateDirectories: true)
            } catch {
                throw GeneratorError.fileSystem(path: base + folder, reason: "cannot be created (\(error.localizedDescription))")
            }
        }
        let chunk = 256
        let chunks = (files.count + chunk - 1) / chunk
        let results = ChunkResults(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { part in
            var buffer = TextBuffer(capacity: 64 * 1024)
            var folders = FolderHandles(base: base)
            defer { folders.closeAll() }
            var bytes = 0
            for index in part * chunk..<min(files.count, (part + 1) * chunk) {
                buffer.reset()
                render(files[index], &buffer)
                if let failure = folders.write(files[index].path, buffer.bytes) {
                    results.set(part, .failure(failure))
                    return
                }
                bytes += buffer.bytes.count
            }
            results.set(part, .success(bytes))
            if let progress { progress(results.finish(min(files.count, (part + 1) * chunk) - part * chunk), files.count) }
        }
        var total = 0
        for result in results.all {
            switch result {
            case .success(let bytes): total += bytes
            case .failure(let error): throw error
            case nil: break
            }
        }
        return total
    }
}

/// Open folders of one writing thread, so that each file is created with `openat` relative to
/// its folder instead of walking the whole path again.
private struct FolderHandles {
    let base: String
    private var open: [Substring: Int32] = [:]

    init(base: String) { self.base = base }

    /// Writes `bytes` to `path` (relative to the base) with one `openat`, `write` and `close`.
    mutating func write(_ path: String, _ bytes: [UInt8]) -> GeneratorError? {
        let slash = path.lastIndex(of: "/")!
        let folder = path[..<slash]
        let name = String(path[path.index(after: slash)...])
        let directory: Int32
        if let known = open[folder] {
            directory = known
        } else {
            directory = systemOpen(base + folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0)
            guard directory >= 0 else { return failure(base + folder) }
            open[folder] = directory
        }
        let descriptor = systemOpenAt(directory, name, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return failure(base + path) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { raw in
                systemWrite(descriptor, raw.baseAddress! + offset, bytes.count - offset)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return failure(base + path)
            }
            offset += count
        }
        return nil
    }

    private func failure(_ path: String) -> GeneratorError {
        .fileSystem(path: path, reason: "cannot be written (\(String(cString: strerror(errno))))")
    }

    mutating func closeAll() {
        for descriptor in open.values { close(descriptor) }
        open = [:]
    }
}

private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 { open(path, flags, mode) }

private func systemOpenAt(_ directory: Int32, _ name: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
    openat(directory, name, flags, mode)
}

/// The C library's `write`, out of reach of `FileWriter.write`'s name.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

/// Per-chunk results written from many threads, and a running count of files done.
private final class ChunkResults: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<Int, GeneratorError>?]
    private var done = 0

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<Int, GeneratorError>) {
        lock.lock()
        results[index] = result
        lock.unlock()
    }

    /// Adds `files` to the count of files done and returns the new count.
    func finish(_ files: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        done += files
        return done
    }

    var all: [Result<Int, GeneratorError>?] {
        lock.lock()
        defer { lock.unlock() }
        return results
    }
}
