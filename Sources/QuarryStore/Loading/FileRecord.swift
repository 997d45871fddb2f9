/// What the loader keeps of one data file between reloads: its path, the ids it claims, its
/// `@ref` values and its problems. A tree of 100 000 files keeps 100 000 of these, so the
/// record is 64 bytes: what most files never have (problems, duplicates, dangling references,
/// a second document) lives in one shared box, absent until needed (issue 4).
struct FileRecord {
    let path: String
    /// The id of the file's first document with one.
    private var firstID: String?
    var references = RecordedReferences()
    private var rare: Rare?
    /// 32 bits each: see the type's comment.
    private let collectionRaw: Int32
    private var byteCountRaw: Int32 = 0
    /// Read and parsed at least once: a broken version keeps the last good one serving.
    var hasGoodVersion = false
    /// In the loader's list of files with problems.
    var listed = false

    init(path: String, collection: Int) {
        self.path = path
        collectionRaw = Int32(collection)
    }

    var collection: Int { Int(collectionRaw) }

    /// A data file holds at most `StoreLoader.maximumFileBytes`.
    var byteCount: Int {
        get { Int(byteCountRaw) }
        set { byteCountRaw = Int32(newValue) }
    }

    /// The ids the file claims, in file order.
    var ids: [String] {
        guard let firstID else { return [] }
        return [firstID] + (rare?.moreIDs ?? [])
    }

    mutating func setIDs(of documents: [StoredDocument]) {
        firstID = documents.first?.id
        let more = documents.count > 1 ? documents.dropFirst().map(\.id) : []
        if !more.isEmpty || rare != nil { changeRare { $0.moreIDs = more } }
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

    private final class Rare {
        var moreIDs: [String] = []
        var problems: [DataProblem] = []
        var duplicates: [DuplicateNote] = []
        var dangling: [DataProblem] = []

        var isEmpty: Bool { moreIDs.isEmpty && problems.isEmpty && duplicates.isEmpty && dangling.isEmpty }

        func copy() -> Rare {
            let copy = Rare()
            copy.moreIDs = moreIDs
            copy.problems = problems
            copy.duplicates = duplicates
            copy.dangling = dangling
            return copy
        }
    }
}

/// A document of a file skipped because an earlier one has its id.
struct DuplicateNote: Equatable {
    /// Its place among the file's documents with an id.
    var index: Int32
    var problem: DataProblem
}
