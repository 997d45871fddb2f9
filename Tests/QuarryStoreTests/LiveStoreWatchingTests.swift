import Foundation
import QuarrySchema
import Testing

@testable import QuarryStore

/// Editors' save patterns, a `git checkout` of many files, folders and schema changes, noticed by
/// inotify and by polling, end in the right state; readers never see half of a change.
@Suite struct LiveStoreWatchingTests {
    static let schema = """
        type Customer @collection(path: "customers") {
          id: ID!
          name: String!
          version: Int
        }
        """

    static var modes: [LiveStore.WatchMode] {
        #if os(Linux)
        [.inotify, .polling]
        #else
        [.polling]
        #endif
    }

    static func start(_ root: TemporaryRoot, _ mode: LiveStore.WatchMode) throws -> LiveStore {
        let live = try LiveStore(root: root.url, options: .init(watch: mode, debounce: .milliseconds(100), pollInterval: .milliseconds(100)))
        #expect(live.watching == mode)
        return live
    }

    static func name(_ live: LiveStore, _ id: String) -> String? {
        let snapshot = live.current
        guard case .string(let name) = snapshot.collection(snapshot.schema.typeID(named: "Customer")!)?.document(id: id)?.values[1]
        else { return nil }
        return name
    }

    @Test(arguments: modes)
    func editorSavePatterns(mode: LiveStore.WatchMode) throws {
        let root = try TemporaryRoot(schema: Self.schema, files: [
            "data/customers/c-1.yaml": "name: One\n",
            "data/customers/c-2.yaml": "name: Two\n",
            "data/customers/c-3.yaml": "name: Three\n",
        ])
        let live = try Self.start(root, mode)
        defer { live.stopWatching() }
        let folder = root.url.appendingPathComponent("data/customers")

        // Write to a temporary file, then rename it over the original (vim, VS Code, most tools).
        try Data("name: One, renamed\n".utf8).write(to: folder.appendingPathComponent(".c-1.yaml.swp"))
        try Data("name: One, renamed\n".utf8).write(to: folder.appendingPathComponent("c-1.yaml.tmp"))
        #expect(rename(folder.appendingPathComponent("c-1.yaml.tmp").path, folder.appendingPathComponent("c-1.yaml").path) == 0)
        #expect(eventually { Self.name(live, "c-1") == "One, renamed" })

        // Truncate, then write in two parts with a pause (a slow writer).
        let handle = try FileHandle(forWritingTo: folder.appendingPathComponent("c-2.yaml"))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data("name: Tw".utf8))
        Thread.sleep(forTimeInterval: 0.02)
        try handle.write(contentsOf: Data("o, rewritten\n".utf8))
        try handle.close()
        #expect(eventually { Self.name(live, "c-2") == "Two, rewritten" })

        // Delete, then create again.
        try root.remove("data/customers/c-3.yaml")
        try root.write("data/customers/c-3.yaml", "name: Three, recreated\n")
        #expect(eventually { Self.name(live, "c-3") == "Three, recreated" })

        // Delete for good.
        try root.remove("data/customers/c-3.yaml")
        #expect(eventually { Self.name(live, "c-3") == nil && live.current.documentCount == 2 })

        // A broken save keeps the last good version, and reports it; fixing it serves the fix.
        try root.write("data/customers/c-1.yaml", "name: [broken\n")
        #expect(eventually { live.health.errors.contains { $0.file == "data/customers/c-1.yaml" } })
        #expect(Self.name(live, "c-1") == "One, renamed")
        try root.write("data/customers/c-1.yaml", "name: One, fixed\n")
        #expect(eventually { Self.name(live, "c-1") == "One, fixed" && live.health.errors.isEmpty })
    }

    /// Many files at once (a `git checkout`): one snapshot holds all of them or none.
    @Test(arguments: modes)
    func manyFilesAtOnceLandTogether(mode: LiveStore.WatchMode) throws {
        let root = try TemporaryRoot(schema: Self.schema, files: ["data/customers/c-0.yaml": "name: Zero\n"])
        let live = try Self.start(root, mode)
        defer { live.stopWatching() }
        let seen = LockedArray()
        let reader = Thread {
            var last = -1
            while !seen.stopped {
                let count = live.current.documentCount
                if count != last { seen.append(count) }
                last = count
            }
        }
        reader.start()
        // A new folder with files, and files in an existing folder.
        for index in 1...60 {
            let folder = index % 2 == 0 ? "data/customers/batch/" : "data/customers/"
            try root.write("\(folder)c-\(index).yaml", "id: c-\(index)\nname: N\(index)\n")
        }
        #expect(eventually { live.current.documentCount == 61 })
        seen.stop()
        Thread.sleep(forTimeInterval: 0.05)
        let counts = Set(seen.values)
        #expect(counts.isSubset(of: [1, 61]), "a reader saw \(counts.sorted())")

        // Folders deleted and moved.
        try FileManager.default.moveItem(at: root.url.appendingPathComponent("data/customers/batch"),
                                         to: root.url.appendingPathComponent("data/customers/moved"))
        #expect(eventually { live.current.documentCount == 61
            && live.current.collection(live.current.schema.typeID(named: "Customer")!)!.document(id: "c-2")?.file
                == "data/customers/moved/c-2.yaml" })
        try root.remove("data/customers/moved")
        #expect(eventually { live.current.documentCount == 31 })
        // A file added inside a folder created after watching began.
        try root.write("data/customers/later/deeper/c-100.yaml", "id: c-100\nname: Later\n")
        #expect(eventually { Self.name(live, "c-100") == "Later" })
        #expect(fingerprint(live.current) == fingerprint(try root.fullLoad()))
    }

    @Test(arguments: modes)
    func schemaChangesAreServed(mode: LiveStore.WatchMode) throws {
        let root = try TemporaryRoot(schema: Self.schema, files: ["data/customers/c-1.yaml": "name: One\nversion: 1\n"])
        let live = try Self.start(root, mode)
        defer { live.stopWatching() }
        try root.write("schema/test.graphql", Self.schema + "\ntype Broken { field: Nowhere }\n")
        #expect(eventually { live.health.errors.first?.file == "schema/test.graphql" })
        #expect(live.current.schema.type(named: "Broken") == nil)
        try root.write("schema/more.graphql", "type Note @collection(path: \"notes\") { id: ID! text: String }\n")
        try root.write("schema/test.graphql", Self.schema)
        try root.write("data/notes/n-1.yaml", "text: hi\n")
        #expect(eventually {
            let snapshot = live.current
            return live.health.errors.isEmpty
                && snapshot.schema.typeID(named: "Note").flatMap { snapshot.collection($0)?.document(id: "n-1") } != nil
        })
    }

    /// Readers hammer `current` while reloads change two files together: every snapshot a reader
    /// gets has both at the same version, and its generation never goes back.
    @Test func readersSeeWholeReloadsOnly() throws {
        let root = try TemporaryRoot(schema: Self.schema, files: [
            "data/customers/a.yaml": "name: A\nversion: 0\n",
            "data/customers/b.yaml": "name: B\nversion: 0\n",
        ])
        let live = try LiveStore(root: root.url, options: .init(watch: .off))
        let failures = LockedArray()
        let done = DispatchGroup()
        let stop = LockedArray()
        for _ in 0..<3 {
            done.enter()
            Thread {
                var lastGeneration = 0
                while !stop.stopped {
                    let snapshot = live.current
                    let customers = snapshot.collection(snapshot.schema.typeID(named: "Customer")!)!
                    let a = customers.document(id: "a")?.values[2]
                    let b = customers.document(id: "b")?.values[2]
                    if a != b || a == nil || snapshot.generation < lastGeneration { failures.append(snapshot.generation) }
                    lastGeneration = snapshot.generation
                }
                done.leave()
            }.start()
        }
        for version in 1...100 {
            try root.write("data/customers/a.yaml", "name: A\nversion: \(version)\n")
            try root.write("data/customers/b.yaml", "name: B\nversion: \(version)\n")
            live.reload(paths: ["data/customers/a.yaml", "data/customers/b.yaml"])
        }
        stop.stop()
        done.wait()
        #expect(failures.values.isEmpty)
        #expect(live.generation == 101)
        #expect(live.lastReload?.filesRead == 2)
    }
}

/// A list shared between threads in tests.
final class LockedArray: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Int] = []
    private var isStopped = false

    func append(_ value: Int) {
        lock.lock()
        items.append(value)
        lock.unlock()
    }

    var values: [Int] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }

    func stop() {
        lock.lock()
        isStopped = true
        lock.unlock()
    }

    var stopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return isStopped
    }
}
