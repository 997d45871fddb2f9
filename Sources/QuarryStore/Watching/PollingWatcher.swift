import Dispatch
import Foundation

/// Something that notices changes under a root and reports them, on its own thread, as paths
/// relative to the root.
protocol ChangeWatcher: AnyObject, Sendable {
    /// Stops the thread and waits for it to end (unless called from that thread).
    func stop()
}

/// Notices changes by looking: every `interval`, the modification time, size, inode and status
/// change time of every file under `data/` and `schema/` (hidden names skipped; links followed
/// while they stay inside the root). A folder's listing is read again only when the folder
/// itself changed, so a look costs one `fstatat` per file. A change is reported once a look finds
/// nothing new (the look after a change comes sooner, after `settle`), so a file still being
/// written is reported when it stands still, and a burst of changes becomes one report. Used
/// where inotify is not available, or on request.
final class PollingWatcher: ChangeWatcher, @unchecked Sendable {
    private let root: String
    private let rootReal: String
    private let interval: Duration
    private let settle: Duration
    private let onChange: @Sendable (Set<String>) -> Void
    private let condition = NSCondition()
    private var stopping = false
    private var thread: Thread?
    private let ended = DispatchSemaphore(value: 0)
    /// What the last look saw; used by the watcher's thread only (and by `init`).
    private var tops: [String: Folder] = [:]

    init(root: URL, interval: Duration, onChange: @escaping @Sendable (Set<String>) -> Void) {
        self.root = root.standardizedFileURL.path
        rootReal = realpath(self.root, nil).map { pointer in
            defer { free(pointer) }
            return String(cString: pointer)
        } ?? self.root
        self.interval = interval
        settle = min(interval, .milliseconds(150))
        self.onChange = onChange
        // The first look is taken now: a change made once this returns is noticed.
        var ignored: Set<String> = []
        look(reporting: false, into: &ignored)
        let thread = Thread { [self] in
            run()
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

    private func run() {
        var pending: Set<String> = []
        while wait(pending.isEmpty ? interval : settle) {
            var changed: Set<String> = []
            look(reporting: true, into: &changed)
            if !changed.isEmpty {
                pending.formUnion(changed)
            } else if !pending.isEmpty {
                onChange(pending)
                pending = []
            }
        }
    }

    /// Sleeps for `duration`; false once stopping.
    private func wait(_ duration: Duration) -> Bool {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        let deadline = Date().addingTimeInterval(seconds)
        condition.lock()
        defer { condition.unlock() }
        while !stopping {
            if !condition.wait(until: deadline) { return !stopping }
        }
        return false
    }

    // MARK: Looking

    /// What a look saw of one folder.
    private final class Folder {
        var signature: FileSignature
        var files: [String: FileSignature] = [:]
        var folders: [String: Folder] = [:]

        init(signature: FileSignature) { self.signature = signature }
    }

    /// Looks at every file under `data/` and `schema/`, adding the paths (relative to the root)
    /// of the files that changed, appeared or went since the last look.
    private func look(reporting: Bool, into changed: inout Set<String>) {
        var visited: Set<FolderIdentity> = []
        for top in ["data", "schema"] {
            tops[top] = visit(tops[top], relative: top, reporting: reporting, changed: &changed, visited: &visited)
        }
    }

    private func visit(
        _ known: Folder?, relative: String, reporting: Bool, changed: inout Set<String>, visited: inout Set<FolderIdentity>
    ) -> Folder? {
        let path = root + "/" + relative
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else {
            if let known, reporting { reportAll(known, relative: relative, into: &changed) }
            return nil
        }
        // A folder reached twice (a link loop) is looked at once.
        guard visited.insert(FolderIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))).inserted else {
            return known
        }
        let signature = FileSignature(status)
        let folder = known ?? Folder(signature: signature)
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return folder }
        defer { close(descriptor) }
        // A folder changed in the last two seconds is listed again even if its times look the
        // same: on a file system with coarse times an entry added in the same tick looks alike.
        let recent = Int64(Date().timeIntervalSince1970 * 1e9) - signature.modified < 2_000_000_000
        var names: [String] = []
        if known == nil || folder.signature != signature || recent {
            // Entries came or went: read the listing again, and look at each entry.
            folder.signature = signature
            names = Self.listing(path)
            let present = Set(names)
            for name in folder.files.keys where !present.contains(name) {
                folder.files[name] = nil
                if reporting { changed.insert(relative + "/" + name) }
            }
            for (name, inner) in folder.folders where !present.contains(name) {
                folder.folders[name] = nil
                if reporting { reportAll(inner, relative: relative + "/" + name, into: &changed) }
            }
        } else {
            // The same entries: one `fstatat` per file, no allocation unless it changed. An
            // entry that is no longer a file is looked at below.
            for index in folder.files.indices {
                let name = folder.files.keys[index]
                var entry = stat()
                guard fstatat(descriptor, name, &entry, AT_SYMLINK_NOFOLLOW) == 0,
                      (entry.st_mode & S_IFMT) == S_IFREG || (entry.st_mode & S_IFMT) == S_IFLNK else {
                    names.append(name)
                    continue
                }
                if (entry.st_mode & S_IFMT) == S_IFLNK {
                    names.append(name)
                    continue
                }
                let now = FileSignature(entry)
                if folder.files.values[index] != now {
                    folder.files.values[index] = now
                    if reporting { changed.insert(relative + "/" + name) }
                }
            }
            names += folder.folders.keys
        }
        for name in names {
            lookAt(name, in: folder, descriptor: descriptor, path: path, relative: relative, reporting: reporting,
                   changed: &changed, visited: &visited)
        }
        return folder
    }

    /// Looks at one entry of a folder: a file, a folder, a link, or nothing any more.
    private func lookAt(
        _ name: String, in folder: Folder, descriptor: Int32, path: String, relative: String, reporting: Bool,
        changed: inout Set<String>, visited: inout Set<FolderIdentity>
    ) {
        let inner = relative + "/" + name
        var entry = stat()
        guard fstatat(descriptor, name, &entry, AT_SYMLINK_NOFOLLOW) == 0 else {
            // Gone since the listing.
            if folder.files.removeValue(forKey: name) != nil, reporting { changed.insert(inner) }
            if let gone = folder.folders.removeValue(forKey: name), reporting { reportAll(gone, relative: inner, into: &changed) }
            return
        }
        var isFolder = (entry.st_mode & S_IFMT) == S_IFDIR
        if (entry.st_mode & S_IFMT) == S_IFLNK {
            var target = stat()
            if fstatat(descriptor, name, &target, 0) == 0 {
                isFolder = (target.st_mode & S_IFMT) == S_IFDIR && isInsideRoot(path + "/" + name)
                // A link to a file is a file whose changes are its target's.
                if !isFolder { entry = target }
            }
        }
        if isFolder {
            if folder.files.removeValue(forKey: name) != nil, reporting { changed.insert(inner) }
            folder.folders[name] = visit(folder.folders[name], relative: inner, reporting: reporting, changed: &changed,
                                         visited: &visited)
        } else {
            if let gone = folder.folders.removeValue(forKey: name), reporting { reportAll(gone, relative: inner, into: &changed) }
            let now = FileSignature(entry)
            if folder.files.updateValue(now, forKey: name) != now, reporting { changed.insert(inner) }
        }
    }

    /// Every file a folder held, reported as changed (the folder went).
    private func reportAll(_ folder: Folder, relative: String, into changed: inout Set<String>) {
        for name in folder.files.keys { changed.insert(relative + "/" + name) }
        for (name, inner) in folder.folders { reportAll(inner, relative: relative + "/" + name, into: &changed) }
    }

    private static func listing(_ path: String) -> [String] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        return names
    }

    private func isInsideRoot(_ path: String) -> Bool {
        guard let real = realpath(path, nil) else { return false }
        defer { free(real) }
        let resolved = String(cString: real)
        return resolved == rootReal || resolved.hasPrefix(rootReal + "/")
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
