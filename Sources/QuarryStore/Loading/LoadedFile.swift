import Foundation
import QuarrySchema

/// What one data file contributes: its documents, its problems and its `@ref` values. A reload
/// re-reads only the changed files and replaces what they contributed.
struct LoadedFile: Sendable {
    enum Outcome: Sendable {
        /// Read and parsed (its values may still have problems).
        case read
        /// Cannot be read or parsed: no documents, one problem (SEMANTICS.md §1.4).
        case failed
        /// Gone between finding it and reading it.
        case vanished
    }

    var path: String
    var collection: TypeID
    var outcome = Outcome.read
    var documents: [StoredDocument] = []
    var problems: [DataProblem] = []
    var references: [FileReference] = []
    var byteCount = 0

    /// Reads, parses and types one file of the root at `rootPath`. Never throws: every problem
    /// is data.
    static func read(
        _ found: DataFiles.Found, in rootPath: String, collection: TypeID, schema: Schema, layouts: SchemaLayouts,
        interner: ValueInterner? = nil, yamlParser: ReusableYAMLParser? = nil,
        folders: UnsafeBufferPointer<Int32> = UnsafeBufferPointer(start: nil, count: 0)
    ) -> LoadedFile {
        var loaded = LoadedFile(path: found.path, collection: collection)
        let bytes: [UInt8]
        let read: Result<[UInt8], ReadFailure>
        if found.folder >= 0 && Int(found.folder) < folders.count {
            var path = found.path
            let nameStart = found.nameStart
            read = path.withUTF8 { utf8 in
                // The name ends the path: its bytes with a terminating zero, on the stack.
                withUnsafeTemporaryAllocation(of: CChar.self, capacity: utf8.count - nameStart + 1) { name in
                    for at in nameStart..<utf8.count { name[at - nameStart] = CChar(bitPattern: utf8[at]) }
                    name[utf8.count - nameStart] = 0
                    return readBytes(name.baseAddress!, in: folders[Int(found.folder)])
                }
            }
        } else {
            read = readBytes(found.location(in: rootPath))
        }
        switch read {
        case .success(let read):
            bytes = read
        case .failure(let failure) where failure.code == ENOENT || failure.code == ENOTDIR:
            loaded.outcome = .vanished
            return loaded
        case .failure(let failure):
            loaded.outcome = .failed
            loaded.problems.append(DataProblem(file: found.path, line: 1, column: nil,
                                               message: "cannot be read: \(failure.reason)."))
            return loaded
        }
        return parse(bytes, found, collection: collection, schema: schema, layouts: layouts, interner: interner,
                     yamlParser: yamlParser)
    }

    /// Parses and types the bytes of a file already read. A YAML file is parsed with
    /// `yamlParser` (the calling thread's) when given. `oneJSONPass: false` (for tests) reads
    /// a JSON file through the tape even when the one pass could type it.
    static func parse(
        _ bytes: [UInt8], _ found: DataFiles.Found, collection: TypeID, schema: Schema, layouts: SchemaLayouts,
        interner: ValueInterner? = nil, yamlParser: ReusableYAMLParser? = nil, oneJSONPass: Bool = true
    ) -> LoadedFile {
        // Most JSON files are typed in one pass; the tape path words whatever that pass cannot.
        if oneJSONPass, DataFiles.isJSON(found.path),
           let typed = DirectJSONTyper.load(bytes, found, collection: collection, layouts: layouts, interner: interner) {
            return typed
        }
        var loaded = LoadedFile(path: found.path, collection: collection)
        loaded.byteCount = bytes.count
        let tape: DataTape
        do {
            tape = DataFiles.isJSON(found.path) ? try JSONReader.read(bytes) : try YAMLReader.read(bytes, parser: yamlParser)
        } catch {
            // A file that cannot be parsed contributes no documents (SEMANTICS.md §1.4).
            loaded.outcome = .failed
            loaded.problems.append(DataProblem(file: found.path, line: error.location.line, column: error.location.column,
                                               message: error.message))
            return loaded
        }
        // A file holds one document, a list of documents, or (YAML) a stream of them: the roots
        // are counted first (a lone document may take its id from the path), then typed in order.
        let documents = tape.storage.documents
        var rootCount = 0
        for document in documents {
            let node = DataTape.Node(document)
            if tape.isSequence(node) {
                rootCount += tape.count(node)
            } else if !(tape.isNull(node) && tape.textByteCount(node) == 0) {
                rootCount += 1
            }
        }
        var typer = DocumentTyper(schema: schema, layouts: layouts, tape: tape, file: found.path, interner: interner)
        let idSlot = layouts.tables.idKeySlot(Int(collection.index))
        func add(_ root: DataTape.Node) {
            // A missing id is reported below, once, whatever the reason.
            var values = typer.object(root, type: collection, mayOmitID: true)
            let location = tape.location(of: root)
            var id: String?
            if let idSlot, case .string(let given) = values[idSlot], !given.isEmpty {
                id = given
            } else if rootCount == 1 && tape.isMapping(root) && tape.value(forKey: "id", in: root) == nil {
                // A lone document without `id` takes its path (PRODUCT.md §3); one string
                // serves as the id and as the id field's value.
                let derived = found.derivedID
                id = derived
                if let idSlot { values[idSlot] = .string(derived) }
            }
            guard let id else {
                loaded.problems.append(DataProblem(
                    file: found.path, line: location.line, column: location.column,
                    message: "\(schema[collection].name) document has no id; in a file holding several documents each needs one. Skipped."))
                return
            }
            loaded.documents.append(StoredDocument(id: id, values: values, file: found.path, line: Int32(location.line)))
        }
        if rootCount > 0 { loaded.documents.reserveCapacity(rootCount) }
        for document in documents {
            let node = DataTape.Node(document)
            if tape.isSequence(node) {
                for root in tape.elements(node) { add(root) }
            } else if !(tape.isNull(node) && tape.textByteCount(node) == 0) {
                add(node)
            }
        }
        loaded.problems += typer.problems
        // Without the slack of appending: read files wait, in file order, for the loader to
        // record them, and many can be waiting at once.
        let references = typer.references
        loaded.references = references.capacity > references.count ? Array(references[...]) : references
        return loaded
    }
}

extension StoreLoader {
    /// The most bytes a data file may hold (issue 4, item 7): a larger file is reported without
    /// being read, so that one huge file cannot take the server's memory. 64 MiB is far above
    /// any file `gen.py` writes (a few kB); a tree that needs more splits its lists up.
    public static let maximumFileBytes = 64 << 20
}

struct ReadFailure: Error {
    var code: Int32
    /// Said instead of the system's message for the code.
    var detail: String?

    var reason: String { detail ?? String(cString: strerror(code)) }
}

/// The bytes of a regular file: one `read` for the size `fstat` gives, and more only if it
/// grew, never more than `limit`. Opened without blocking, so that a FIFO or a device named
/// like a data file is refused instead of hanging the load.
func readBytes(_ path: String, limit: Int = StoreLoader.maximumFileBytes) -> Result<[UInt8], ReadFailure> {
    readBytes(opened: open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK), limit: limit)
}

/// The same for the file `name` (zero-terminated) of the open folder `folder`.
func readBytes(_ name: UnsafePointer<CChar>, in folder: Int32, limit: Int = StoreLoader.maximumFileBytes) -> Result<[UInt8], ReadFailure> {
    readBytes(opened: openat(folder, name, O_RDONLY | O_CLOEXEC | O_NONBLOCK), limit: limit)
}

/// The bytes of the file open at `descriptor` (closed here), or the `errno` of its opening.
private func readBytes(opened descriptor: Int32, limit: Int) -> Result<[UInt8], ReadFailure> {
    guard descriptor >= 0 else { return .failure(ReadFailure(code: errno)) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return .failure(ReadFailure(code: errno)) }
    if (status.st_mode & S_IFMT) == S_IFDIR { return .failure(ReadFailure(code: EISDIR)) }
    guard (status.st_mode & S_IFMT) == S_IFREG else {
        return .failure(ReadFailure(code: EINVAL, detail: "not a regular file"))
    }
    func tooLarge(_ size: Int) -> ReadFailure {
        let allowed = limit % (1 << 20) == 0 ? "\(limit >> 20) MiB" : "\(limit) bytes"
        return ReadFailure(code: EFBIG, detail: "\(size) bytes is over the limit of \(allowed) for a data file")
    }
    guard Int(status.st_size) <= limit else { return .failure(tooLarge(Int(status.st_size))) }
    var failure: Int32 = 0
    /// Fills `buffer` from the file; false at the end of the file, on failure, or once `expected`
    /// bytes are read (the size `fstat` gave: no second `read` only to meet the end, one system
    /// call in five of a load; a file that grows meanwhile is changed, and read again on the
    /// change's event).
    func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>, _ count: inout Int, expected: Int = 0) -> Bool {
        while count < buffer.count {
            let result = read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            if result < 0 {
                if errno == EINTR { continue }
                failure = errno
                return false
            }
            if result == 0 { return false }
            count += result
            if count == expected { return false }
        }
        return true
    }
    var more = false
    var bytes = [UInt8](unsafeUninitializedCapacity: max(Int(status.st_size), 0) + 1) { buffer, count in
        count = 0
        more = fill(buffer, &count, expected: Int(status.st_size))
    }
    while more && failure == 0 {
        // The file grew since `fstat`.
        guard bytes.count <= limit else { return .failure(tooLarge(bytes.count)) }
        let chunk = [UInt8](unsafeUninitializedCapacity: 1 << 16) { buffer, count in
            count = 0
            more = fill(buffer, &count)
        }
        bytes += chunk
    }
    guard bytes.count <= limit else { return .failure(tooLarge(bytes.count)) }
    return failure == 0 ? .success(bytes) : .failure(ReadFailure(code: failure))
}
