#if os(Linux)
import Dispatch
import Foundation
import Glibc

/// Notices changes through inotify: a watch on the root (for `data/` and `schema/` themselves)
/// and on every folder under `data/` and `schema/`, added as folders appear. Events are
/// collected until `debounce` passes without one, then reported together, so a burst (an
/// editor's save, a `git checkout`) is one reload. A file that was written to and not yet
/// closed holds the report back (up to a second) so that a half-written file is not read.
final class InotifyWatcher: ChangeWatcher, @unchecked Sendable {
    struct CannotStart: Error {
        var message: String
    }

    private static let folderEvents = UInt32(
        IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_DELETE_SELF | IN_MODIFY | IN_ATTRIB
            | IN_MOVE_SELF | IN_ONLYDIR)
    private static let rootEvents = UInt32(IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ONLYDIR)
    /// How long an unclosed write holds a report back.
    private static let writeGrace = Duration.seconds(1)
    /// A steady stream of events is reported at least this often.
    private static let longestDelay = Duration.seconds(2)

    private let root: String
    private let debounce: Duration
    private let onChange: @Sendable (Set<String>) -> Void
    private let descriptor: Int32
    private let wake: (read: Int32, write: Int32)
    /// Watch → folder relative to the root ("" for the root). Used by the watcher's thread only.
    private var folders: [Int32: String] = [:]
    private let lock = NSLock()
    private var stopping = false
    private var thread: Thread?
    private let ended = DispatchSemaphore(value: 0)

    init(root: URL, debounce: Duration, onChange: @escaping @Sendable (Set<String>) -> Void) throws {
        self.root = root.standardizedFileURL.path
        self.debounce = debounce
        self.onChange = onChange
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { throw CannotStart(message: "inotify_init1: \(String(cString: strerror(errno)))") }
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else {
            close(descriptor)
            throw CannotStart(message: "pipe: \(String(cString: strerror(errno)))")
        }
        for end in pipeEnds {
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
        }
        wake = (pipeEnds[0], pipeEnds[1])
        // The watches are in place when this returns: a change made after it is noticed.
        let rootWatch = inotify_add_watch(descriptor, self.root, Self.rootEvents)
        guard rootWatch >= 0 else {
            let message = String(cString: strerror(errno))
            close(descriptor)
            close(wake.read)
            close(wake.write)
            throw CannotStart(message: "inotify_add_watch \(self.root): \(message)")
        }
        folders[rootWatch] = ""
        for top in ["data", "schema"] {
            if !watchTree(top) {
                close(descriptor)
                close(wake.read)
                close(wake.write)
                throw CannotStart(message: "inotify_add_watch: \(String(cString: strerror(errno)))")
            }
        }
        let thread = Thread { [self] in
            run()
            ended.signal()
        }
        thread.name = "quarry-inotify"
        self.thread = thread
        thread.start()
    }

    deinit {
        close(descriptor)
        close(wake.read)
        close(wake.write)
    }

    func stop() {
        lock.lock()
        let already = stopping
        stopping = true
        lock.unlock()
        guard !already else { return }
        var byte: UInt8 = 1
        _ = write(wake.write, &byte, 1)
        if Thread.current !== thread { ended.wait() }
    }

    private var isStopping: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopping
    }

    // MARK: The thread

    private func run() {
        var pending: Set<String> = []
        /// Files written to and not closed since.
        var writing: Set<String> = []
        var firstEvent = ContinuousClock.now
        var lastEvent = ContinuousClock.now
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 8)
        defer { buffer.deallocate() }
        func deadline() -> ContinuousClock.Instant {
            let quiet = lastEvent + (writing.isEmpty ? debounce : max(debounce, Self.writeGrace))
            return min(quiet, firstEvent + Self.longestDelay)
        }
        while !isStopping {
            var timeout: Int32 = -1
            if !pending.isEmpty {
                let left = deadline() - ContinuousClock.now
                timeout = left <= .zero
                    ? 0 : Int32(clamping: left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000 + 1)
            }
            var fds = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 2, timeout)
            if ready < 0 && errno != EINTR { break }
            if fds[1].revents != 0 { break }
            if fds[0].revents != 0 {
                let wasEmpty = pending.isEmpty
                let before = pending.count
                while true {
                    let count = read(descriptor, buffer.baseAddress, buffer.count)
                    if count <= 0 { break }
                    handle(UnsafeRawBufferPointer(rebasing: buffer[..<count]), pending: &pending, writing: &writing)
                }
                let now = ContinuousClock.now
                if wasEmpty && !pending.isEmpty { firstEvent = now }
                if pending.count != before || !wasEmpty { lastEvent = now }
            }
            if !pending.isEmpty && ContinuousClock.now >= deadline() {
                let paths = pending
                pending = []
                writing = []
                onChange(paths)
            }
        }
    }

    private func handle(_ bytes: UnsafeRawBufferPointer, pending: inout Set<String>, writing: inout Set<String>) {
        let header = MemoryLayout<inotify_event>.size
        var offset = 0
        while offset + header <= bytes.count {
            let event = bytes.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
            let nameLength = Int(event.len)
            var name = ""
            if nameLength > 0 {
                let raw = UnsafeRawBufferPointer(rebasing: bytes[(offset + header)..<min(bytes.count, offset + header + nameLength)])
                name = String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            offset += header + nameLength
            let mask = event.mask
            if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                // Events were lost: look at everything again.
                pending.formUnion(["data", "schema"])
                _ = watchTree("data")
                _ = watchTree("schema")
                continue
            }
            guard let folder = folders[event.wd] else { continue }
            if mask & UInt32(IN_IGNORED) != 0 {
                folders[event.wd] = nil
                continue
            }
            // The folder's own deletion or move is also reported, by name, to its parent.
            if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 || name.isEmpty { continue }
            if name.hasPrefix(".") { continue }
            if folder.isEmpty && name != "data" && name != "schema" { continue }
            let path = folder.isEmpty ? name : folder + "/" + name
            if mask & UInt32(IN_ISDIR) != 0 {
                if mask & UInt32(IN_MOVED_FROM | IN_DELETE) != 0 {
                    unwatchTree(path)
                    pending.insert(path)
                }
                if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                    _ = watchTree(path)
                    pending.insert(path)
                }
                continue
            }
            if mask & UInt32(IN_MODIFY) != 0 { writing.insert(path) }
            if mask & UInt32(IN_CLOSE_WRITE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO) != 0 { writing.remove(path) }
            pending.insert(path)
        }
    }

    /// Watches `relative` (a folder under the root) and every folder under it; false when the
    /// kernel refuses a watch (too many watches).
    private func watchTree(_ relative: String) -> Bool {
        var visited: Set<UInt64> = []
        return watchTree(relative, visited: &visited)
    }

    private func watchTree(_ relative: String, visited: inout Set<UInt64>) -> Bool {
        let path = root + "/" + relative
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR,
              visited.insert(UInt64(status.st_ino)).inserted else { return true }
        // Folders reached through a link must stay inside the root.
        if let real = realpath(path, nil) {
            let resolved = String(cString: real)
            free(real)
            let rootReal = (realpath(root, nil).map { pointer in defer { free(pointer) }; return String(cString: pointer) }) ?? root
            if resolved != rootReal && !resolved.hasPrefix(rootReal + "/") { return true }
        }
        let watch = inotify_add_watch(descriptor, path, Self.folderEvents)
        guard watch >= 0 else { return errno != ENOSPC }
        folders[watch] = relative
        guard let directory = opendir(path) else { return true }
        defer { closedir(directory) }
        var subfolders: [String] = []
        let descriptor = dirfd(directory)
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            var entryStatus = stat()
            if fstatat(descriptor, name, &entryStatus, 0) == 0 && (entryStatus.st_mode & S_IFMT) == S_IFDIR {
                subfolders.append(name)
            }
        }
        for name in subfolders where !watchTree(relative + "/" + name, visited: &visited) { return false }
        return true
    }

    /// Stops watching a folder that moved away or was deleted, and the folders under it.
    private func unwatchTree(_ relative: String) {
        let prefix = relative + "/"
        for (watch, folder) in folders where folder == relative || folder.hasPrefix(prefix) {
            inotify_rm_watch(descriptor, watch)
            folders[watch] = nil
        }
    }
}
#endif
