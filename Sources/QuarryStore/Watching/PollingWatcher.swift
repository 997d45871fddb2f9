import Dispatch
import Foundation

/// Something that notices changes under a root and reports them, on its own thread, as paths
/// relative to the root.
protocol ChangeWatcher: AnyObject, Sendable {
    /// Stops the thread and waits for it to end (unless called from that thread).
    func stop()
}

/// Notices changes by looking: every `interval`, the modification time, size, inode and status
/// change time of every file under `data/` and `schema/` (hidden names skipped). A change is
/// reported once a look finds nothing new, so a file still being written is reported when it
/// stands still, and a burst of changes becomes one report. Used where inotify is not
/// available, or on request.
final class PollingWatcher: ChangeWatcher, @unchecked Sendable {
    private let root: String
    private let interval: Duration
    private let onChange: @Sendable (Set<String>) -> Void
    private let condition = NSCondition()
    private var stopping = false
    private var thread: Thread?
    private let ended = DispatchSemaphore(value: 0)

    init(root: URL, interval: Duration, onChange: @escaping @Sendable (Set<String>) -> Void) {
        self.root = root.standardizedFileURL.path
        self.interval = interval
        self.onChange = onChange
        // The first look is taken now: a change made once this returns is noticed.
        let first = Self.look(root: self.root)
        let thread = Thread { [self] in
            run(from: first)
            ended.signal()
        }
        thread.name = "quarry-poll"
        self.thread = thread
        thread.start()
    }

    func stop() {
        condition.lock()
        let already = stopping
        stopping = true
        condition.broadcast()
        condition.unlock()
        if !already && Thread.current !== thread { ended.wait() }
    }

    private func run(from first: [String: FileSignature]) {
        var previous = first
        var pending: Set<String> = []
        while wait() {
            let now = Self.look(root: root)
            var changed: Set<String> = []
            for (path, signature) in now where previous[path] != signature { changed.insert(path) }
            for path in previous.keys where now[path] == nil { changed.insert(path) }
            previous = now
            if !changed.isEmpty {
                pending.formUnion(changed)
            } else if !pending.isEmpty {
                onChange(pending)
                pending = []
            }
        }
    }

    /// Sleeps one interval; false once stopping.
    private func wait() -> Bool {
        let seconds = Double(interval.components.seconds) + Double(interval.components.attoseconds) / 1e18
        let deadline = Date().addingTimeInterval(seconds)
        condition.lock()
        defer { condition.unlock() }
        while !stopping {
            if !condition.wait(until: deadline) { return !stopping }
        }
        return false
    }

    /// Every file under `data/` and `schema/`, by path relative to the root.
    static func look(root: String) -> [String: FileSignature] {
        var files: [String: FileSignature] = [:]
        var visited: Set<FolderIdentity> = []
        for top in ["data", "schema"] { walk(root + "/" + top, relative: top, into: &files, visited: &visited) }
        return files
    }

    private static func walk(_ folder: String, relative: String, into files: inout [String: FileSignature],
                             visited: inout Set<FolderIdentity>) {
        var status = stat()
        guard stat(folder, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR,
              visited.insert(FolderIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))).inserted,
              let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        let descriptor = dirfd(directory)
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            let path = relative + "/" + name
            var entryStatus = stat()
            guard fstatat(descriptor, name, &entryStatus, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
            var kind = entryStatus.st_mode & S_IFMT
            if kind == S_IFLNK {
                // A link is followed; one to nothing is still a file to report.
                var target = stat()
                if fstatat(descriptor, name, &target, 0) == 0 {
                    entryStatus = target
                    kind = target.st_mode & S_IFMT
                }
            }
            if kind == S_IFDIR {
                walk(folder + "/" + name, relative: path, into: &files, visited: &visited)
            } else {
                files[path] = FileSignature(entryStatus)
            }
        }
    }
}

/// What tells that a file changed without reading it.
struct FileSignature: Equatable {
    var inode: UInt64
    var size: Int64
    var modified: Int64
    var statusChanged: Int64
    var mode: UInt32

    init(_ status: stat) {
        inode = UInt64(status.st_ino)
        size = Int64(status.st_size)
        #if canImport(Darwin)
        modified = Int64(status.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(status.st_mtimespec.tv_nsec)
        statusChanged = Int64(status.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(status.st_ctimespec.tv_nsec)
        #else
        modified = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
        statusChanged = Int64(status.st_ctim.tv_sec) * 1_000_000_000 + Int64(status.st_ctim.tv_nsec)
        #endif
        mode = UInt32(status.st_mode)
    }
}

private struct FolderIdentity: Hashable {
    var device: UInt64
    var inode: UInt64
}
