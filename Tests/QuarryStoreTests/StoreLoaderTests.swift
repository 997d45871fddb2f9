import Foundation
import QuarryLanguage
import QuarrySchema
import Testing

@testable import QuarryStore

/// A temporary root with `schema/` and `data/`, removed when the test ends.
final class TemporaryRoot {
    let url: URL

    init(schema: String, files: [String: String]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("quarry-\(UUID().uuidString)")
        try write("schema/test.graphql", schema)
        for (path, text) in files { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    func load() throws -> StoreSnapshot {
        let schema = try ServedSchema.build(files: try SchemaFiles.read(root: url))
        return StoreLoader.load(root: url, schema: schema)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

@Suite struct StoreLoaderTests {
    static let schema = """
        scalar Decimal
        scalar Date
        scalar DateTime
        enum Status { OPEN SHIPPED }
        type Customer @collection(path: "customers") {
          id: ID!
          name: String!
          region: String
          orders: [Order!]! @reverse(field: "customer")
        }
        type Item { sku: String! quantity: Int! price: Decimal! }
        type Order @collection(path: "orders") {
          id: ID!
          customer: Customer! @ref
          status: Status!
          placedAt: DateTime! @key(name: "placed_at")
          items: [Item!]!
          paid: Boolean
          rating: Float
          due: Date
        }
        """

    @Test func readsEveryLayoutAndTypesValues() throws {
        let root = try TemporaryRoot(schema: Self.schema, files: [
            "data/customers/c-1.json": #"{"id": "c-1", "name": "李娜", "region": "0755"}"#,
            "data/customers/more.yaml": "---\nid: c-2\nname: Bob\nregion: NO\n---\nid: c-3\nname: Ann\n",
            "data/customers/list.yml": "- id: c-4\n  name: Dee\n",
            "data/orders/2025/11/o-1.yaml": """
                customer: c-1
                status: SHIPPED
                placed_at: 2025-11-11T20:00:00+08:00
                items:
                  - {sku: 0012001, quantity: 2, price: 35.50}
                paid: true
                rating: 1e3
                due: 2025-12-01
                """,
            "data/orders/.hidden/o-9.yaml": "customer: c-1",
            "data/orders/README.txt": "not data",
        ])
        let snapshot = try root.load()
        #expect(snapshot.problems.map(\.description) == [])
        let schema = snapshot.schema
        let customers = try #require(snapshot.collection(schema.typeID(named: "Customer")!))
        #expect(customers.documents.map(\.id) == ["c-1", "c-2", "c-3", "c-4"])
        #expect(customers.document(id: "c-2")?.values[2] == .string("NO"))
        #expect(customers.document(id: "c-1")?.values[1] == .string("李娜"))
        let orders = try #require(snapshot.collection(schema.typeID(named: "Order")!))
        #expect(orders.documents.map(\.id) == ["2025/11/o-1"])
        let order = orders.documents[0]
        #expect(order.values == [
            .string("2025/11/o-1"), .reference("c-1"), .enumValue(1),
            .dateTime(DateTimeValue(parsing: "2025-11-11T20:00:00+08:00")!),
            .list([.object([.string("0012001"), .int(2), .decimal(DecimalValue(parsing: "35.50")!)])]),
            .boolean(true), .float(1000), .date(DateValue(parsing: "2025-12-01")!),
        ])
        #expect(customers.position(of: "c-3") == 2)
        let referrers = orders.referring(to: "c-1", throughSlot: 1)
        #expect(referrers == [0])
        #expect(snapshot.fileCount == 4)
    }

    /// Ids are their bytes: two spellings of `café` (precomposed, and `e` + U+0301) are two
    /// documents, neither a duplicate of the other, each found by its own spelling only.
    @Test func canonicallyEquivalentIdsAreDistinctDocuments() throws {
        let root = try TemporaryRoot(schema: Self.schema, files: [
            "data/customers/a.yaml": "id: caf\u{E9}\nname: Precomposed\n",
            "data/customers/b.yaml": "id: cafe\u{301}\nname: Decomposed\n",
        ])
        let snapshot = try root.load()
        #expect(snapshot.problems.isEmpty)
        let customers = try #require(snapshot.collection(snapshot.schema.typeID(named: "Customer")!))
        #expect(customers.count == 2)
        let precomposed = try #require(customers.document(id: "caf\u{E9}"))
        let decomposed = try #require(customers.document(id: "cafe\u{301}"))
        #expect(precomposed.values.contains(.string("Precomposed")))
        #expect(decomposed.values.contains(.string("Decomposed")))
    }

    /// A reference names an id by its bytes: with only the precomposed `café` stored, the
    /// decomposed spelling dangles, whichever of the two a file names first.
    @Test func aReferenceToAnotherSpellingOfAnIdDangles() throws {
        let root = try TemporaryRoot(schema: Self.schema, files: [
            "data/customers/a.yaml": "id: caf\u{E9}\nname: Precomposed\n",
            "data/orders/o-1.yaml": "customer: cafe\u{301}\nstatus: OPEN\nplaced_at: 2025-11-11T20:00:00+08:00\nitems: []\n",
            "data/orders/o-2.yaml": "customer: caf\u{E9}\nstatus: OPEN\nplaced_at: 2025-11-11T20:00:00+08:00\nitems: []\n",
        ])
        let snapshot = try root.load()
        #expect(snapshot.problems.map(\.description) == [
            "data/orders/o-1.yaml:1:11: Order.customer: dangling reference: no Customer has id \"cafe\u{301}\".",
        ])
    }

    @Test func reportsEveryProblemWithFileLineAndColumn() throws {
        let root = try TemporaryRoot(schema: Self.schema, files: [
            "data/customers/a.yaml": "id: c-1\nname: A\nnmae: typo\n",
            "data/customers/b.yaml": "id: c-1\nname: Again\n",
            "data/customers/c.yaml": "- name: no id\n- id: c-5\n  name: E\n",
            "data/customers/d.json": "{\"id\": \"c-6\", \"name\": \"F\",}",
            "data/orders/o-1.yaml": """
                customer: c-404
                status: LOST
                placed_at: 2025-11-11T20:00:00
                items:
                  - sku: A
                    quantity: "2"
                    price: 1.5
                paid: yes
                rating: "4.5"
                """,
            "data/orders/o-2.yaml": "status: OPEN\nplaced_at: 2025-01-01T00:00:00Z\nitems: []\n",
        ])
        let snapshot = try root.load()
        #expect(snapshot.problems.map(\.description) == [
            "data/customers/a.yaml:3:1: warning: unknown key \"nmae\": Customer has no such field.",
            "data/customers/b.yaml:1: duplicate id \"c-1\": already used in data/customers/a.yaml:1; this document is skipped.",
            "data/customers/c.yaml:1:3: Customer document has no id; in a file holding several documents each needs one. Skipped.",
            "data/customers/d.json:1:27: trailing comma before '}'",
            "data/orders/o-1.yaml:2:9: Order.status: \"LOST\" is not a value of Status.",
            "data/orders/o-1.yaml:3:12: Order.placedAt: expected a DateTime with an offset (such as 2025-11-11T20:00:00+08:00), found \"2025-11-11T20:00:00\".",
            "data/orders/o-1.yaml:6:15: Item.quantity: expected an Int (a plain whole number from -2147483648 to 2147483647), found quoted text \"2\".",
            "data/orders/o-1.yaml:8:7: Order.paid: expected a Boolean (true or false), found \"yes\".",
            "data/orders/o-1.yaml:9:9: Order.rating: expected a Float (a plain number such as 4.5 or 1e3), found quoted text \"4.5\".",
            "data/orders/o-2.yaml:1: Order.customer: required field is missing.",
            "data/orders/o-1.yaml:1:11: Order.customer: dangling reference: no Customer has id \"c-404\".",
        ])
        // Bad values are served as absent; the documents are still there.
        let orders = try #require(snapshot.collection(snapshot.schema.typeID(named: "Order")!))
        #expect(orders.documents.map(\.id) == ["o-1", "o-2"])
        #expect(orders.documents[0].values[2] == .null)
    }

    @Test func loadsTheBundledSampleDataCleanly() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let schema = try ServedSchema.build(files: try SchemaFiles.read(root: repository))
        let snapshot = StoreLoader.load(root: repository, schema: schema)
        #expect(snapshot.problems.filter { $0.severity == .error }.map(\.description) == [])
        let orders = try #require(snapshot.collection(schema.typeID(named: "Order")!))
        #expect(orders.documents.count == 200)
        #expect(orders.document(id: "2025/10/o-000123") != nil)
        #expect(snapshot.collection(schema.typeID(named: "Customer")!)?.documents.count == 60)
    }
}
