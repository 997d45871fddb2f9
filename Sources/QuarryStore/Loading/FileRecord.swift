import Foundation

/// What the loader keeps of one data file between reloads: its path, the ids it claims, its
/// `@ref` values and its problems. A tree of 100 000 files keeps 100 000 of these, so the
/// record is 40 bytes (issue 4): what most files never have (problems, duplicates, dangling
/// references, a second document, a first id other than the file's name) lives in one shared
/// box, absent until needed, and the small fields share one word.
struct FileRecord {
    let path: String
    var references = RecordedReferences()
    private var rare: Rare?
    /// The byte count, the collection, the flags and where the first id starts in the path:
    /// see `Packed`.
    private var packed = Packed()

    init(path: String, collection: Int) {
        self.path = path
        packed.collection = collection
    }

    var collection: Int { packed.collection }

    /// A data file holds at most `StoreLoader.maximumFileBytes`.
    var byteCount: Int {
        get { packed.byteCount }
        set { packed.byteCount = newValue }
    }

    /// Read and parsed at least once: a broken version keeps the last good one serving.
    var hasGoodVersion: Bool {
        get { packed.hasGoodVersion }
        set { packed.hasGoodVersion = newValue }
    }

    /// In the loader's list of files with problems.
    var listed: Bool {
        get { packed.listed }
        set { packed.listed = newValue }
    }

    /// The ids the file claims, in file order.
    var ids: [String] {
        guard let firstID else { return [] }
        return [firstID] + (rare?.moreIDs ?? [])
    }

    /// The id of the file's first document with one: most files are named after it
    /// (`o-000123.yaml` holds `o-000123`, or takes it from its path), and then it is read back
    /// from the path instead of kept.
    private var firstID: String? {
        let start = packed.idStart
        guard start > 0 else { return rare?.firstID }
        var path = path
        return path.withUTF8 { String(decoding: $0[start..<Self.stemEnd(of: $0)], as: UTF8.self) }
    }

    mutating func setIDs(of documents: [StoredDocument]) {
        let first = documents.first?.id
        packed.idStart = first.map { Self.start(of: $0, atEndOfStemOf: path) } ?? 0
        let kept = packed.idStart > 0 ? nil : first
        let more = documents.count > 1 ? documents.dropFirst().map(\.id) : []
        if kept != nil || !more.isEmpty || rare != nil {
            changeRare {
                $0.firstID = kept
                $0.moreIDs = more
            }
        }
    }

    /// Its reading and typing problems.
    var problems: [DataProblem] {
        get { rare?.problems ?? [] }
        set { if !newValue.isEmpty || rare != nil { changeRare { $0.problems = newValue } } }
    }

    /// Its documents skipped as duplicates, in file order.
    var duplicates: [DuplicateNote] {
        get { rare?.duplicates ?? [] }
        set { if !newValue.isEmpty || rare != nil { changeRare { $0.duplicates = newValue } } }
    }

    /// Its references to ids no document has.
    var dangling: [DataProblem] {
        get { rare?.dangling ?? [] }
        set { if !newValue.isEmpty || rare != nil { changeRare { $0.dangling = newValue } } }
    }

    var hasProblems: Bool { rare.map { !$0.problems.isEmpty || !$0.duplicates.isEmpty || !$0.dangling.isEmpty } ?? false }

    /// Changes the box, copied first when another record shares it (records are values), and
    /// dropped when it holds nothing any more.
    private mutating func changeRare(_ change: (Rare) -> Void) {
        if rare == nil {
            rare = Rare()
        } else if !isKnownUniquelyReferenced(&rare!) {
            rare = rare!.copy()
        }
        change(rare!)
        if rare!.isEmpty { rare = nil }
    }

    // MARK: The first id in the path

    /// Where the bytes of the path's stem (the path without its file's extension) end.
    private static func stemEnd(of path: UnsafeBufferPointer<UInt8>) -> Int {
        var index = path.count
        while index > 0 && path[index - 1] != UInt8(ascii: "/") {
            index -= 1
            if path[index] == UInt8(ascii: ".") { return index }
        }
        return path.count
    }

    /// Where `id` starts in `path` when the path's stem ends with its bytes (and it fits in
    /// `Packed.idStart`), else 0: the id is then kept in the box.
    private static func start(of id: String, atEndOfStemOf path: String) -> Int {
        var path = path
        var id = id
        return path.withUTF8 { path in
            id.withUTF8 { id in
                let end = stemEnd(of: path)
                let start = end - id.count
                guard start > 0, start <= Packed.maximumIDStart,
                      id.isEmpty || memcmp(path.baseAddress! + start, id.baseAddress!, id.count) == 0 else { return 0 }
                return start
            }
        }
    }

    // MARK: Parts

    private final class Rare {
        /// The first id, when it is not the end of the path's stem.
        var firstID: String?
        var moreIDs: [String] = []
        var problems: [DataProblem] = []
        var duplicates: [DuplicateNote] = []
        var dangling: [DataProblem] = []

        var isEmpty: Bool {
            firstID == nil && moreIDs.isEmpty && problems.isEmpty && duplicates.isEmpty && dangling.isEmpty
        }

        func copy() -> Rare {
            let copy = Rare()
            copy.firstID = firstID
            copy.moreIDs = moreIDs
            copy.problems = problems
            copy.duplicates = duplicates
            copy.dangling = dangling
            return copy
        }
    }

    /// One word: the byte count (27 bits: a data file holds at most 64 MiB), the collection
    /// (19 bits), where the first id starts in the path (16 bits, 0: not there) and two flags.
    private struct Packed {
        private var word: UInt64 = 0

        static let maximumIDStart = (1 << 16) - 1

        var byteCount: Int {
            get { field(0, 27) }
            set { setField(0, 27, newValue) }
        }

        var collection: Int {
            get { field(27, 19) }
            set { setField(27, 19, newValue) }
        }

        var idStart: Int {
            get { field(46, 16) }
            set { setField(46, 16, newValue) }
        }

        var hasGoodVersion: Bool {
            get { field(62, 1) != 0 }
            set { setField(62, 1, newValue ? 1 : 0) }
        }

        var listed: Bool {
            get { field(63, 1) != 0 }
            set { setField(63, 1, newValue ? 1 : 0) }
        }

        @inline(__always)
        private func field(_ shift: UInt64, _ bits: UInt64) -> Int { Int((word >> shift) & ((1 << bits) - 1)) }

        @inline(__always)
        private mutating func setField(_ shift: UInt64, _ bits: UInt64, _ value: Int) {
            let mask: UInt64 = (1 << bits) - 1
            precondition(value >= 0 && UInt64(value) <= mask, "a file record's field is out of range")
            word = word & ~(mask << shift) | UInt64(value) << shift
        }
    }
}

/// A document of a file skipped because an earlier one has its id.
struct DuplicateNote: Equatable {
    /// Its place among the file's documents with an id.
    var index: Int32
    var problem: DataProblem
}
