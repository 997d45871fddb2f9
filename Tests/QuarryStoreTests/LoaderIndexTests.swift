import Foundation
import QuarrySchema
import Testing

@testable import QuarryStore

/// The loader's tables keyed by bytes (issue 4): reference targets with their referring files
/// in one flat list, references numbered and packed in one pass, and a collection's referrer
/// indexes made apart from its builder.
@Suite struct LoaderIndexTests {
    @Test func referringFilesSurviveRemovalsInAnyPlaceAndReuseFreedEntries() {
        var targets = ReferenceTargets()
        let first = targets.number(collection: 0, id: "c-1")
        let second = targets.number(collection: 0, id: "c-2")
        for file: Int32 in [3, 5, 8] { targets.add(file, referring: first) }
        targets.add(5, referring: second)
        targets.remove(5, referring: first)
        #expect(targets.files(referring: first) == [3, 8])
        targets.remove(8, referring: first)
        targets.remove(9, referring: first)
        #expect(targets.files(referring: first) == [3])
        // The freed entries are given again; the other target's list is untouched.
        for file: Int32 in [10, 11] { targets.add(file, referring: first) }
        #expect(targets.files(referring: first) == [3, 10, 11])
        #expect(targets.files(referring: second) == [5])
        targets.remove(3, referring: first)
        #expect(targets.files(referring: first) == [10, 11])
    }

    @Test func aFilesReferencesAreNumberedNotedAndPackedInOnePass() {
        var targets = ReferenceTargets()
        // Site 0 names collection 2, site 1 collection 5.
        let sites: [Int32] = [2, 5]
        let references = [
            FileReference(id: "c-1", site: 0, line: 3, column: 11),
            FileReference(id: "c-1", site: 1, line: 4, column: 9),
            FileReference(id: "c-1", site: 0, line: 9, column: 200),
        ]
        let packed = targets.record(references, of: 7, collectionOfSite: sites)
        #expect(Array(packed) == [
            RecordedReference(target: 0, site: 0, line: 3, column: 11),
            RecordedReference(target: 1, site: 1, line: 4, column: 9),
            RecordedReference(target: 0, site: 0, line: 9, column: 200),
        ])
        #expect(targets.collection(0) == 2)
        #expect(targets.collection(1) == 5)
        #expect(targets.files(referring: 0) == [7])
        #expect(targets.files(referring: 1) == [7])
        // The packer starts again for the next file; a file without references packs nothing.
        let next = targets.record([FileReference(id: "c-2", site: 0, line: 1, column: 1)], of: 8, collectionOfSite: sites)
        #expect(Array(next) == [RecordedReference(target: 2, site: 0, line: 1, column: 1)])
        #expect(targets.record([], of: 9, collectionOfSite: sites).isEmpty)
        #expect(targets.count == 3)
    }

    /// `é` written as one code point and as `e` + U+0301 are two ids (SEMANTICS.md §3.4):
    /// two targets, two referrer lists, two index entries.
    @Test func canonicallyEquivalentIDsStayApartInEveryTable() throws {
        var targets = ReferenceTargets()
        let composed = targets.number(collection: 0, id: "caf\u{E9}")
        let decomposed = targets.number(collection: 0, id: "cafe\u{301}")
        #expect(composed != decomposed)
        #expect(targets.existingNumber(collection: 0, id: "cafe\u{301}") == decomposed)

        let schema = try ServedSchema.build(files: [.init(IncrementalReloadTests.schema, name: "schema/test.graphql")])
        let type = schema.typeID(named: "Order")!
        let layout = SchemaLayouts(schema: schema)[type]!
        func order(_ id: String, _ customer: String) -> StoredDocument {
            StoredDocument(id: id, values: [.string(id), .reference(customer), .null, .null, .null], file: "f", line: 1)
        }
        let builder = CollectionBuilder(type: type, layout: layout, sorted: [
            order("o-1", "caf\u{E9}"), order("o-2", "cafe\u{301}"), order("o-3", "caf\u{E9}"),
            order("caf\u{E9}", "x"), order("cafe\u{301}", "x"),
        ].sorted { idPrecedes($0.id, $1.id) })
        let data = builder.snapshot()
        #expect(data.referring(to: "caf\u{E9}", throughSlot: 1).map { data.document(at: $0).id } == ["o-1", "o-3"])
        #expect(data.referring(to: "cafe\u{301}", throughSlot: 1).map { data.document(at: $0).id } == ["o-2"])
        #expect(data.document(id: "caf\u{E9}")?.id.unicodeScalars.count == 4)
        #expect(data.document(id: "cafe\u{301}")?.id.unicodeScalars.count == 5)
    }

    /// Eight bytes at a time, the tail by 4-, 2- and 1-byte loads or an overlapping word: every
    /// length from 0 to 40 hashes each text by its bytes, and texts that differ in one byte or
    /// in length (a trailing zero byte) hash apart.
    @Test func idHashReadsEveryByteOfEveryLength() {
        var seen: Set<UInt64> = []
        for length in 0...40 {
            let text = String((0..<length).map { Character(UnicodeScalar(UInt8(97 + $0 % 26))) })
            #expect(idHash(text) == idHash(String(decoding: Array(text.utf8), as: UTF8.self)))
            #expect(seen.insert(idHash(text)).inserted)
            for at in 0..<length {
                var bytes = Array(text.utf8)
                bytes[at] = UInt8(ascii: "#")
                #expect(idHash(String(decoding: bytes, as: UTF8.self)) != idHash(text))
            }
            #expect(seen.insert(idHash(text + "\u{0}")).inserted)
        }
        #expect(idHash("caf\u{E9}") != idHash("cafe\u{301}"))
    }

    /// Made apart from the documents kept (out of position order, one dropped), the referrer
    /// index names ranks, as the builder's positions after a full load are.
    @Test func referrersMadeApartNameRanks() throws {
        let schema = try ServedSchema.build(files: [.init(IncrementalReloadTests.schema, name: "schema/test.graphql")])
        let type = schema.typeID(named: "Order")!
        let layout = SchemaLayouts(schema: schema)[type]!
        var table = DocumentTable()
        for (position, (id, customer)) in [("o-3", "c-1"), ("o-1", "c-2"), ("o-9", "c-1"), ("o-2", "c-1")].enumerated() {
            table.set(StoredDocument(id: id, values: [.string(id), .reference(customer), .null, .null, .null], file: "f", line: 1),
                      at: Int32(position))
        }
        let kept: [Int32] = [1, 3, 0]  // o-1, o-2, o-3; o-9 dropped
        #expect(CollectionBuilder.referenceSlots(of: layout) == [1, 2])
        var builder = CollectionBuilder(type: type, layout: layout, table: table, sorted: kept, makingReferrers: false)
        #expect(builder.snapshot().referring(to: "c-1", throughSlot: 1) == [])
        builder.adopt(CollectionBuilder.referrers(through: 1, in: table, sorted: kept), referrersThrough: 1)
        let data = builder.snapshot()
        #expect(data.referring(to: "c-1", throughSlot: 1) == [1, 2])
        #expect(data.referring(to: "c-2", throughSlot: 1) == [0])
        #expect(data.documents.map(\.id) == ["o-1", "o-2", "o-3"])
        #expect(data.position(of: "o-2") == 1)
        #expect(data.position(of: "o-9") == nil)
    }
}
