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
    /// Ids by their bytes (`sameID`, `idHash`): canonically equivalent spellings are two ids.
    private struct Key: Hashable {
        var collection: Int32
        var id: String

        static func == (left: Key, right: Key) -> Bool { left.collection == right.collection && sameID(left.id, right.id) }

        func hash(into hasher: inout Hasher) {
            hasher.combine(collection)
            hasher.combine(idHash(id))
        }
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

/// The `@ref` values of a recorded file, packed: each field a variable-length number (7 bits a
/// byte), the line as the change from the reference before. About 6 bytes a reference instead
/// of 16, in one array of exactly that size (no array at all for a file without references):
/// a tree of 100 000 orders keeps half a million references (issue 4).
struct RecordedReferences: Sequence, Equatable {
    private var bytes: [UInt8] = []

    init() {}

    init(_ references: [RecordedReference]) {
        guard !references.isEmpty else { return }
        var size = 0
        Self.encode(references) { size += Self.length(of: $0) }
        bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            Self.encode(references) { value in
                var value = value
                while value >= 0x80 {
                    buffer[count] = UInt8(truncatingIfNeeded: value) | 0x80
                    count += 1
                    value >>= 7
                }
                buffer[count] = UInt8(truncatingIfNeeded: value)
                count += 1
            }
        }
    }

    var isEmpty: Bool { bytes.isEmpty }

    /// The four numbers of each reference, in order, as unsigned values.
    private static func encode(_ references: [RecordedReference], _ emit: (UInt64) -> Void) {
        var line: Int64 = 0
        for reference in references {
            emit(UInt64(UInt32(bitPattern: reference.target)))
            emit(UInt64(UInt32(bitPattern: reference.site)))
            emit(zigzag(Int64(reference.line) - line))
            emit(UInt64(UInt32(bitPattern: reference.column)))
            line = Int64(reference.line)
        }
    }

    private static func length(of value: UInt64) -> Int {
        var value = value >> 7
        var length = 1
        while value != 0 {
            value >>= 7
            length += 1
        }
        return length
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
