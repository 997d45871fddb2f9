import Foundation
import QuarrySchema
import Testing

@testable import QuarryStore

/// Typing through the flat tables (`TypingTables`): keys matched in any order, required fields
/// past the 64th slot, enums, `@key` names and reference sites, with the reports a load makes.
@Suite struct TypingTablesTests {
    /// A type of 70 stored fields: `f0` ... `f69`, every tenth one required, and `f69` read
    /// from the key `last`.
    static let wideSchema: String = {
        var fields = ["  id: ID!"]
        for index in 0..<69 { fields.append("  f\(index): Int\(index % 10 == 0 ? "!" : "")") }
        fields.append("  f69: Int! @key(name: \"last\")")
        return """
            enum Level { LOW HIGH }
            type Wide @collection(path: "wide") {
            \(fields.joined(separator: "\n"))
            }
            type Note @collection(path: "notes") {
              id: ID!
              about: Wide! @ref
              level: Level
              others: [Wide!] @ref
            }
            """
    }()

    let reader: DataFileReader

    init() throws {
        reader = DataFileReader(schema: try ServedSchema.build(files: [.init(Self.wideSchema, name: "schema/wide.graphql")]))
    }

    @Test func requiredFieldsPastTheSixtyFourthSlotAreReportedInSlotOrder() throws {
        // Keys out of schema order; f0, f30 and f69 (`last`) given, f10, f20, f40, f50, f60 missing.
        let bytes = Array("last: 9\nf30: 3\nid: w-1\nf0: 1\nf65: 5\n".utf8)
        let read = try #require(reader.read(bytes, path: "data/wide/w-1.yaml"))
        let values = try #require(read.documents.first?.values)
        #expect(values[0] == .string("w-1"))
        #expect(values[1] == .int(1))
        #expect(values[31] == .int(3))
        #expect(values[66] == .int(5))
        #expect(values[70] == .int(9))
        #expect(read.problems.map(\.description) == [10, 20, 40, 50, 60].map {
            "data/wide/w-1.yaml:1: Wide.f\($0): required field is missing."
        })
    }

    @Test func aKeyRenamedByKeyIsNotReadUnderTheFieldName() throws {
        var text = "id: w-2\n"
        for index in stride(from: 0, to: 69, by: 10) { text += "f\(index): \(index)\n" }
        text += "f69: 1\n"
        let read = try #require(reader.read(Array(text.utf8), path: "data/wide/w-2.yaml"))
        #expect(read.problems.map(\.description) == [
            "data/wide/w-2.yaml:9:1: warning: unknown key \"f69\": Wide has no such field.",
            "data/wide/w-2.yaml:1: Wide.f69: required field is missing.",
        ])
    }

    @Test func enumsAndReferencesAreTypedWithTheirSitesAndPositions() throws {
        let bytes = Array(#"{"id": "n-1", "about": "w-1", "level": "HIGH", "others": ["w-2", "w-3"]}"#.utf8)
        let read = try #require(reader.read(bytes, path: "data/notes/n-1.json"))
        #expect(read.problems.isEmpty)
        #expect(read.documents.first?.values == [
            .string("n-1"), .reference("w-1"), .enumValue(1), .list([.reference("w-2"), .reference("w-3")]),
        ])
        let loaded = try #require(loadedFile(bytes, path: "data/notes/n-1.json", collection: "Note"))
        let sites = reader.layouts.tables.referenceSites
        #expect(loaded.references.map { "\($0.id) \(sites[Int($0.site)].path) \($0.line):\($0.column)" } == [
            "w-1 Note.about 1:24", "w-2 Note.others 1:59", "w-3 Note.others 1:66",
        ])
    }

    @Test func aValueNotOfTheEnumIsReported() throws {
        let read = try #require(reader.read(Array("id: n-2\nabout: w-1\nlevel: MEDIUM\n".utf8), path: "data/notes/n-2.yaml"))
        #expect(read.documents.first?.values[2] == .null)
        #expect(read.problems.map(\.description) == ["data/notes/n-2.yaml:3:8: Note.level: \"MEDIUM\" is not a value of Level."])
    }

    private func loadedFile(_ bytes: [UInt8], path: String, collection: String) -> LoadedFile? {
        guard let type = reader.schema.collections.first(where: { reader.schema[$0].name == collection }),
              let folder = reader.schema[type].collection?.path
        else { return nil }
        let found = DataFiles.Found(path: path, collectionFolder: "data/\(folder)", extensionLength: 5)
        return LoadedFile.parse(bytes, found, collection: type, schema: reader.schema, layouts: reader.layouts)
    }
}

/// `ValueInterner`: equal values stored once, by their written form.
@Suite struct ValueInternerTests {
    @Test func equalObjectsShareOneStorageAndOtherFormsDoNot() {
        let interner = ValueInterner()
        let line: [StoredValue] = [.reference("p-000295"), .int(1), .decimal(DecimalValue(significand: 57740, scale: 2))]
        let first = interner.array(line)
        let second = interner.array(Array(line))
        #expect(first == second)
        #expect(first.withUnsafeBufferPointer { $0.baseAddress } == second.withUnsafeBufferPointer { $0.baseAddress })
        // 577.4 is the same number written otherwise: kept apart, so it prints as written.
        let other = interner.array([.reference("p-000295"), .int(1), .decimal(DecimalValue(significand: 5774, scale: 1))])
        #expect(other.withUnsafeBufferPointer { $0.baseAddress } != first.withUnsafeBufferPointer { $0.baseAddress })
        // A string and a reference of the same text are different values.
        let asString = interner.array([.string("p-000295"), .int(1), .decimal(DecimalValue(significand: 57740, scale: 2))])
        #expect(asString[0] == .string("p-000295"))
    }

    @Test func longStringsAreSharedByTheirBytes() {
        let interner = ValueInterner()
        let text = Array("送礼用，请不要放发票".utf8)
        let first = text.withUnsafeBufferPointer(interner.string)
        let second = text.withUnsafeBufferPointer(interner.string)
        #expect(first == "送礼用，请不要放发票")
        var a = first
        var b = second
        #expect(a.withUTF8 { $0.baseAddress } == b.withUTF8 { $0.baseAddress })
        let composed = Array("e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}".utf8)
        let precomposed = Array("\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}".utf8)
        // Canonically equal, different bytes: both kept as written.
        #expect(Array(composed.withUnsafeBufferPointer(interner.string).utf8) == composed)
        #expect(Array(precomposed.withUnsafeBufferPointer(interner.string).utf8) == precomposed)
    }

    /// The threads of a load share one interner: a value typed on any of them is stored once.
    @Test func threadsShareTheStoredCopies() {
        let interner = ValueInterner()
        let lines = (0..<2_000).map { [StoredValue.reference("p-\($0 % 500)"), .int(Int32($0 % 3)), .null] }
        let texts = (0..<500).map { Array("a note long enough to share \($0)".utf8) }
        let threads = 4
        let results = ThreadResults()
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            var kept: [[StoredValue]] = []
            var strings: [String] = []
            for index in lines.indices { kept.append(interner.array(Array(lines[(index + thread * 7) % lines.count]))) }
            for index in texts.indices { strings.append(texts[(index + thread * 3) % texts.count].withUnsafeBufferPointer(interner.string)) }
            // By the value's index, whatever order this thread met them in.
            var lineAddresses = [Int](repeating: 0, count: lines.count)
            for (offset, line) in kept.enumerated() {
                lineAddresses[(offset + thread * 7) % lines.count] = line.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) }
            }
            var textAddresses = [Int](repeating: 0, count: texts.count)
            for (offset, var text) in strings.enumerated() {
                textAddresses[(offset + thread * 3) % texts.count] = text.withUTF8 { Int(bitPattern: $0.baseAddress) }
            }
            results.set(thread, lines: lineAddresses, texts: textAddresses)
        }
        let addresses = (0..<threads).map { results.byThread[$0]! }
        for thread in 1..<threads {
            #expect(addresses[thread].lines == addresses[0].lines)
            #expect(addresses[thread].texts == addresses[0].texts)
        }
        // Equal lines (every 1 500th repeats the first 500's values) share one storage too.
        #expect(addresses[0].lines[0] == addresses[0].lines[1_500])
        #expect(Set(addresses[0].lines).count == 1_500)
        #expect(Set(addresses[0].texts).count == 500)
    }
}

/// What each thread of a test found, by thread.
private final class ThreadResults: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var byThread: [Int: (lines: [Int], texts: [Int])] = [:]

    func set(_ thread: Int, lines: [Int], texts: [Int]) {
        lock.lock()
        byThread[thread] = (lines, texts)
        lock.unlock()
    }
}
