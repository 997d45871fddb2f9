import Dispatch
import Foundation
import QuarrySchema

/// What the loader keeps of a tree between reloads, so that a reload costs what the change
/// costs: for every data file what it contributed (its ids, problems and references), the
/// losing claims on duplicate ids, the files referring to each id, and the collections' builders.
///
/// One writer at a time (`LiveStore` serializes reloads); snapshots made from it are immutable
/// and shared freely.
final class StoreState {
    let root: URL
    let schema: Schema
    let layouts: SchemaLayouts
    private(set) var generation: Int

    private var collections: [CollectionState] = []
    /// Collection index by type index; -1 for other types.
    private var collectionOfType: [Int]
    /// Finds files under the root (copied for each use: it collects problems).
    private let finder: DataFiles
    /// The `@ref` fields' sites by number (`FileReference.site`).
    private let siteTable: [(target: TypeID, path: String)]
    /// By site: the collection its references name (-1 for none).
    private let siteCollections: [Int32]
    /// The ids the recorded files' references name, numbered, with the files naming each.
    private var targets = ReferenceTargets()

    /// Path → file number (the records hold the paths).
    private var fileNumbers = FileNumbers()
    private var records: [FileRecord?] = []
    private var freeFileIDs: [Int32] = []
    /// Folder (relative to the root) → its number: its place in `folderFiles`. A folder keeps
    /// its number when it empties.
    private var folderNumbers: [String: Int32] = [:]
    /// By folder number: the numbers of the recorded files directly inside it: what a deleted or
    /// moved-away folder held.
    private var folderFiles: [Set<Int32>] = []
    /// Every folder that held a recorded file at some time, at any depth (never emptied: a
    /// folder here that holds nothing any more costs one pass over `folderNumbers` when touched).
    private var knownFolders: Set<String> = []
    /// The folder of the file recorded last, and its number: files come in path order, so most
    /// share it (no string made or hashed for them).
    private var lastFolder = ""
    private var lastFolderNumber: Int32 = -1
    /// The files with problems, in file order.
    private var problemFiles: [FileKey] = []
    private var byteCount = 0

    init(root: URL, schema: Schema, generation: Int = 1) {
        self.root = root.standardizedFileURL
        self.schema = schema
        self.generation = generation
        layouts = SchemaLayouts(schema: schema)
        siteTable = layouts.tables.referenceSites
        finder = DataFiles(root: root)
        collectionOfType = Array(repeating: -1, count: schema.types.count)
        for type in schema.collections {
            guard let info = schema[type].collection, let layout = layouts[type] else { continue }
            collectionOfType[Int(type.index)] = collections.count
            collections.append(CollectionState(
                type: type, folder: "data/\(info.path)", builder: CollectionBuilder(type: type, layout: layout, sorted: [StoredDocument]())))
        }
        siteCollections = siteTable.map { [collectionOfType] in Int32(collectionOfType[Int($0.target.index)]) }
    }

    // MARK: Loading everything

    /// Reads every collection's files in parallel and builds the first snapshot.
    func loadAll(progress: (@Sendable (Int, Int) -> Void)? = nil) -> StoreSnapshot {
        var scanner = finder
        scanner.keepsFolders = true
        var work: [(DataFiles.Found, Int)] = []
        for (collection, state) in collections.enumerated() {
            for found in scanner.files(inFolder: state.folder, collectionFolder: state.folder) { work.append((found, collection)) }
        }
        for problem in scanner.problems { addScanProblem(problem) }
        let folders = scanner.folderDescriptors
        defer { scanner.closeFolders() }
        // Claims in file order: the first document with an id wins (SEMANTICS.md §1.7). Files
        // are taken from the readers' slots one at a time, so no second array of them is made.
        // Each document goes to its collection's table as it comes, once: a claim names its
        // position (issue 4, memory: a claim holding the document would be a second copy).
        var tables = [DocumentTable](repeating: DocumentTable(), count: collections.count)
        var claims: [[LoadClaim]] = Array(repeating: [], count: collections.count)
        var order: [Int32] = []
        order.reserveCapacity(work.count)
        records.reserveCapacity(work.count)
        fileNumbers.reserve(work.count) { self.records[Int($0)]!.path }
        // Room for a claim per file (most files hold one document): claims are the largest
        // transient of a load, and growing them would double it.
        var filesPerCollection = [Int](repeating: 0, count: collections.count)
        for (_, collection) in work { filesPerCollection[collection] += 1 }
        for collection in claims.indices { claims[collection].reserveCapacity(filesPerCollection[collection]) }
        readEach(work, folders: folders, progress: progress) { loaded, collection in
            guard loaded.outcome != .vanished else { return }
            let file = addRecord(for: loaded, collection: collection)
            order.append(file)
            for (index, document) in loaded.documents.enumerated() {
                let position = Int32(tables[collection].limit)
                tables[collection].set(document, at: position)
                claims[collection].append(LoadClaim(position: position, file: file, index: Int32(index)))
            }
        }
        work = []
        returnFreedMemory()
        // Claims are sorted and collections built on all cores, the largest first; only the
        // duplicate ids between (a pass over each sorted collection) are settled on this thread.
        let largestFirst = claims.indices.sorted { claims[$0].count > claims[$1].count }
        do {
            // Scoped: the tables must be held only by `tables` when they move to the builders.
            let sortTables = UnsafeSendable(value: tables)
            Self.onAllCores(each: &claims, in: largestFirst) { claims, collection in
                Self.sortClaims(&claims, in: sortTables.value[collection])
            }
        }
        for collection in collections.indices {
            settleFirstClaims(&claims[collection], in: tables[collection], collection: collection)
        }
        // Each collection's table moves to its builder; the index of each of its reference slots
        // is made apart, so that the largest collection's work spreads over the cores too. The
        // jobs only read the tables and claims, which are let go once the builders hold the
        // documents (held nowhere else then: a later change does not copy them).
        var jobs: [BuildJob] = []
        for collection in largestFirst {
            jobs.append(BuildJob(collection: collection, slot: -1))
            for slot in CollectionBuilder.referenceSlots(of: collections[collection].builder.layout) {
                jobs.append(BuildJob(collection: collection, slot: slot))
            }
        }
        do {
            let inputs = UnsafeSendable(value: (claims: claims, tables: tables))
            claims = []
            tables = []
            let layouts = collections.map { ($0.type, $0.builder.layout) }
            Self.onAllCores(each: &jobs, in: Array(jobs.indices)) { [layouts] job, _ in
                let kept = inputs.value.claims[job.collection].lazy.map(\.position)
                let table = inputs.value.tables[job.collection]
                if job.slot >= 0 {
                    job.referrers = CollectionBuilder.referrers(through: job.slot, in: table, sorted: kept)
                } else {
                    let (type, layout) = layouts[job.collection]
                    job.builder = CollectionBuilder(type: type, layout: layout, table: table, sorted: kept, makingReferrers: false)
                }
            }
        }
        for job in jobs where job.slot < 0 { collections[job.collection].builder = job.builder! }
        for job in jobs where job.slot >= 0 { collections[job.collection].builder.adopt(job.referrers!, referrersThrough: job.slot) }
        jobs = []
        // Dangling references: the indexes are complete and only read. Each target is looked up
        // once (on all cores), not once per reference to it; only the files referring to a
        // target that names nothing are read again, each once.
        let state = UnsafeSendable(value: self)
        var named = [Bool](repeating: false, count: targets.count)
        Self.onAllCores(each: &named, in: Array(named.indices)) { named, target in
            named = state.value.names(Int32(target))
        }
        var referring: Set<Int32> = []
        for target in named.indices where !named[target] { referring.formUnion(targets.files(referring: Int32(target))) }
        let danglingFiles = Array(referring)
        var dangling: [[DataProblem]] = Array(repeating: [], count: danglingFiles.count)
        Self.onAllCores(each: &dangling, in: Array(danglingFiles.indices)) { [named] problems, index in
            problems = state.value.dangling(of: state.value.records[Int(danglingFiles[index])]!) { named[Int($0)] }
        }
        for (index, file) in danglingFiles.enumerated() { records[Int(file)]!.dangling = dangling[index] }
        for file in order {
            if records[Int(file)]!.hasProblems {
                records[Int(file)]!.listed = true
                problemFiles.append(key(of: records[Int(file)]!))
            }
        }
        return makeSnapshot()
    }

    /// Sorts a collection's claims by id, claims on one id in file order (positions grow in
    /// file order during a full load). Only reads `table`: run for several collections at once.
    private static func sortClaims(_ claims: inout [LoadClaim], in table: DocumentTable) {
        claims.sort { left, right in
            let leftID = table[left.position].id
            let rightID = table[right.position].id
            return sameID(leftID, rightID) ? left.position < right.position : idPrecedes(leftID, rightID)
        }
    }

    /// Runs `body` on the elements of `values` at `indexes` (each once), on this thread and the
    /// pool's, taken in order: one at a time (collections, largest first), or 256 at a time when
    /// there are thousands (files).
    private static func onAllCores<Value>(
        each values: inout [Value], in indexes: [Int], _ body: @Sendable (inout Value, Int) -> Void
    ) {
        let chunk = indexes.count > 4096 ? 256 : 1
        let chunks = (indexes.count + chunk - 1) / chunk
        values.withUnsafeMutableBufferPointer { buffer in
            let shared = UnsafeSendable(value: buffer)
            let next = Counter()
            let workers = min(chunks, ProcessInfo.processInfo.activeProcessorCount)
            guard workers > 1 else {
                for index in indexes { body(&shared.value[index], index) }
                return
            }
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while true {
                    let taken = next.increment() - 1
                    guard taken < chunks else { return }
                    for at in taken * chunk..<min(taken * chunk + chunk, indexes.count) {
                        body(&shared.value[indexes[at]], indexes[at])
                    }
                }
            }
        }
    }

    /// Leaves only the winners of claims sorted by `sortClaims`, in id order; the others are
    /// recorded as duplicates.
    private func settleFirstClaims(_ claims: inout [LoadClaim], in table: DocumentTable, collection: Int) {
        var losingFiles: Set<Int32> = []
        var kept = 0
        for at in claims.indices {
            if kept > 0 && sameID(table[claims[at].position].id, table[claims[kept - 1].position].id) {
                let loser = claims[at].claim(in: table)
                collections[collection].shadowed[IDKey(loser.document.id), default: []].append(loser)
                records[Int(loser.file)]!.duplicates.append(duplicateNote(loser, winner: claims[kept - 1].claim(in: table)))
                losingFiles.insert(loser.file)
            } else {
                if kept != at { claims.swapAt(kept, at) }
                kept += 1
            }
        }
        claims.removeSubrange(kept...)
        // A file's notes in the order of its documents.
        for file in losingFiles { records[Int(file)]!.duplicates.sort { $0.index < $1.index } }
    }

    // MARK: Reloading changed paths

    /// What one reload did.
    struct Reload {
        /// The data files read again (changed, new or broken).
        var filesRead = 0
        var filesRemoved = 0
        /// The problems of the files this reload read, of the files whose references it made
        /// dangling, and of the paths it could not read.
        var problems: [DataProblem] = []
    }

    /// Applies the changes under `paths` (relative to the root: files or folders under `data/`,
    /// changed, created or deleted) and returns the next snapshot, or nil when none of the paths
    /// is (or was) data. Work is proportional to the files under those paths and to what depends
    /// on them, not to the tree.
    func reload(paths: some Sequence<String>) -> (StoreSnapshot?, Reload) {
        var report = Reload()
        var scanner = finder
        var reads: [String: (DataFiles.Found, Int)] = [:]
        var removals: Set<String> = []
        var changedScanProblems: [DataProblem] = []
        var scanProblemsChanged = false

        // 1. What is at each path now.
        for raw in paths {
            let path = Self.normalize(raw)
            guard path == "data" || path.hasPrefix("data/") else { continue }
            for collection in collections.indices {
                let folder = collections[collection].folder
                let target: String
                if path == folder || path.hasPrefix(folder + "/") {
                    target = path
                } else if folder.hasPrefix(path + "/") {
                    target = folder
                } else {
                    continue
                }
                if removeScanProblems(at: target, collection: collection) { scanProblemsChanged = true }
                var existing = recordedFiles(at: target)
                switch scanner.entry(at: target, collectionFolder: folder) {
                case .missing, .ignored:
                    break
                case .refused(let problem):
                    changedScanProblems.append(problem)
                case .dataFile(let found):
                    reads[found.path] = (found, collection)
                    existing.remove(found.path)
                case .folder:
                    let before = scanner.problems.count
                    for found in scanner.files(inFolder: target, collectionFolder: folder) {
                        reads[found.path] = (found, collection)
                        existing.remove(found.path)
                    }
                    changedScanProblems += scanner.problems[before...]
                }
                removals.formUnion(existing)
            }
        }
        for problem in changedScanProblems { addScanProblem(problem) }
        report.problems += changedScanProblems
        for path in reads.keys { removals.remove(path) }
        let recorded = removals.filter { fileNumber($0) != nil }
        guard !reads.isEmpty || !recorded.isEmpty || !changedScanProblems.isEmpty || scanProblemsChanged else {
            return (nil, report)
        }

        // 2. Read the files in parallel.
        let work = reads.values.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : idPrecedes($0.0.path, $1.0.path) }
        let files = read(work, progress: nil)

        // 3. Take back what the changed files contributed; record what they contribute now.
        var changedPaths: Set<String> = []
        // Ids by their bytes (SEMANTICS.md §3.4): two spellings of `café` are two ids to settle.
        var touched: [[IDKey: [Claim]]] = Array(repeating: [:], count: collections.count)
        var problemsChanged: Set<Int32> = []
        var danglingToCheck: Set<Int32> = []
        var freed: [Int32] = []
        for (loaded, _) in files where loaded.outcome == .vanished { removals.insert(loaded.path) }
        for path in removals {
            guard let file = fileNumber(path), let record = records[Int(file)] else { continue }
            changedPaths.insert(path)
            for id in record.ids where touched[record.collection][IDKey(id)] == nil { touched[record.collection][IDKey(id)] = [] }
            removeRecord(file)
            freed.append(file)
            report.filesRemoved += 1
        }
        for (loaded, collection) in files where loaded.outcome != .vanished {
            report.filesRead += 1
            if loaded.outcome == .failed, let file = fileNumber(loaded.path), records[Int(file)]!.hasGoodVersion {
                // A broken file keeps its last good version serving (SEMANTICS.md §13.3).
                records[Int(file)]!.problems = loaded.problems.map {
                    var problem = $0
                    problem.message += "; the last good version of this file is still served."
                    return problem
                }
                problemsChanged.insert(file)
                continue
            }
            changedPaths.insert(loaded.path)
            if let file = fileNumber(loaded.path), let record = records[Int(file)] {
                for id in record.ids where touched[record.collection][IDKey(id)] == nil { touched[record.collection][IDKey(id)] = [] }
                removeRecord(file)
                freed.append(file)
            }
            let file = addRecord(for: loaded, collection: collection)
            problemsChanged.insert(file)
            danglingToCheck.insert(file)
            for (index, document) in loaded.documents.enumerated() {
                touched[collection][IDKey(document.id), default: []].append(
                    Claim(file: file, index: Int32(index), document: document))
            }
        }
        freeFileIDs += freed

        // 4. Decide every touched id again: the first claim in path order wins.
        for collection in collections.indices {
            for (key, claims) in touched[collection] {
                let id = key.id
                if resolve(id, in: collection, newClaims: claims, changedPaths: changedPaths, problemsChanged: &problemsChanged) {
                    // The id appeared or went: references to it may have changed state.
                    guard let target = targets.existingNumber(collection: collection, id: id) else { continue }
                    for file in targets.files(referring: target) { danglingToCheck.insert(file) }
                }
            }
        }

        // 5. Dangling references of the changed files and of the files referring to ids that
        //    appeared or went.
        for file in danglingToCheck {
            guard let record = records[Int(file)] else { continue }
            let dangling = dangling(of: record, named: names)
            if dangling != record.dangling {
                records[Int(file)]!.dangling = dangling
                problemsChanged.insert(file)
                report.problems += dangling
            }
        }
        for file in problemsChanged { relist(file) }
        for (loaded, _) in files where loaded.outcome != .vanished {
            guard let file = fileNumber(loaded.path), let record = records[Int(file)] else { continue }
            report.problems += record.problems + record.duplicates.map(\.problem)
        }
        generation += 1
        return (makeSnapshot(), report)
    }

    /// A snapshot of the same data was served under the next generation (only the schema's
    /// errors changed): the next snapshot comes after it.
    func skipGeneration() { generation += 1 }

    /// `./data//orders/` → `data/orders`.
    static func normalize(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }.joined(separator: "/")
    }

    /// Settles which claim on `id` wins after a change; true when the id appeared or went.
    private func resolve(
        _ id: String, in collection: Int, newClaims: [Claim], changedPaths: Set<String>, problemsChanged: inout Set<Int32>
    ) -> Bool {
        var candidates: [Claim] = []
        let position = collections[collection].builder.position(of: id)
        if let position {
            let current = collections[collection].builder[position]
            if !changedPaths.contains(current.file), let file = fileNumber(current.file), let record = records[Int(file)] {
                let index = record.ids.firstIndex { sameID($0, id) } ?? 0
                candidates.append(Claim(file: file, index: Int32(index), document: current))
            }
        }
        let oldLosers = collections[collection].shadowed[IDKey(id)] ?? []
        for loser in oldLosers where !changedPaths.contains(loser.path) {
            candidates.append(loser)
            // Its note names the old winner: written again below.
            records[Int(loser.file)]!.duplicates.removeAll { $0.index == loser.index }
            problemsChanged.insert(loser.file)
        }
        candidates += newClaims
        candidates.sort { $0.path != $1.path ? idPrecedes($0.path, $1.path) : $0.index < $1.index }

        guard let winner = candidates.first else {
            collections[collection].shadowed[IDKey(id)] = nil
            guard position != nil else { return false }
            collections[collection].builder.remove(id: id)
            return true
        }
        let losers = candidates.dropFirst()
        collections[collection].shadowed[IDKey(id)] = losers.isEmpty ? nil : Array(losers)
        for loser in losers {
            let note = duplicateNote(loser, winner: winner)
            let at = records[Int(loser.file)]!.duplicates.firstIndex { $0.index > loser.index }
                ?? records[Int(loser.file)]!.duplicates.count
            records[Int(loser.file)]!.duplicates.insert(note, at: at)
            problemsChanged.insert(loser.file)
        }
        guard let position else {
            collections[collection].builder.insert(winner.document)
            return true
        }
        let current = collections[collection].builder[position]
        if winner.path != current.file || changedPaths.contains(winner.path) {
            collections[collection].builder.replace(winner.document)
        }
        return false
    }

    // MARK: Records

    private func read(_ work: [(DataFiles.Found, Int)], progress: (@Sendable (Int, Int) -> Void)?) -> [(LoadedFile, Int)] {
        var files: [(LoadedFile, Int)] = []
        files.reserveCapacity(work.count)
        readEach(work, progress: progress) { files.append(($0, $1)) }
        return files
    }

    /// Reads the files in parallel and hands each to `body` in order, with its collection, as
    /// soon as it and the files before it are read: the records and claims are made on this
    /// thread while the workers read on, so both cores stay busy to the end.
    private func readEach(
        _ work: [(DataFiles.Found, Int)], folders: [Int32] = [], progress: (@Sendable (Int, Int) -> Void)?,
        _ body: (LoadedFile, Int) -> Void
    ) {
        let schema = self.schema
        let layouts = self.layouts
        let rootPath = finder.rootPath
        let types = collections.map(\.type)
        let results = ResultSlots<LoadedFile>(count: work.count)
        let done = Counter()
        // Files are taken a few at a time, in order; all readers share one interner, so that
        // equal values of the files read are stored once, and each keeps its own libyaml parser.
        let batch = 4
        let batches = (work.count + batch - 1) / batch
        let ready = ReadyBatches(count: batches)
        let readBatch = { @Sendable (taken: Int, reader: ThreadReader) in
            for index in taken * batch..<min(taken * batch + batch, work.count) {
                let (found, collection) = work[index]
                let loaded = folders.withUnsafeBufferPointer { folders in
                    LoadedFile.read(found, in: rootPath, collection: types[collection], schema: schema, layouts: layouts,
                                    interner: reader.interner, yamlParser: reader.yamlParser, folders: folders)
                }
                results.set(index, loaded)
                if let progress { progress(done.increment(), work.count) }
            }
            ready.finish(taken, by: reader.number)
        }
        // This thread reads too whenever the next file to hand over is not ready, so the load
        // never waits on the thread pool (which may be busy, or blocked by another load).
        let group = DispatchGroup()
        let helpers = work.count < 4 ? 0 : min(ProcessInfo.processInfo.activeProcessorCount, batches, 128) - 1
        let interner = ValueInterner()
        let readers = (0...max(helpers, 0)).map { ThreadReader(number: $0, interner: interner) }
        for helper in readers.dropFirst() {
            DispatchQueue.global().async(group: group) {
                while let taken = ready.take() {
                    helper.freeReturned()
                    readBatch(taken, helper)
                }
            }
        }
        let reader = readers[0]
        // A helper's files go back to it once recorded, to be freed on its thread.
        var recorded: [LoadedFile] = []
        var next = 0
        while next < batches {
            if let by = ready.reader(ofFinished: next) {
                for index in next * batch..<min(next * batch + batch, work.count) {
                    let loaded = results.take(index)
                    body(loaded, work[index].1)
                    if by != 0 { recorded.append(loaded) }
                }
                if by != 0 { readers[by].giveBack(&recorded) }
                next += 1
            } else if let taken = ready.take() {
                readBatch(taken, reader)
            } else {
                ready.wait(for: next)
            }
        }
        group.wait()
    }

    @discardableResult
    private func addRecord(for loaded: LoadedFile, collection: Int) -> Int32 {
        let file: Int32
        if let free = freeFileIDs.popLast() {
            file = free
        } else {
            file = Int32(records.count)
            records.append(nil)
        }
        var record = FileRecord(path: loaded.path, collection: collection)
        record.setIDs(of: loaded.documents)
        record.problems = loaded.problems
        record.references = targets.record(loaded.references, of: file, collectionOfSite: siteCollections)
        record.byteCount = loaded.byteCount
        record.hasGoodVersion = loaded.outcome == .read
        records[Int(file)] = record
        fileNumbers.insert(file, at: loaded.path) { self.records[Int($0)]!.path }
        if !Self.isDirectlyInside(loaded.path, lastFolder) {
            lastFolder = Self.parent(of: loaded.path)
            lastFolderNumber = folderNumber(lastFolder)
            for above in Self.folders(above: loaded.path) where !knownFolders.contains(above) { knownFolders.insert(above) }
        }
        folderFiles[Int(lastFolderNumber)].insert(file)
        byteCount += loaded.byteCount
        return file
    }

    /// The number of `folder`, given now if it had none.
    private func folderNumber(_ folder: String) -> Int32 {
        if let number = folderNumbers[folder] { return number }
        let number = Int32(folderFiles.count)
        folderNumbers[folder] = number
        folderFiles.append([])
        return number
    }

    /// The number of the recorded file at `path`.
    private func fileNumber(_ path: String) -> Int32? { fileNumbers.find(path) { records[Int($0)]!.path } }

    /// Forgets a file: its record, its references and its place in the lists. Its claims are
    /// settled by the caller.
    private func removeRecord(_ file: Int32) {
        guard let record = records[Int(file)] else { return }
        for reference in record.references { targets.remove(file, referring: reference.target) }
        if record.listed {
            let key = key(of: record)
            if let at = problemFiles.firstIndex(of: key, sortedBy: FileKey.precedes) { problemFiles.remove(at: at) }
        }
        if let folder = folderNumbers[Self.parent(of: record.path)] { folderFiles[Int(folder)].remove(file) }
        byteCount -= record.byteCount
        fileNumbers.remove(record.path) { self.records[Int($0)]!.path }
        records[Int(file)] = nil
    }

    /// Puts a file in the list of files with problems, or takes it out, after its problems changed.
    private func relist(_ file: Int32) {
        guard let record = records[Int(file)] else { return }
        let key = key(of: record)
        if record.hasProblems && !record.listed {
            problemFiles.insert(key, at: problemFiles.insertionPoint(of: key, sortedBy: FileKey.precedes))
            records[Int(file)]!.listed = true
        } else if !record.hasProblems && record.listed {
            if let at = problemFiles.firstIndex(of: key, sortedBy: FileKey.precedes) { problemFiles.remove(at: at) }
            records[Int(file)]!.listed = false
        }
    }

    /// The recorded files at `path` or under it. A file costs one lookup; only a folder that
    /// holds recorded files costs a pass over the folders.
    private func recordedFiles(at path: String) -> Set<String> {
        var files: Set<String> = []
        if fileNumber(path) != nil { files.insert(path) }
        guard knownFolders.contains(path) else { return files }
        let prefix = path + "/"
        for (folder, number) in folderNumbers where folder == path || folder.hasPrefix(prefix) {
            for file in folderFiles[Int(number)] { files.insert(records[Int(file)]!.path) }
        }
        return files
    }

    /// Whether `path` names an entry of `folder` itself (not of a folder inside it).
    private static func isDirectlyInside(_ path: String, _ folder: String) -> Bool {
        var path = path
        var folder = folder
        return path.withUTF8 { path in
            folder.withUTF8 { folder in
                guard !folder.isEmpty, path.count > folder.count + 1, path[folder.count] == UInt8(ascii: "/"),
                      memcmp(path.baseAddress!, folder.baseAddress!, folder.count) == 0 else { return false }
                return !path[(folder.count + 1)...].contains(UInt8(ascii: "/"))
            }
        }
    }

    private static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// `data/orders/2025/o-1.yaml` → `data/orders/2025`, `data/orders`, `data`.
    private static func folders(above path: String) -> [String] {
        var folders: [String] = []
        var folder = parent(of: path)
        while !folder.isEmpty {
            folders.append(folder)
            folder = parent(of: folder)
        }
        return folders
    }

    private func key(of record: FileRecord) -> FileKey { FileKey(collection: record.collection, path: record.path) }

    // MARK: Problems

    private func duplicateNote(_ loser: Claim, winner: Claim) -> DuplicateNote {
        DuplicateNote(index: loser.index, problem: DataProblem(
            file: loser.path, line: Int(loser.document.line), column: nil,
            message: "duplicate id \"\(loser.document.id)\": already used in \(winner.path):\(winner.document.line); this document is skipped."))
    }

    /// Whether the reference target `target` names a document of its collection.
    private func names(_ target: Int32) -> Bool {
        let collection = targets.collection(target)
        return collection >= 0 && collections[collection].builder.position(of: targets.id(target)) != nil
    }

    /// The references of `record` to ids no document has (`named` tells of each target).
    private func dangling(of record: FileRecord, named: (Int32) -> Bool) -> [DataProblem] {
        var problems: [DataProblem] = []
        for reference in record.references where !named(reference.target) {
            let (target, path) = siteTable[Int(reference.site)]
            let id = targets.id(reference.target)
            problems.append(DataProblem(
                file: record.path, line: Int(reference.line), column: Int(reference.column),
                message: "\(path): dangling reference: no \(schema[target].name) has id \"\(id)\"."))
        }
        return problems
    }

    private func addScanProblem(_ problem: DataProblem) {
        for (collection, state) in collections.enumerated()
        where problem.file == state.folder || problem.file.hasPrefix(state.folder + "/") {
            collections[collection].scanProblems[problem.file, default: []].append(problem)
            return
        }
    }

    /// True when there were some.
    private func removeScanProblems(at path: String, collection: Int) -> Bool {
        guard !collections[collection].scanProblems.isEmpty else { return false }
        let prefix = path + "/"
        var removed = false
        for file in collections[collection].scanProblems.keys where file == path || file.hasPrefix(prefix) {
            collections[collection].scanProblems[file] = nil
            removed = true
        }
        return removed
    }

    private func makeSnapshot() -> StoreSnapshot {
        var problems: [DataProblem] = []
        for collection in collections.indices where !collections[collection].scanProblems.isEmpty {
            let found = collections[collection].scanProblems
            for file in found.keys.sorted(by: idPrecedes) { problems += found[file]! }
        }
        for key in problemFiles {
            let record = records[Int(fileNumber(key.path)!)]!
            problems += record.problems
            for note in record.duplicates { problems.append(note.problem) }
        }
        for key in problemFiles { problems += records[Int(fileNumber(key.path)!)]!.dangling }
        return StoreSnapshot(
            schema: schema, layouts: layouts, generation: generation, collections: collections.map { $0.builder.snapshot() },
            problems: problems, fileCount: fileNumbers.count, byteCount: byteCount)
    }
}

// MARK: - Parts

private struct CollectionState {
    let type: TypeID
    /// `data/<path>`.
    let folder: String
    var builder: CollectionBuilder
    /// id (by its bytes) → the claims that lost to the winner, in path order (duplicate ids).
    var shadowed: [IDKey: [Claim]] = [:]
    /// Paths that could not be read as data, by path.
    var scanProblems: [String: [DataProblem]] = [:]
}

/// One part of building a collection after a full load: its builder (slot -1), or the index of
/// one of its reference slots.
private struct BuildJob {
    let collection: Int
    let slot: Int
    var builder: CollectionBuilder?
    var referrers: ShardedIndex<[Int32]>?

    init(collection: Int, slot: Int) {
        self.collection = collection
        self.slot = slot
    }
}

/// A document of a full load claiming an id: the document itself is in its collection's table.
private struct LoadClaim {
    var position: Int32
    var file: Int32
    /// Its place among the file's documents with an id.
    var index: Int32

    func claim(in table: DocumentTable) -> Claim { Claim(file: file, index: index, document: table[position]) }
}

/// A document of a file claiming an id.
private struct Claim {
    var file: Int32
    /// Its place among the file's documents with an id.
    var index: Int32
    var document: StoredDocument

    /// The file's path (the document's own: no second copy in every claim).
    var path: String { document.file }
}

/// A file's place in file order: collections in schema order, then paths in code point order.
private struct FileKey: Equatable {
    var collection: Int
    var path: String

    static func precedes(_ left: FileKey, _ right: FileKey) -> Bool {
        left.collection != right.collection ? left.collection < right.collection : idPrecedes(left.path, right.path)
    }
}

extension Array {
    /// Where `element` goes in this array sorted by `precedes`.
    fileprivate func insertionPoint(of element: Element, sortedBy precedes: (Element, Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) >> 1
            if precedes(self[middle], element) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

extension Array where Element: Equatable {
    fileprivate func firstIndex(of element: Element, sortedBy precedes: (Element, Element) -> Bool) -> Int? {
        let at = insertionPoint(of: element, sortedBy: precedes)
        return at < count && self[at] == element ? at : nil
    }
}

/// A value handed to other threads that only read it while the sender waits for them.
private struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
}
