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
        var found: [Found] = []
        let folder = root.appendingPathComponent("data").appendingPathComponent(path)
        var visited: Set<String> = []
        walk(folder, relative: "data/\(path)", collectionRelative: "", into: &found, visited: &visited)
        return found.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
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
            guard stat(url.path, &status) == 0 else {
                // A dangling link or an unreadable entry.
                var linkStatus = stat()
                if lstat(url.path, &linkStatus) == 0 && (linkStatus.st_mode & S_IFMT) == S_IFLNK {
                    problems.append(DataProblem(file: path, line: 1, column: nil, message: "symbolic link to nothing; not read."))
                }
                continue
            }
            if (status.st_mode & S_IFMT) == S_IFDIR {
                walk(url, relative: path, collectionRelative: inner, into: &found, visited: &visited)
                continue
            }
            let lower = name.lowercased()
            guard let dot = lower.lastIndex(of: "."), [".yaml", ".yml", ".json"].contains(String(lower[dot...])) else {
                continue
            }
            if let target = Self.realPath(url.path), !isInsideRoot(target) {
                problems.append(DataProblem(file: path, line: 1, column: nil,
                                            message: "symbolic link leads outside the root; not read."))
                continue
            }
            let extensionLength = lower.distance(from: dot, to: lower.endIndex)
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
