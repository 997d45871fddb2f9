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
