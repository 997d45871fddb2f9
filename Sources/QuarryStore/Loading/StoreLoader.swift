import Dispatch
import Foundation
import QuarrySchema

/// Loads a root's data tree into a snapshot: finds every collection's files, reads and types them
/// in parallel on all cores, keeps the first of duplicate ids in path order, orders each
/// collection by id, builds the indexes, and reports dangling references.
public enum StoreLoader {
    /// `progress` is called with (files done, files in all) from the loading threads.
    public static func load(
        root: URL, schema: Schema, generation: Int = 1, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) -> StoreSnapshot {
        let layouts = SchemaLayouts(schema: schema)
        var scanner = DataFiles(root: root)
        var work: [(DataFiles.Found, TypeID)] = []
        for type in schema.collections {
            guard let collection = schema[type].collection else { continue }
            for found in scanner.files(ofCollection: collection.path) { work.append((found, type)) }
        }
        let files = readInParallel(work, schema: schema, layouts: layouts, progress: progress)
        return assemble(files: files, schema: schema, layouts: layouts, generation: generation, scanProblems: scanner.problems)
    }

    static func readInParallel(
        _ work: [(DataFiles.Found, TypeID)], schema: Schema, layouts: SchemaLayouts, progress: (@Sendable (Int, Int) -> Void)?
    ) -> [LoadedFile] {
        let results = ResultSlots<LoadedFile>(count: work.count)
        let done = Counter()
        DispatchQueue.concurrentPerform(iterations: work.count) { index in
            let (found, type) = work[index]
            results[index] = LoadedFile.read(found, collection: type, schema: schema, layouts: layouts)
            if let progress { progress(done.increment(), work.count) }
        }
        return results.values
    }

    static func assemble(
        files: [LoadedFile], schema: Schema, layouts: SchemaLayouts, generation: Int, scanProblems: [DataProblem]
    ) -> StoreSnapshot {
        var problems = scanProblems
        var byCollection: [TypeID: [StoredDocument]] = [:]
        var firstSeen: [TypeID: [String: (file: String, line: Int32)]] = [:]
        for file in files {
            problems += file.problems
            for document in file.documents {
                if let first = firstSeen[file.collection]?[document.id] {
                    problems.append(DataProblem(
                        file: file.path, line: Int(document.line), column: nil,
                        message: "duplicate id \"\(document.id)\": already used in \(first.file):\(first.line); this document is skipped."))
                    continue
                }
                firstSeen[file.collection, default: [:]][document.id] = (file.path, document.line)
                byCollection[file.collection, default: []].append(document)
            }
        }
        var collections: [CollectionData] = []
        for type in schema.collections {
            let documents = (byCollection[type] ?? []).sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
            collections.append(CollectionData(type: type, layout: layouts[type]!, documents: documents))
        }
        let snapshot = StoreSnapshot(schema: schema, layouts: layouts, generation: generation, collections: collections,
                                     problems: problems, fileCount: files.count, byteCount: files.reduce(0) { $0 + $1.byteCount })
        var dangling: [DataProblem] = []
        for file in files {
            for reference in file.references where snapshot.collection(reference.target)?.position(of: reference.id) == nil {
                dangling.append(DataProblem(
                    file: reference.file, line: reference.location.line, column: reference.location.column,
                    message: "\(reference.path): dangling reference: no \(schema[reference.target].name) has id \"\(reference.id)\"."))
            }
        }
        guard !dangling.isEmpty else { return snapshot }
        return StoreSnapshot(schema: schema, layouts: layouts, generation: generation, collections: collections,
                             problems: problems + dangling, fileCount: snapshot.fileCount, byteCount: snapshot.byteCount)
    }
}

/// Slots written by many threads, one slot per index, read once all are done. The buffer is
/// allocated once, so concurrent writes to different slots touch no shared Swift storage.
final class ResultSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    subscript(index: Int) -> Value? {
        get { slots[index] }
        set { slots[index] = newValue }
    }

    var values: [Value] { slots.map { $0! } }
}

final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
