import Foundation

/// Finds the data files of a collection (PRODUCT.md §3): `*.yaml`, `*.yml` and `*.json` under
/// `data/<path>/`, read recursively, hidden files and folders skipped, in path order. Nothing
/// outside the root is read: a symlink whose target leaves the root is reported, not followed
/// (SEMANTICS.md §1.8), and so is a symlink loop.
struct DataFiles {
    struct Found {
        /// Relative to the root: `data/orders/2025/11/o-000123.yaml`.
        var path: String
        /// Relative to the collection folder, without extension: the id of a lone document.
        var derivedID: String
        var url: URL
    }

    let root: URL
    let rootRealPath: String
    private(set) var problems: [DataProblem] = []

    init(root: URL) {
        self.root = root.standardizedFileURL
        self.rootRealPath = Self.realPath(self.root.path) ?? self.root.path
    }

    mutating func files(ofCollection path: String) -> [Found] {
        files(inFolder: "data/\(path)", collectionFolder: "data/\(path)")
    }

    /// The data files under `folder` (relative to the root), which is the folder of a collection
    /// (`collectionFolder`, `data/orders`) or inside it, in path order.
    mutating func files(inFolder folder: String, collectionFolder: String) -> [Found] {
        var found: [Found] = []
        var visited: Set<String> = []
        let inner = folder == collectionFolder ? "" : String(folder.dropFirst(collectionFolder.count + 1))
        walk(root.appendingPathComponent(folder), relative: folder, collectionRelative: inner, into: &found, visited: &visited)
        return found.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
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
        let url = root.appendingPathComponent(path)
        var linkStatus = stat()
        guard lstat(url.path, &linkStatus) == 0 else { return .missing }
        var status = stat()
        guard stat(url.path, &status) == 0 else {
            if (linkStatus.st_mode & S_IFMT) == S_IFLNK {
                return .refused(DataProblem(file: path, line: 1, column: nil, message: "symbolic link to nothing; not read."))
            }
            return .missing
        }
        if (status.st_mode & S_IFMT) == S_IFDIR {
            if let real = Self.realPath(url.path), !isInsideRoot(real) {
                return .refused(DataProblem(file: path, line: 1, column: nil,
                                            message: "symbolic link leads outside the root; not read."))
            }
            return .folder
        }
        guard let extensionLength = Self.dataExtensionLength(of: url.lastPathComponent) else { return .ignored }
        if let target = Self.realPath(url.path), !isInsideRoot(target) {
            return .refused(DataProblem(file: path, line: 1, column: nil,
                                        message: "symbolic link leads outside the root; not read."))
        }
        return .dataFile(Found(path: path, derivedID: String(inner.dropLast(extensionLength)), url: url))
    }

    /// The length of `.yaml`, `.yml` or `.json` (any case) ending `name`; nil for other files.
    static func dataExtensionLength(of name: String) -> Int? {
        let lower = name.lowercased()
        guard let dot = lower.lastIndex(of: "."), [".yaml", ".yml", ".json"].contains(String(lower[dot...])) else {
            return nil
        }
        return lower.distance(from: dot, to: lower.endIndex)
    }

    private mutating func walk(
        _ folder: URL, relative: String, collectionRelative: String, into found: inout [Found], visited: inout Set<String>
    ) {
        guard let real = Self.realPath(folder.path) else { return }
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
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            let path = relative + "/" + name
            let inner = collectionRelative.isEmpty ? name : collectionRelative + "/" + name
            var status = stat()
            guard lstat(url.path, &status) == 0 else { continue }
            let isLink = (status.st_mode & S_IFMT) == S_IFLNK
            if isLink && stat(url.path, &status) != 0 {
                problems.append(DataProblem(file: path, line: 1, column: nil, message: "symbolic link to nothing; not read."))
                continue
            }
            if (status.st_mode & S_IFMT) == S_IFDIR {
                walk(url, relative: path, collectionRelative: inner, into: &found, visited: &visited)
                continue
            }
            guard let extensionLength = Self.dataExtensionLength(of: name) else { continue }
            // The folder is inside the root (checked above): only a link can lead out of it.
            if isLink, let target = Self.realPath(url.path), !isInsideRoot(target) {
                problems.append(DataProblem(file: path, line: 1, column: nil,
                                            message: "symbolic link leads outside the root; not read."))
                continue
            }
            found.append(Found(path: path, derivedID: String(inner.dropLast(extensionLength)), url: url))
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
