import Foundation
import Testing

@testable import QuarryStore

/// The compact parts the loader keeps per file between reloads (issue 4): numbered reference
/// targets and file records whose rare parts live in a shared box.
@Suite struct LoaderRecordTests {
    @Test func referenceTargetsNumberEachCollectionAndIDOnce() {
        var targets = ReferenceTargets()
        let customer = targets.number(collection: 1, id: "c-1")
        let merchant = targets.number(collection: 2, id: "c-1")
        #expect(customer == 0)
        #expect(merchant == 1)
        #expect(targets.number(collection: 1, id: "c-1") == customer)
        #expect(targets.existingNumber(collection: 1, id: "c-1") == customer)
        #expect(targets.existingNumber(collection: 1, id: "c-2") == nil)
        #expect(targets.id(merchant) == "c-1")
    }

    @Test func referenceTargetsListEachReferringFileOnce() {
        var targets = ReferenceTargets()
        let target = targets.number(collection: 0, id: "p-1")
        targets.add(4, referring: target)
        targets.add(4, referring: target)
        targets.add(7, referring: target)
        #expect(targets.files(referring: target) == [4, 7])
        targets.remove(4, referring: target)
        #expect(targets.files(referring: target) == [7])
        targets.remove(7, referring: target)
        #expect(targets.files(referring: target) == [])
        // The number stays: a file naming the id again gets the same one.
        #expect(targets.number(collection: 0, id: "p-1") == target)
    }

    @Test func packedReferencesReadBackAsWritten() {
        let references = [
            RecordedReference(target: 0, site: 0, line: 1, column: 1),
            RecordedReference(target: 300, site: 2, line: 1, column: 127),
            RecordedReference(target: 70_000, site: 1, line: 90_000, column: 128),
            // Lines may go back (a later key written on an earlier line cannot, but nothing
            // here relies on it), and every field may use its whole range.
            RecordedReference(target: .max, site: .max, line: 3, column: .max),
            RecordedReference(target: 5, site: 0, line: .max, column: 0),
        ]
        let packed = RecordedReferences(references)
        #expect(Array(packed) == references)
        #expect(!packed.isEmpty)
        #expect(Array(RecordedReferences([])) == [])
        #expect(RecordedReferences([]).isEmpty)
        #expect(RecordedReferences() == RecordedReferences([]))
    }

    @Test func fileNumbersFindEveryPathThroughInsertsAndRemovals() {
        var paths: [String] = (0..<2_000).map { "data/orders/2025/\($0 % 12)/o-\($0).yaml" }
        let pathOf = { (file: Int32) in paths[Int(file)] }
        var numbers = FileNumbers()
        #expect(numbers.find(paths[0], path: pathOf) == nil)
        for file in paths.indices { numbers.insert(Int32(file), at: paths[file], path: pathOf) }
        #expect(numbers.count == 2_000)
        #expect(paths.indices.allSatisfy { numbers.find(paths[$0], path: pathOf) == Int32($0) })
        // Every third file goes: the others stay findable across the shifted runs.
        for file in stride(from: 0, to: paths.count, by: 3) { numbers.remove(paths[file], path: pathOf) }
        numbers.remove("data/orders/none.yaml", path: pathOf)
        #expect(numbers.count == 2_000 - 667)
        #expect(paths.indices.allSatisfy { numbers.find(paths[$0], path: pathOf) == ($0 % 3 == 0 ? nil : Int32($0)) })
        // A freed number comes back with another path.
        paths[0] = "data/orders/new.yaml"
        numbers.insert(0, at: paths[0], path: pathOf)
        #expect(numbers.find("data/orders/new.yaml", path: pathOf) == 0)
        #expect(numbers.find("data/orders/2025/0/o-0.yaml", path: pathOf) == nil)
        #expect(numbers.count == 2_000 - 666)
    }

    @Test func recordedReferencesAndRecordsStaySmall() {
        #expect(MemoryLayout<RecordedReference>.stride == 16)
        #expect(MemoryLayout<FileRecord?>.stride == 40)
    }

    /// The first id is read back from the path when the path's stem ends with its bytes, and
    /// kept otherwise; either way `ids` gives the bytes the document had.
    @Test func fileRecordReadsItsFirstIDFromThePathOrKeepsIt() {
        func ids(_ path: String, _ ids: [String]) -> [String] {
            var record = FileRecord(path: path, collection: 0)
            record.setIDs(of: ids.map(document))
            return record.ids
        }
        #expect(ids("data/orders/2025/11/o-000123.yaml", ["2025/11/o-000123"]) == ["2025/11/o-000123"])
        #expect(ids("data/tickets/2024/t-1.json", ["t-1"]) == ["t-1"])
        #expect(ids("data/things/a.b.yml", ["a.b", "c"]) == ["a.b", "c"])
        #expect(ids("data/group-buys/2024.json", ["gb-1", "gb-2"]) == ["gb-1", "gb-2"])
        #expect(ids("data/things/x-1.yaml", ["x-1.yaml"]) == ["x-1.yaml"])
        #expect(ids("data/things/x-1.yaml", ["data/things/x-1"]) == ["data/things/x-1"])
        // Canonically equal to the name, other bytes: kept as the document wrote it.
        let decomposed = ids("data/things/caf\u{E9}.yaml", ["cafe\u{301}"])
        #expect(decomposed.map { Array($0.utf8) } == [Array("cafe\u{301}".utf8)])
        #expect(ids("data/things/x-1.yaml", []) == [])

        // From kept to read back and back again, with problems beside.
        var record = FileRecord(path: "data/group-buys/2024.json", collection: 2)
        record.setIDs(of: [document("gb-1")])
        record.problems = [DataProblem(file: record.path, line: 1, column: 1, message: "bad.")]
        record.setIDs(of: [document("2024")])
        #expect(record.ids == ["2024"])
        #expect(record.problems.count == 1)
        record.problems = []
        record.setIDs(of: [document("gb-2"), document("2024")])
        #expect(record.ids == ["gb-2", "2024"])
    }

    @Test func fileRecordSmallFieldsKeepTheirValues() {
        var record = FileRecord(path: "data/orders/o-1.yaml", collection: 70_000)
        record.byteCount = StoreLoader.maximumFileBytes
        record.hasGoodVersion = true
        #expect(record.collection == 70_000)
        #expect(record.byteCount == StoreLoader.maximumFileBytes)
        #expect(record.hasGoodVersion && !record.listed)
        record.listed = true
        record.hasGoodVersion = false
        record.setIDs(of: [document("o-1")])
        #expect(!record.hasGoodVersion && record.listed)
        #expect(record.byteCount == StoreLoader.maximumFileBytes)
        #expect(record.collection == 70_000)
        #expect(record.ids == ["o-1"])
        record.byteCount = 0
        #expect(record.byteCount == 0 && record.listed)
    }

    @Test func aFoundFileKeepsItsFolderInTwentyFourBytes() {
        var found = DataFiles.Found(path: "data/orders/2025/o-1.yaml", collectionFolder: "data/orders", extensionLength: 5)
        #expect(MemoryLayout<DataFiles.Found>.stride == 24)
        #expect(found.folder == -1)
        found.folder = Int32(DataFiles.maximumFolderDescriptors - 1)
        #expect(found.folder == 255)
        #expect(found.derivedID == "2025/o-1")
        #expect(found.nameStart == "data/orders/2025/".utf8.count)
        #expect(found.location(in: "/root") == "/root/data/orders/2025/o-1.yaml")
    }

    @Test func fileRecordKeepsRarePartsAsValues() {
        var record = FileRecord(path: "data/orders/o-1.yaml", collection: 3)
        #expect(record.ids == [])
        #expect(!record.hasProblems)
        record.setIDs(of: [document("o-1"), document("o-2"), document("o-3")])
        #expect(record.ids == ["o-1", "o-2", "o-3"])
        let problem = DataProblem(file: record.path, line: 2, column: 1, message: "bad.")
        let before = record
        record.dangling = [problem]
        #expect(record.hasProblems)
        #expect(record.dangling == [problem])
        // The copy taken before the change is unchanged: the box is copied on write.
        #expect(before.dangling == [])
        #expect(before.ids == ["o-1", "o-2", "o-3"])
        record.duplicates.append(DuplicateNote(index: 1, problem: problem))
        #expect(record.duplicates.map(\.index) == [1])
        record.dangling = []
        record.duplicates = []
        #expect(!record.hasProblems)
        record.setIDs(of: [document("o-9")])
        #expect(record.ids == ["o-9"])
        #expect(record.collection == 3)
        #expect(record.path == "data/orders/o-1.yaml")
    }

    /// A full load stores each document once, in the order read; files read out of id order,
    /// or documents dropped as duplicates, still leave positions equal to ranks.
    @Test func fullLoadPositionsAreRanksWhateverTheFileOrder() throws {
        let root = try TemporaryRoot(schema: StoreLoaderTests.schema, files: [
            "data/customers/a.yaml": "id: c-3\nname: Ann\n",
            "data/customers/b.yaml": "id: c-1\nname: Bob\n",
            "data/customers/c.yaml": "id: c-3\nname: Again\n",
            "data/customers/d.yaml": "id: c-2\nname: Cy\n",
            "data/orders/o-1.yaml": "customer: c-3\nstatus: OPEN\nplaced_at: 2025-11-11T20:00:00+08:00\nitems: []\n",
            "data/orders/o-2.yaml": "customer: c-3\nstatus: OPEN\nplaced_at: 2025-11-11T20:00:00+08:00\nitems: []\n",
        ])
        let snapshot = try root.load()
        let customers = try #require(snapshot.collection(snapshot.schema.typeID(named: "Customer")!))
        #expect(customers.documents.map(\.id) == ["c-1", "c-2", "c-3"])
        #expect(["c-1", "c-2", "c-3"].map { customers.position(of: $0) } == [0, 1, 2])
        #expect(customers.positionLimit == 3)
        #expect(customers.document(id: "c-3")?.file == "data/customers/a.yaml")
        let orders = try #require(snapshot.collection(snapshot.schema.typeID(named: "Order")!))
        #expect(orders.referring(to: "c-3", throughSlot: 1) == [0, 1])
        #expect(snapshot.problems.map(\.message).contains { $0.hasPrefix("duplicate id \"c-3\"") })
    }

    private func document(_ id: String) -> StoredDocument {
        StoredDocument(id: id, values: [.string(id)], file: "data/orders/o-1.yaml", line: 1)
    }
}
