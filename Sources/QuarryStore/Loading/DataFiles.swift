import Foundation

/// Finds the data files of a collection (PRODUCT.md §3): `*.yaml`, `*.yml` and `*.json` under
/// `data/<path>/`, read recursively, hidden files and folders skipped, in path order. Nothing
/// outside the root is read: a symlink whose target leaves the root is reported, not followed
/// (SEMANTICS.md §1.8), and so is a symlink loop.
struct DataFiles {
    struct Found {
        /// Relative to the root: `data/orders/2025/11/o-000123.yaml`. The root itself is not
        /// kept here: 24 bytes, not 40, in each of a load's 100 000 entries (issue 4).
        var path: String
        /// Where the path inside the collection folder starts, in UTF-8 bytes of `path`.
        /// Narrow fields (the extension is at most `.yaml`, folders kept open at most
        /// `maximumFolderDescriptors`): a load keeps one `Found` per file until the files are read.
        private var innerStartRaw: Int32
        private var folderRaw: Int16 = -1
        private var extensionLengthRaw: UInt8
        var innerStart: Int { Int(innerStartRaw) }
        var extensionLength: Int { Int(extensionLengthRaw) }

        /// The index of the file's folder in `DataFiles.folderDescriptors`, or -1: opened by
        /// name from there, the kernel looks up one path component instead of all.
        var folder: Int32 {
            get { Int32(folderRaw) }
            // Past Int16 (never, while at most `maximumFolderDescriptors` are kept): opened by path.
            set { folderRaw = Int16(exactly: newValue) ?? -1 }
        }

        init(path: String, collectionFolder: String, extensionLength: Int) {
            self.path = path
            innerStartRaw = Int32(min(collectionFolder.utf8.count + 1, path.utf8.count))
            extensionLengthRaw = UInt8(extensionLength)
        }

        /// Relative to the collection folder, without extension: the id of a lone document.
        /// Made when asked (most documents give their id), like `location`, so that a tree of
        /// 100 000 files holds one string per file.
        var derivedID: String {
            let utf8 = path.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: innerStart)
            let end = utf8.index(utf8.endIndex, offsetBy: -min(extensionLength, utf8.count - innerStart))
            return String(path[start..<end])
        }

        /// The file's path on disk, under the root at `rootPath` (`DataFiles.rootPath`).
        func location(in rootPath: String) -> String { rootPath + "/" + path }

        /// The offset of the file's name in the UTF-8 of `path` (after the last `/`).
        var nameStart: Int {
            var path = path
            return path.withUTF8 { bytes in
                var index = bytes.count
                while index > 0 && bytes[index - 1] != UInt8(ascii: "/") { index -= 1 }
                return index
            }
        }
    }

    let root: URL
    /// The root's path on disk, without a final `/`.
    let rootPath: String
    let rootRealPath: String
    private(set) var problems: [DataProblem] = []
    /// When set, the folders walked stay open (up to `maximumFolderDescriptors`) for the files
    /// found to be opened relative to them; `closeFolders()` closes them.
    var keepsFolders = false
    private(set) var folderDescriptors: [Int32] = []
    static let maximumFolderDescriptors = 256

    init(root: URL) {
        self.root = root.standardizedFileURL
        let path = self.root.path
        rootPath = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        self.rootRealPath = Self.realPath(rootPath) ?? rootPath
    }

    /// The data files under `folder` (relative to the root), which is the folder of a collection
    /// (`collectionFolder`, `data/orders`) or inside it, in path order.
    mutating func files(inFolder folder: String, collectionFolder: String) -> [Found] {
        var found: [Found] = []
        var visited: Set<String> = []
        walk(rootPath + "/" + folder, relative: folder, collectionFolder: collectionFolder, into: &found, visited: &visited)
        // Nearly sorted already (each folder is walked in name order): memcmp order is cheap.
        return found.sorted { idPrecedes($0.path, $1.path) }
    }

    /// What is at one path of a collection now, for a reload of that path.
    enum Entry {
        case missing
        case folder
        case dataFile(Found)
        /// Not data: another extension, or hidden.
        case ignored
        /// Not read, with the reason (a symbolic link that leaves the root or leads nowhere).
        case refused(DataProblem)
    }

    func entry(at path: String, collectionFolder: String) -> Entry {
        let inner = path == collectionFolder ? "" : String(path.dropFirst(collectionFolder.count + 1))
        if inner.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { return .ignored }
        let location = rootPath + "/" + path
        var linkStatus = stat()
        guard lstat(location, &linkStatus) == 0 else { return .missing }
        var status = stat()
        guard stat(location, &status) == 0 else {
            if (linkStatus.st_mode & S_IFMT) == S_IFLNK {
                return .refused(DataProblem(file: path, line: 1, column: nil, message: "symbolic link to nothing; not read."))
            }
            return .missing
        }
        if (status.st_mode & S_IFMT) == S_IFDIR {
            if let real = Self.realPath(location), !isInsideRoot(real) {
                return .refused(DataProblem(file: path, line: 1, column: nil,
                                            message: "symbolic link leads outside the root; not read."))
            }
            return .folder
        }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let extensionLength = Self.dataExtensionLength(of: name) else { return .ignored }
        if let target = Self.realPath(location), !isInsideRoot(target) {
            return .refused(DataProblem(file: path, line: 1, column: nil,
                                        message: "symbolic link leads outside the root; not read."))
        }
        return .dataFile(Found(path: path, collectionFolder: collectionFolder, extensionLength: extensionLength))
    }

    /// Whether a data file's path ends in `.json` (any case): it is read as JSON, others as YAML.
    static func isJSON(_ path: String) -> Bool {
        var path = path
        return path.withUTF8 { bytes in
            // Compared byte by byte, ASCII letters folded to lower case: no array per call.
            guard bytes.count >= 5 else { return false }
            let end = bytes.count
            return bytes[end - 5] == UInt8(ascii: ".") && bytes[end - 4] | 0x20 == UInt8(ascii: "j")
                && bytes[end - 3] | 0x20 == UInt8(ascii: "s") && bytes[end - 2] | 0x20 == UInt8(ascii: "o")
                && bytes[end - 1] | 0x20 == UInt8(ascii: "n")
        }
    }

    /// The length of `.yaml`, `.yml` or `.json` (any case) ending `name`; nil for other files.
    static func dataExtensionLength(of name: String) -> Int? {
        var name = name
        return name.withUTF8(dataExtensionLength(ofUTF8:))
    }

    /// The same on the UTF-8 of a name, or of a path ending with the name.
    static func dataExtensionLength(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        // ASCII letters folded to lower case; other bytes never match.
        let end = bytes.count
        func lower(_ back: Int) -> UInt8 { bytes[end - back] | 0x20 }
        if end >= 5 && bytes[end - 5] == UInt8(ascii: ".") {
            if lower(4) == UInt8(ascii: "y") && lower(3) == UInt8(ascii: "a") && lower(2) == UInt8(ascii: "m")
                && lower(1) == UInt8(ascii: "l") { return 5 }
            if lower(4) == UInt8(ascii: "j") && lower(3) == UInt8(ascii: "s") && lower(2) == UInt8(ascii: "o")
                && lower(1) == UInt8(ascii: "n") { return 5 }
        }
        if end >= 4 && bytes[end - 4] == UInt8(ascii: ".") && lower(3) == UInt8(ascii: "y") && lower(2) == UInt8(ascii: "m")
            && lower(1) == UInt8(ascii: "l") {
            return 4
        }
        return nil
    }

    private mutating func walk(
        _ folder: String, relative: String, collectionFolder: String, into found: inout [Found], visited: inout Set<String>
    ) {
        guard let real = Self.realPath(folder) else { return }
        guard isInsideRoot(real) else {
            problems.append(DataProblem(file: relative, line: 1, column: nil,
                                        message: "symbolic link leads outside the root; not read."))
            return
        }
        guard visited.insert(real).inserted else {
            problems.append(DataProblem(file: relative, line: 1, column: nil,
                                        message: "symbolic link loop; not read again."))
            return
        }
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        var folderIndex: Int32 = -1
        if keepsFolders && folderDescriptors.count < Self.maximumFolderDescriptors {
            let kept = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if kept >= 0 {
                folderIndex = Int32(folderDescriptors.count)
                folderDescriptors.append(kept)
            }
        }
        var names: [(key: UInt64, name: String, type: UInt8)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if !name.hasPrefix(".") { names.append((Self.orderKey(name), name, entry.pointee.d_type)) }
        }
        // Names in code point order: the first eight bytes decide almost every comparison.
        names.sort { $0.key != $1.key ? $0.key < $1.key : idPrecedes($0.name, $1.name) }
        let descriptor = dirfd(directory)
        for (_, name, type) in names {
            // The entry's type from `readdir` spares a `stat` for plain files and folders.
            var isFolder = Int32(type) == Int32(DT_DIR)
            var isLink = false
            if Int32(type) != Int32(DT_REG) && !isFolder {
                var status = stat()
                guard fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
                isLink = (status.st_mode & S_IFMT) == S_IFLNK
                if isLink && fstatat(descriptor, name, &status, 0) != 0 {
                    problems.append(DataProblem(file: relative + "/" + name, line: 1, column: nil,
                                                message: "symbolic link to nothing; not read."))
                    continue
                }
                isFolder = (status.st_mode & S_IFMT) == S_IFDIR
            }
            if isFolder {
                walk(folder + "/" + name, relative: relative + "/" + name, collectionFolder: collectionFolder,
                     into: &found, visited: &visited)
                continue
            }
            guard let extensionLength = Self.dataExtensionLength(of: name) else { continue }
            let path = Self.joined(relative, name)
            // The folder is inside the root (checked above): only a link can lead out of it.
            if isLink, let target = Self.realPath(folder + "/" + name), !isInsideRoot(target) {
                problems.append(DataProblem(file: path, line: 1, column: nil,
                                            message: "symbolic link leads outside the root; not read."))
                continue
            }
            var file = Found(path: path, collectionFolder: collectionFolder, extensionLength: extensionLength)
            file.folder = folderIndex
            found.append(file)
        }
    }

    /// Closes the folders kept open by the walks.
    mutating func closeFolders() {
        for descriptor in folderDescriptors { close(descriptor) }
        folderDescriptors = []
    }

    /// The first eight UTF-8 bytes of a name as a big-endian number (zeros after a shorter
    /// name): names whose keys differ are in the same order as their keys.
    static func orderKey(_ name: String) -> UInt64 {
        var name = name
        // On the contiguous bytes: iterating `utf8` cost five times as much (issue 4, the walk).
        return name.withUTF8 { bytes in
            var key: UInt64 = 0
            var shift: UInt64 = 56
            for byte in bytes.prefix(8) {
                key |= UInt64(byte) &<< shift
                shift &-= 8
            }
            return key
        }
    }

    /// `folder/name`, made in one allocation.
    static func joined(_ folder: String, _ name: String) -> String {
        var folder = folder
        var name = name
        return folder.withUTF8 { head in
            name.withUTF8 { tail in
                String(unsafeUninitializedCapacity: head.count + 1 + tail.count) { buffer in
                    // Copied as raw bytes: copying through the buffers' collection interface
                    // went byte by byte, half of the join's cost (issue 4, the walk).
                    let base = UnsafeMutableRawPointer(buffer.baseAddress.unsafelyUnwrapped)
                    if let start = head.baseAddress { base.copyMemory(from: start, byteCount: head.count) }
                    buffer[head.count] = UInt8(ascii: "/")
                    if let start = tail.baseAddress { (base + head.count + 1).copyMemory(from: start, byteCount: tail.count) }
                    return head.count + 1 + tail.count
                }
            }
        }
    }

    private func isInsideRoot(_ real: String) -> Bool {
        real == rootRealPath || real.hasPrefix(rootRealPath.hasSuffix("/") ? rootRealPath : rootRealPath + "/")
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
