/// The number of each recorded file by its path: a `NumberTable` of file numbers whose paths
/// are read from the records (`path(of:)`) instead of kept a second time as keys (issue 4: a
/// tree of 100 000 files).
struct FileNumbers {
    private var table = NumberTable()

    var count: Int { table.count }

    /// Room for `count` files in all without growing (a full load knows how many it reads).
    mutating func reserve(_ count: Int, path pathOf: (Int32) -> String) {
        table.reserve(count) { idHash(pathOf($0)) }
    }

    /// The number of the file at `path`.
    func find(_ path: String, path pathOf: (Int32) -> String) -> Int32? {
        table.find(hash: idHash(path)) { sameID(pathOf($0), path) }
    }

    /// Adds `file`, whose record (read by `pathOf`) has the path `path`, not yet in the table.
    mutating func insert(_ file: Int32, at path: String, path pathOf: (Int32) -> String) {
        table.insert(file, hash: idHash(path)) { idHash(pathOf($0)) }
    }

    /// Removes the file at `path`, if there is one; the records of the others are still readable.
    mutating func remove(_ path: String, path pathOf: (Int32) -> String) {
        table.remove(hash: idHash(path), where: { sameID(pathOf($0), path) }, hashOf: { idHash(pathOf($0)) })
    }
}
