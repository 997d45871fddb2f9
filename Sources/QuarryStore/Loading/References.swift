import Foundation
import QuarrySchema

/// A `@ref` value as a file wrote it, kept between reloads so that it can be reported as
/// dangling when its target goes away, without reading the file again.
struct FileReference: Sendable {
    /// The id it names.
    var id: String
    /// Its target type and field (`ReferenceSites`).
    var site: Int32
    var line: Int32
    var column: Int32
}

/// The distinct (target type, `Type.field`) pairs of references, numbered: a reference stores
/// a number instead of its own copy of the field's name. Shared by the loading threads.
final class ReferenceSites: @unchecked Sendable {
    fileprivate struct Key: Hashable {
        var target: TypeID
        var site: FieldSite
    }

    fileprivate let lock = NSLock()
    fileprivate var keys: [(target: TypeID, path: String)] = []
    private var numbers: [Key: Int32] = [:]

    /// The references with their sites numbered; `path` names a site seen for the first time.
    func compact(_ references: [PendingReference], path: (FieldSite) -> String) -> [FileReference] {
        guard !references.isEmpty else { return [] }
        lock.lock()
        defer { lock.unlock() }
        var last: (key: Key, number: Int32)?
        return references.map { reference in
            let key = Key(target: reference.target, site: reference.site)
            let number: Int32
            if let last, last.key == key {
                // A list of references shares one site.
                number = last.number
            } else if let known = numbers[key] {
                number = known
            } else {
                number = Int32(keys.count)
                keys.append((key.target, path(key.site)))
                numbers[key] = number
            }
            last = (key, number)
            return FileReference(id: reference.id, site: number, line: Int32(clamping: reference.location.line),
                                 column: Int32(clamping: reference.location.column))
        }
    }

    /// The target type and the `Type.field` of a site.
    func site(_ number: Int32) -> (target: TypeID, path: String) {
        lock.lock()
        defer { lock.unlock() }
        return keys[Int(number)]
    }
}

extension ReferenceSites {
    /// Every site so far, by number.
    var all: [(target: TypeID, path: String)] {
        lock.lock()
        defer { lock.unlock() }
        return keys
    }
}

/// A `@ref` value of a recorded file, as the loader keeps it between reloads: 16 bytes, its id
/// numbered in `ReferenceTargets` instead of a string of its own (issue 4: a tree of 100 000
/// orders keeps half a million of these).
struct RecordedReference: Sendable, Equatable {
    /// The (collection, id) it names, numbered by `ReferenceTargets`.
    var target: Int32
    /// Its target type and field (`ReferenceSites`).
    var site: Int32
    var line: Int32
    var column: Int32
}

/// Every (collection, id) that a recorded file's references ever named, numbered once, with the
/// files whose references name it: what a reload reads to find the files whose references an
/// id that appeared or went turns dangling or whole. Numbers are never reused, so an entry
/// outlives the last reference to it (it costs one id, not one per reference).
struct ReferenceTargets {
    private struct Key: Hashable {
        /// -1 for a type that is not a collection.
        var collection: Int32
        var id: String
    }

    private var numbers: [Key: Int32] = [:]
    private var ids: [String] = []
    /// By number: the files whose references name it, each once.
    private var files: [[Int32]] = []

    /// The number of (`collection`, `id`), given now if it had none.
    mutating func number(collection: Int, id: String) -> Int32 {
        let key = Key(collection: Int32(collection), id: id)
        if let number = numbers[key] { return number }
        let number = Int32(ids.count)
        numbers[key] = number
        ids.append(id)
        files.append([])
        return number
    }

    /// The number of (`collection`, `id`) if some file's references ever named it.
    func existingNumber(collection: Int, id: String) -> Int32? {
        numbers[Key(collection: Int32(collection), id: id)]
    }

    /// The id a number stands for.
    func id(_ number: Int32) -> String { ids[Int(number)] }

    /// The files whose references name the target `number`.
    func files(referring number: Int32) -> [Int32] { files[Int(number)] }

    /// Notes that `file` refers to `number`. A file's references are added together, so
    /// checking the last file is enough to list each file once.
    mutating func add(_ file: Int32, referring number: Int32) {
        if files[Int(number)].last != file { files[Int(number)].append(file) }
    }

    mutating func remove(_ file: Int32, referring number: Int32) {
        files[Int(number)].removeAll { $0 == file }
    }
}
