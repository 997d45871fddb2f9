import Foundation
import QuarryLanguage
import QuarrySchema

/// A root served live (PRODUCT.md §8, SEMANTICS.md §13.3): the current snapshot, replaced as the
/// files under `data/` and `schema/` change.
///
/// - `current` is readable from any thread at any time; a request keeps the snapshot it read.
///   A reload builds the next snapshot aside and swaps one reference under a short lock, so a
///   reader never waits for a reload and never sees half of one: every change of one reload
///   (one debounce window of the watcher) is in the same snapshot.
/// - A data change re-reads only the changed files and rebuilds only what depends on them.
///   A file that becomes broken (cannot be read or parsed) keeps its last good version serving;
///   its error is reported until it is fixed.
/// - A schema change (any `*.graphql` under `schema/` except `schema/queries/`) loads everything
///   again with the new schema; a broken schema keeps the last good schema and data serving and
///   reports its errors.
public final class LiveStore: @unchecked Sendable {
    public enum WatchMode: Sendable, Hashable {
        /// No watching: changes are applied by `reload(paths:)`.
        case off
        /// inotify on Linux, polling elsewhere (or when inotify cannot start).
        case automatic
        /// inotify (Linux); polling where it is not available or cannot start.
        case inotify
        /// stat every file's modification time and size every `pollInterval`.
        case polling
    }

    public struct Options: Sendable {
        public var watch: WatchMode
        /// Quiet time after the last event before a reload: a burst of events (a `git checkout`,
        /// an editor's save) becomes one reload.
        public var debounce: Duration
        public var pollInterval: Duration

        public init(watch: WatchMode = .automatic, debounce: Duration = .milliseconds(75),
                    pollInterval: Duration = .milliseconds(500)) {
            self.watch = watch
            self.debounce = debounce
            self.pollInterval = pollInterval
        }
    }

    public let root: URL
    public let options: Options
    /// The root's path with a final `/`.
    private let rootPrefix: String

    // Read by any thread, under `lock`.
    private let lock = NSCondition()
    private var snapshot: StoreSnapshot
    private var schemaErrors: [SchemaError] = []
    private var lastReport: ReloadReport?
    private var watcher: ChangeWatcher?
    private var watchingWith: WatchMode = .off

    // The writer's side, under `writer`: one reload at a time.
    private let writer = NSLock()
    private var state: StoreState

    /// Loads the root (in parallel on all cores) and, unless `options.watch` is `.off`, starts
    /// watching it. Throws `SchemaErrors` when there is no schema to serve (or the error that
    /// kept a schema file from being read).
    public init(root: URL, options: Options = Options(), progress: (@Sendable (Int, Int) -> Void)? = nil) throws {
        self.root = root.standardizedFileURL
        self.options = options
        rootPrefix = self.root.path.hasSuffix("/") ? self.root.path : self.root.path + "/"
        let schema = try ServedSchema.build(files: try SchemaFiles.read(root: self.root))
        state = StoreState(root: self.root, schema: schema)
        snapshot = state.loadAll(progress: progress)
        if options.watch != .off { startWatching(options.watch) }
    }

    deinit { watcher?.stop() }

    // MARK: Reading

    /// The snapshot to serve now.
    public var current: StoreSnapshot {
        lock.lock()
        defer { lock.unlock() }
        return snapshot
    }

    /// Grows with every reload.
    public var generation: Int { current.generation }

    /// What the last reload did; nil before the first.
    public var lastReload: ReloadReport? {
        lock.lock()
        defer { lock.unlock() }
        return lastReport
    }

    /// The problems of the last reload: of the files it read, and the schema's errors when the
    /// schema did not build.
    public var lastReloadProblems: [DataProblem] { lastReload?.problems ?? [] }

    /// The current problems: the schema's errors when the schema on disk does not build (the last
    /// good schema still serving), then the served snapshot's problems.
    public var problems: [DataProblem] {
        lock.lock()
        defer { lock.unlock() }
        return schemaErrors.map(DataProblem.init(schemaError:)) + snapshot.problems
    }

    /// What `/healthz` shows (SEMANTICS.md §13.1).
    public var health: Health {
        lock.lock()
        defer { lock.unlock() }
        return Health(ready: true, generation: snapshot.generation,
                      errors: schemaErrors.map(DataProblem.init(schemaError:)) + snapshot.problems, watching: watchingWith)
    }

    public struct Health: Sendable {
        /// A snapshot is being served.
        public var ready: Bool
        public var generation: Int
        /// Schema errors first, then the data problems (warnings included, marked by severity).
        public var errors: [DataProblem]
        /// How changes are noticed (`.off`: only by `reload(paths:)`).
        public var watching: WatchMode
    }

    /// Waits until the generation reaches `generation` or `timeout` passes; true if it did.
    public func waitForGeneration(atLeast generation: Int, timeout: Duration) -> Bool {
        let deadline = Date().addingTimeInterval(Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18)
        lock.lock()
        defer { lock.unlock() }
        while snapshot.generation < generation {
            if !lock.wait(until: deadline) { return snapshot.generation >= generation }
        }
        return true
    }

    // MARK: Reloading

    /// What one reload did.
    public struct ReloadReport: Sendable {
        public var generation: Int
        /// From the call (for the watcher: its event, after the debounce) to the new snapshot
        /// being served.
        public var duration: Duration
        public var filesRead: Int
        public var filesRemoved: Int
        /// The schema changed and built: everything was loaded again.
        public var schemaReloaded: Bool
        /// The problems of the files read (and of files whose references it left dangling), and
        /// the schema's errors when it did not build.
        public var problems: [DataProblem]
    }

    /// Applies changes under `paths`, files or folders relative to the root (or absolute under
    /// it), changed, created or deleted; returns what was done. Safe from any thread; reloads
    /// run one at a time. Paths that are neither data nor schema (another extension, a hidden
    /// name, a saved query) change nothing, not even the generation.
    @discardableResult
    public func reload(paths: some Sequence<String>) -> ReloadReport {
        let started = ContinuousClock.now
        writer.lock()
        defer { writer.unlock() }
        var dataPaths: [String] = []
        var schemaChanged = false
        for path in paths {
            let relative = relativePath(path)
            if Self.isSchemaPath(relative) { schemaChanged = true } else { dataPaths.append(relative) }
        }
        var errors = currentSchemaErrors()
        if schemaChanged {
            switch rebuildSchema() {
            case .unchanged:
                errors = []
            case .broken(let found):
                errors = found
            case .built(let schema):
                errors = []
                let next = StoreState(root: root, schema: schema, generation: state.generation + 1)
                let loaded = next.loadAll()
                state = next
                let report = ReloadReport(generation: loaded.generation, duration: ContinuousClock.now - started,
                                          filesRead: loaded.fileCount, filesRemoved: 0, schemaReloaded: true,
                                          problems: loaded.problems)
                publish(loaded, schemaErrors: errors, report: report)
                return report
            }
        }
        let (next, reload) = state.reload(paths: dataPaths)
        let previous = current
        guard next != nil || errors != currentSchemaErrors() else {
            // Nothing that is data or schema changed: the snapshot served stays, and so does
            // its generation.
            return ReloadReport(generation: previous.generation, duration: ContinuousClock.now - started, filesRead: 0,
                                filesRemoved: 0, schemaReloaded: false, problems: [])
        }
        let served = next ?? previous.nextGeneration()
        if next == nil { state.skipGeneration() }
        let report = ReloadReport(generation: served.generation, duration: ContinuousClock.now - started,
                                  filesRead: reload.filesRead, filesRemoved: reload.filesRemoved, schemaReloaded: false,
                                  problems: errors.map(DataProblem.init(schemaError:)) + reload.problems)
        publish(served, schemaErrors: errors, report: report)
        return report
    }

    /// Reads everything again (what a watcher does when it lost track of events).
    @discardableResult
    public func reloadEverything() -> ReloadReport { reload(paths: ["data", "schema"]) }

    private func publish(_ next: StoreSnapshot, schemaErrors errors: [SchemaError], report: ReloadReport) {
        lock.lock()
        let previous = snapshot
        snapshot = next
        schemaErrors = errors
        lastReport = report
        lock.broadcast()
        lock.unlock()
        // The previous snapshot (and what only it held) is freed here, outside the lock, unless a
        // reader still holds it.
        withExtendedLifetime(previous) {}
    }

    private func currentSchemaErrors() -> [SchemaError] {
        lock.lock()
        defer { lock.unlock() }
        return schemaErrors
    }

    private enum SchemaOutcome {
        case unchanged
        case broken([SchemaError])
        case built(Schema)
    }

    private func rebuildSchema() -> SchemaOutcome {
        let files: [Source]
        do {
            files = try SchemaFiles.read(root: root)
        } catch let errors as SchemaErrors {
            return .broken(errors.errors)
        } catch {
            return .broken([SchemaError(file: "schema", line: 1, column: 1, message: "cannot be read: \(error.localizedDescription)")])
        }
        let served = state.schema.files
        if files.count == served.count && zip(files, served).allSatisfy({ $0.name == $1.name && $0.bytes == $1.bytes }) {
            return .unchanged
        }
        do {
            return .built(try ServedSchema.build(files: files))
        } catch {
            return .broken(error.errors)
        }
    }

    /// A path under `schema/` that can change the schema: a `.graphql` file, or a folder (a name
    /// without extension), outside `schema/queries/` and hidden names.
    static func isSchemaPath(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        guard parts.first == "schema" else { return false }
        if parts.count >= 2 && parts[1] == "queries" { return false }
        if parts.contains(where: { $0.hasPrefix(".") }) { return false }
        guard let name = parts.last, parts.count > 1 else { return true }
        return name.hasSuffix(".graphql") || !name.contains(".")
    }

    /// `path` relative to the root, normalized.
    private func relativePath(_ path: String) -> String {
        if path.hasPrefix(rootPrefix) { return StoreState.normalize(String(path.dropFirst(rootPrefix.count))) }
        return StoreState.normalize(path)
    }

    // MARK: Watching

    /// Starts noticing changes (stopping a watcher already running); reloads run on the
    /// watcher's own thread.
    public func startWatching(_ mode: WatchMode) {
        stopWatching()
        guard mode != .off else { return }
        let onChange: @Sendable (Set<String>) -> Void = { [weak self] paths in self?.reload(paths: paths) }
        var started: ChangeWatcher?
        var used = mode
        #if os(Linux)
        if mode == .automatic || mode == .inotify {
            started = try? InotifyWatcher(root: root, debounce: options.debounce, onChange: onChange)
            used = .inotify
        }
        #endif
        if started == nil {
            started = PollingWatcher(root: root, interval: options.pollInterval, onChange: onChange)
            used = .polling
        }
        lock.lock()
        watcher = started
        watchingWith = used
        lock.unlock()
    }

    /// Stops the watcher, if any, and waits for its thread to end.
    public func stopWatching() {
        lock.lock()
        let running = watcher
        watcher = nil
        watchingWith = .off
        lock.unlock()
        running?.stop()
    }

    /// How changes are noticed now.
    public var watching: WatchMode {
        lock.lock()
        defer { lock.unlock() }
        return watchingWith
    }
}

extension DataProblem {
    /// A schema error as `/healthz` lists it.
    public init(schemaError: SchemaError) {
        self.init(file: schemaError.file, line: schemaError.line, column: schemaError.column, message: schemaError.message)
    }
}
