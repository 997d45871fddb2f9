import Foundation
import QuarrySchema

/// A `@ref` value as a file wrote it, as the typer reports it; the loader keeps it between
/// reloads as a `RecordedReference`.
struct FileReference: Sendable {
    /// The id it names.
    var id: String
    /// Its target type and field (`TypingTables.referenceSites`).
    var site: Int32
    var line: Int32
    var column: Int32
}

/// A `@ref` value of a recorded file, as the loader keeps it between reloads: 16 bytes, its id
/// numbered in `ReferenceTargets` instead of a string of its own (issue 4: a tree of 100 000
/// orders keeps half a million of these).
struct RecordedReference: Sendable, Equatable {
    /// The (collection, id) it names, numbered by `ReferenceTargets`.
    var target: Int32
    /// Its target type and field (`TypingTables.referenceSites`).
    var site: Int32
    var line: Int32
    var column: Int32
}

/// Every (collection, id) that a recorded file's references ever named, numbered once, with the
/// files whose references name it: what a reload reads to find the files whose references an
/// id that appeared or went turns dangling or whole. Numbers are never reused, so an entry
/// outlives the last reference to it (it costs one id, not one per reference).
struct ReferenceTargets {
    /// What is kept of a target, together: numbering a reference reads one of these, once, and
    /// the table's slot (two cache lines where separate arrays of ids, collections and lists
    /// would cost four: half a million references at 100 000 orders, issue 4).
    private struct Target {
        var id: String
        var collection: Int32
        /// The files whose references name it, each once, as a list through `referrers` from
        /// the newest entry (-1: none), and that entry's file (what `add` compares with).
        var newest: Int32 = -1
        var newestFile: Int32 = -1
    }

    /// Numbers by (collection, id bytes): canonically equivalent spellings are two ids
    /// (`sameID`, `idHash`).
    private var numbers = NumberTable()
    private var targets: [Target] = []
    /// Entries of the lists of referring files: a file and the entry added before it for the
    /// same target (-1: none). One flat array for all targets instead of an array per target:
    /// adding a file is an append, not a growth of a small array. Entries freed by `remove` are
    /// chained from `freeReferrer` and given again.
    private var referrers: [(file: Int32, older: Int32)] = []
    private var freeReferrer: Int32 = -1
    private var packer = RecordedReferences.Packer()

    private static func hash(collection: Int32, id: String) -> UInt64 {
        idHash(id) &+ UInt64(UInt32(bitPattern: collection)) &* 0x9e37_79b9_7f4a_7c15
    }

    private func existing(collection: Int32, id: String, hash: UInt64) -> Int32? {
        targets.withUnsafeBufferPointer { targets in
            numbers.find(hash: hash) { targets[Int($0)].collection == collection && sameID(targets[Int($0)].id, id) }
        }
    }

    /// The number of (`collection`, `id`), given now if it had none.
    mutating func number(collection: Int, id: String) -> Int32 { numbered(collection: Int32(collection), id: id) }

    /// What a recorded file keeps of its references: their targets numbered (`collectionOfSite`
    /// gives the collection each site's references name), `file` noted as referring to each,
    /// packed. Once per file as it is recorded, on the loader's thread: one call, not one per
    /// reference, and no array between.
    mutating func record(_ references: [FileReference], of file: Int32, collectionOfSite: [Int32]) -> RecordedReferences {
        guard !references.isEmpty else { return RecordedReferences() }
        for reference in references {
            let target = numbered(collection: collectionOfSite[Int(reference.site)], id: reference.id)
            add(file, referring: target)
            packer.append(RecordedReference(target: target, site: reference.site, line: reference.line, column: reference.column))
        }
        return packer.take()
    }

    private mutating func numbered(collection: Int32, id: String) -> Int32 {
        let hash = Self.hash(collection: collection, id: id)
        if let number = existing(collection: collection, id: id, hash: hash) { return number }
        let number = Int32(targets.count)
        targets.append(Target(id: id, collection: collection))
        let targets = self.targets
        numbers.insert(number, hash: hash) { Self.hash(collection: targets[Int($0)].collection, id: targets[Int($0)].id) }
        return number
    }

    /// The number of (`collection`, `id`) if some file's references ever named it.
    func existingNumber(collection: Int, id: String) -> Int32? {
        let collection = Int32(collection)
        return existing(collection: collection, id: id, hash: Self.hash(collection: collection, id: id))
    }

    /// How many targets are numbered: their numbers are `0..<count`.
    var count: Int { targets.count }

    /// The collection of the target `number`.
    func collection(_ number: Int32) -> Int { Int(targets[Int(number)].collection) }

    /// The id a number stands for.
    func id(_ number: Int32) -> String { targets[Int(number)].id }

    /// The files whose references name the target `number`, in the order they were added.
    func files(referring number: Int32) -> [Int32] {
        var files: [Int32] = []
        var entry = targets[Int(number)].newest
        while entry >= 0 {
            files.append(referrers[Int(entry)].file)
            entry = referrers[Int(entry)].older
        }
        return files.reversed()
    }

    /// Notes that `file` refers to `number`. A file's references are added together, so
    /// checking the newest file is enough to list each file once.
    mutating func add(_ file: Int32, referring number: Int32) {
        let newest = targets[Int(number)].newest
        if targets[Int(number)].newestFile == file { return }
        let entry: Int32
        if freeReferrer >= 0 {
            entry = freeReferrer
            freeReferrer = referrers[Int(entry)].older
            referrers[Int(entry)] = (file, newest)
        } else {
            entry = Int32(referrers.count)
            referrers.append((file, newest))
        }
        targets[Int(number)].newest = entry
        targets[Int(number)].newestFile = file
    }

    mutating func remove(_ file: Int32, referring number: Int32) {
        var newer: Int32 = -1
        var entry = targets[Int(number)].newest
        while entry >= 0 && referrers[Int(entry)].file != file {
            newer = entry
            entry = referrers[Int(entry)].older
        }
        guard entry >= 0 else { return }
        let older = referrers[Int(entry)].older
        if newer >= 0 {
            referrers[Int(newer)].older = older
        } else {
            targets[Int(number)].newest = older
            targets[Int(number)].newestFile = older >= 0 ? referrers[Int(older)].file : -1
        }
        referrers[Int(entry)] = (-1, freeReferrer)
        freeReferrer = entry
    }
}

/// The `@ref` values of a recorded file, packed: each field a variable-length number (7 bits a
/// byte), the line as the change from the reference before. About 6 bytes a reference instead
/// of 16, in one array of exactly that size (no array at all for a file without references):
/// a tree of 100 000 orders keeps half a million references (issue 4).
struct RecordedReferences: Sequence, Equatable {
    private var bytes: [UInt8] = []

    init() {}

    init(_ references: [RecordedReference]) {
        var packer = Packer()
        for reference in references { packer.append(reference) }
        self = packer.take()
    }

    var isEmpty: Bool { bytes.isEmpty }

    /// Packs references one at a time into a buffer kept from file to file: a file's packed
    /// references are one exact copy of it, with no array of `RecordedReference` between.
    struct Packer {
        private var buffer: [UInt8] = []
        private var line: Int64 = 0

        /// Adds the next reference of the file being packed.
        mutating func append(_ reference: RecordedReference) {
            // The most four numbers of 32 bits take (5 bytes each): no growth check per byte.
            buffer.reserveCapacity(buffer.count + 20)
            emit(UInt64(UInt32(bitPattern: reference.target)))
            emit(UInt64(UInt32(bitPattern: reference.site)))
            emit(RecordedReferences.zigzag(Int64(reference.line) - line))
            emit(UInt64(UInt32(bitPattern: reference.column)))
            line = Int64(reference.line)
        }

        /// The references appended since the last `take`, packed; the packer starts on the next
        /// file, keeping its buffer.
        mutating func take() -> RecordedReferences {
            var packed = RecordedReferences()
            if !buffer.isEmpty {
                packed.bytes = buffer.withUnsafeBufferPointer { buffer in
                    [UInt8](unsafeUninitializedCapacity: buffer.count) { copy, count in
                        count = copy.initialize(from: buffer).1
                    }
                }
            }
            buffer.removeAll(keepingCapacity: true)
            line = 0
            return packed
        }

        /// A number in 7-bit groups, low first, the high bit set on all but the last.
        @inline(__always)
        private mutating func emit(_ value: UInt64) {
            var value = value
            while value >= 0x80 {
                buffer.append(UInt8(truncatingIfNeeded: value) | 0x80)
                value >>= 7
            }
            buffer.append(UInt8(truncatingIfNeeded: value))
        }
    }

    /// A signed change as an unsigned number that stays small when the change is small.
    private static func zigzag(_ value: Int64) -> UInt64 { UInt64(bitPattern: (value << 1) ^ (value >> 63)) }

    private static func unzigzag(_ value: UInt64) -> Int64 { Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1) }

    func makeIterator() -> Iterator { Iterator(bytes: bytes) }

    struct Iterator: IteratorProtocol {
        let bytes: [UInt8]
        var offset = 0
        var line: Int64 = 0

        mutating func next() -> RecordedReference? {
            guard offset < bytes.count else { return nil }
            let target = Int32(bitPattern: UInt32(truncatingIfNeeded: number()))
            let site = Int32(bitPattern: UInt32(truncatingIfNeeded: number()))
            line += RecordedReferences.unzigzag(number())
            let column = Int32(bitPattern: UInt32(truncatingIfNeeded: number()))
            return RecordedReference(target: target, site: site, line: Int32(truncatingIfNeeded: line), column: column)
        }

        private mutating func number() -> UInt64 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let byte = bytes[offset]
                offset += 1
                value |= UInt64(byte & 0x7f) << shift
                if byte < 0x80 { return value }
                shift += 7
            }
        }
    }
}
