import Foundation
import QuarrySchema
import Testing

@testable import QuarryStore

/// A reload re-reads only the changed files; what it serves must be what a full load serves.
@Suite struct IncrementalReloadTests {
    static let schema = """
        type Customer @collection(path: "customers") {
          id: ID!
          name: String!
          referrer: Customer @ref
          orders: [Order!]! @reverse(field: "customer")
        }
        type Line { product: String! buyer: Customer @ref }
        type Order @collection(path: "orders") {
          id: ID!
          customer: Customer! @ref
          watchers: [Customer!] @ref
          lines: [Line!]
          note: String
        }
        """

    /// Random adds, changes and deletes of files and folders, one to three per reload, over a
    /// small tree with duplicate ids, dangling references, lone documents named by their path,
    /// lists and streams, YAML and JSON: after every reload the live snapshot equals a full load.
    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func randomChangesMatchAFullLoad(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        let root = try TemporaryRoot(schema: Self.schema, files: [:])
        var present: Set<String> = []
        for _ in 0..<12 {
            let path = Self.randomPath(&random)
            try root.write(path, Self.randomContent(for: path, &random))
            present.insert(path)
        }
        let live = try LiveStore(root: root.url, options: .init(watch: .off))
        #expect(fingerprint(live.current) == fingerprint(try root.fullLoad()))
        var generation = live.generation
        var sawDuplicate = false
        var sawDangling = false
        for step in 0..<25 {
            var changed: [String] = []
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                switch Int.random(in: 0..<10, using: &random) {
                case 0..<4:  // a new file
                    let path = Self.randomPath(&random)
                    try root.write(path, Self.randomContent(for: path, &random))
                    present.insert(path)
                    changed.append(path)
                case 4..<7:  // a changed file
                    guard let path = present.randomElement(using: &random) else { continue }
                    try root.write(path, Self.randomContent(for: path, &random))
                    changed.append(path)
                case 7..<9:  // a deleted file
                    guard let path = present.randomElement(using: &random) else { continue }
                    try root.remove(path)
                    present.remove(path)
                    changed.append(path)
                default:  // a deleted folder, reported as the folder only
                    guard let path = present.filter({ $0.split(separator: "/").count > 3 }).randomElement(using: &random)
                    else { continue }
                    let folder = String(path[..<path.lastIndex(of: "/")!])
                    try root.remove(folder)
                    present = present.filter { !$0.hasPrefix(folder + "/") }
                    changed.append(folder)
                }
            }
            let report = live.reload(paths: changed)
            // One more, or the same when the step changed nothing (a file added and deleted).
            #expect(report.generation == generation + 1 || (report.generation == generation && report.filesRead == 0))
            generation = report.generation
            let expected = fingerprint(try root.fullLoad())
            let actual = fingerprint(live.current)
            #expect(actual == expected, "seed \(seed), step \(step), changed \(changed)")
            if actual != expected { break }
            sawDuplicate = sawDuplicate || live.current.problems.contains { $0.message.contains("duplicate id") }
            sawDangling = sawDangling || live.current.problems.contains { $0.message.contains("dangling") }
        }
        // The sequence did exercise duplicates and dangling references.
        #expect(sawDuplicate && sawDangling)
    }

    static func randomPath(_ random: inout SeededGenerator) -> String {
        let collection = Bool.random(using: &random) ? "customers" : "orders"
        let folder = ["", "a/", "b/", "a/x/"].randomElement(using: &random)!
        let name = "f\(Int.random(in: 0..<8, using: &random))"
        let format = collection == "orders" && Bool.random(using: &random) ? ".json" : ".yaml"
        return "data/\(collection)/\(folder)\(name)\(format)"
    }

    static func randomContent(for path: String, _ random: inout SeededGenerator) -> String {
        func customerID() -> String { "c-\(Int.random(in: 0..<7, using: &random))" }
        if path.hasPrefix("data/customers/") {
            let count = Int.random(in: 0...3, using: &random)
            if count == 0 { return "name: Lone \(Int.random(in: 0..<100, using: &random))\n" }
            return (0..<count).map { _ in
                var text = "---\nid: \(customerID())\nname: N\(Int.random(in: 0..<100, using: &random))\n"
                if Bool.random(using: &random) { text += "referrer: \(customerID())\n" }
                return text
            }.joined()
        }
        func order(id: String?) -> String {
            var fields: [String] = []
            if let id { fields.append("\"id\": \"\(id)\"") }
            fields.append("\"customer\": \"\(customerID())\"")
            if Bool.random(using: &random) { fields.append("\"watchers\": [\"\(customerID())\", \"\(customerID())\"]") }
            if Bool.random(using: &random) { fields.append("\"lines\": [{\"product\": \"p\", \"buyer\": \"\(customerID())\"}]") }
            fields.append("\"note\": \"n\(Int.random(in: 0..<100, using: &random))\"")
            return "{" + fields.joined(separator: ", ") + "}"
        }
        let isJSON = path.hasSuffix(".json")
        switch Int.random(in: 0..<3, using: &random) {
        case 0:
            let body = order(id: nil)
            return isJSON ? body : "\(body)\n"
        default:
            let orders = (0..<Int.random(in: 1...3, using: &random)).map { _ in order(id: "o-\(Int.random(in: 0..<6, using: &random))") }
            return "[" + orders.joined(separator: ",\n") + "]\n"
        }
    }

    @Test func deletingTheFirstOfDuplicateIdsServesTheNext() throws {
        let root = try TemporaryRoot(schema: Self.schema, files: [
            "data/customers/a.yaml": "id: c-1\nname: A\n",
            "data/customers/b.yaml": "id: c-1\nname: B\n",
            "data/customers/c.yaml": "id: c-1\nname: C\n",
        ])
        let live = try LiveStore(root: root.url, options: .init(watch: .off))
        let customers = { live.current.collection(live.current.schema.typeID(named: "Customer")!)! }
        #expect(customers().document(id: "c-1")?.values[1] == .string("A"))
        #expect(live.current.problems.map(\.description) == [
            "data/customers/b.yaml:1: duplicate id \"c-1\": already used in data/customers/a.yaml:1; this document is skipped.",
            "data/customers/c.yaml:1: duplicate id \"c-1\": already used in data/customers/a.yaml:1; this document is skipped.",
        ])

        try root.remove("data/customers/a.yaml")
        live.reload(paths: ["data/customers/a.yaml"])
        #expect(customers().document(id: "c-1")?.values[1] == .string("B"))
        #expect(live.current.problems.map(\.description) == [
            "data/customers/c.yaml:1: duplicate id \"c-1\": already used in data/customers/b.yaml:1; this document is skipped.",
        ])

        try root.write("data/customers/b.yaml", "id: c-2\nname: B\n")
        live.reload(paths: ["data/customers/b.yaml"])
        #expect(customers().document(id: "c-1")?.values[1] == .string("C"))
        #expect(customers().document(id: "c-2")?.values[1] == .string("B"))
        #expect(live.current.problems.isEmpty)

        try root.write("data/customers/a.yaml", "id: c-1\nname: A again\n")
        live.reload(paths: ["data/customers/a.yaml"])
        #expect(customers().document(id: "c-1")?.values[1] == .string("A again"))
        #expect(live.current.problems.map(\.description) == [
            "data/customers/c.yaml:1: duplicate id \"c-1\": already used in data/customers/a.yaml:1; this document is skipped.",
        ])
        #expect(fingerprint(live.current) == fingerprint(try root.fullLoad()))
    }

    /// Ids are settled again by their bytes (SEMANTICS.md §3.4): a reload that brings the
    /// decomposed spelling of `café` beside the precomposed one serves both, as a full load does,
    /// and reports no duplicate; a real duplicate of one spelling still loses to the first file.
    @Test func aReloadKeepsTwoSpellingsOfAnIdApart() throws {
        let root = try TemporaryRoot(schema: Self.schema, files: ["data/customers/a.yaml": "id: caf\u{E9}\nname: Precomposed\n"])
        let live = try LiveStore(root: root.url, options: .init(watch: .off))
        let customers = { live.current.collection(live.current.schema.typeID(named: "Customer")!)! }
        try root.write("data/customers/a.yaml", "id: caf\u{E9}\nname: Precomposed again\n")
        try root.write("data/customers/b.yaml", "id: cafe\u{301}\nname: Decomposed\n")
        live.reload(paths: ["data/customers/a.yaml", "data/customers/b.yaml"])
        #expect(customers().count == 2)
        #expect(customers().document(id: "caf\u{E9}")?.values[1] == .string("Precomposed again"))
        #expect(customers().document(id: "cafe\u{301}")?.values[1] == .string("Decomposed"))
        #expect(live.current.problems.isEmpty)

        try root.write("data/customers/c.yaml", "id: cafe\u{301}\nname: Second decomposed\n")
        live.reload(paths: ["data/customers/c.yaml"])
        #expect(customers().document(id: "cafe\u{301}")?.values[1] == .string("Decomposed"))
        #expect(live.current.problems.map(\.description) == [
            "data/customers/c.yaml:1: duplicate id \"cafe\u{301}\": already used in data/customers/b.yaml:1; this document is skipped.",
        ])
        #expect(fingerprint(live.current) == fingerprint(try root.fullLoad()))
    }

    @Test func danglingReferencesFollowTheirTargets() throws {
        let root = try TemporaryRoot(schema: Self.schema, files: [
            "data/customers/c-1.yaml": "name: One\n",
            "data/orders/o-1.yaml": "customer: c-1\nlines:\n  - {product: p, buyer: c-2}\n",
        ])
        let live = try LiveStore(root: root.url, options: .init(watch: .off))
        #expect(live.current.problems.map(\.description) == [
            "data/orders/o-1.yaml:3:25: Line.buyer: dangling reference: no Customer has id \"c-2\".",
        ])
        try root.write("data/customers/c-2.yaml", "name: Two\n")
        try root.remove("data/customers/c-1.yaml")
        let report = live.reload(paths: ["data/customers/c-2.yaml", "data/customers/c-1.yaml"])
        #expect(live.current.problems.map(\.description) == [
            "data/orders/o-1.yaml:1:11: Order.customer: dangling reference: no Customer has id \"c-1\".",
        ])
        #expect(report.problems.map(\.description) == live.current.problems.map(\.description))
        let orders = live.current.collection(live.current.schema.typeID(named: "Order")!)!
        #expect(orders.referring(to: "c-1", throughSlot: 1).map { orders.document(at: $0).id } == ["o-1"])
        #expect(fingerprint(live.current) == fingerprint(try root.fullLoad()))
    }

    @Test func aBrokenFileKeepsItsLastGoodVersionUntilFixed() throws {
        let root = try TemporaryRoot(schema: Self.schema, files: [
            "data/customers/c-1.yaml": "name: One\n",
            "data/customers/c-2.json": #"{"id": "c-2", "name": "Two"}"#,
        ])
        let live = try LiveStore(root: root.url, options: .init(watch: .off))
        try root.write("data/customers/c-2.json", #"{"id": "c-2", "name": "Two",}"#)
        try root.write("data/customers/c-1.yaml", "name: [One\n")
        let report = live.reload(paths: ["data/customers/c-2.json", "data/customers/c-1.yaml"])
        let customers = live.current.collection(live.current.schema.typeID(named: "Customer")!)!
        #expect(customers.documents.map(\.id) == ["c-1", "c-2"])
        #expect(customers.document(id: "c-2")?.values[1] == .string("Two"))
        let problems = live.current.problems.map(\.description)
        #expect(problems.count == 2)
        #expect(problems.last == "data/customers/c-2.json:1:29: trailing comma before '}'; the last good version of this file is still served.")
        #expect(problems.first?.hasPrefix("data/customers/c-1.yaml:") == true)
        #expect(report.problems.map(\.description) == problems)
        #expect(live.health.errors.map(\.description) == problems)

        try root.write("data/customers/c-2.json", #"{"id": "c-2", "name": "Two, fixed"}"#)
        live.reload(paths: ["data/customers/c-2.json"])
        #expect(live.current.collection(customers.type)!.document(id: "c-2")?.values[1] == .string("Two, fixed"))
        #expect(live.current.problems.count == 1)

        // A file broken from the start serves nothing, as in a full load.
        try root.write("data/customers/c-3.yaml", "name: [Three\n")
        live.reload(paths: ["data/customers/c-3.yaml"])
        try root.write("data/customers/c-3.yaml", "name: [Three again\n")
        live.reload(paths: ["data/customers/c-3.yaml"])
        #expect(live.current.collection(customers.type)!.document(id: "c-3") == nil)
        #expect(live.current.problems.contains { $0.file == "data/customers/c-3.yaml" && !$0.message.contains("last good") })
    }

    @Test func aBrokenSchemaKeepsTheLastGoodSchema() throws {
        let root = try TemporaryRoot(schema: Self.schema, files: ["data/customers/c-1.yaml": "name: One\n"])
        let live = try LiveStore(root: root.url, options: .init(watch: .off))
        let schema = live.current.schema
        try root.write("schema/test.graphql", Self.schema + "\ntype Broken { field: Nowhere }\n")
        try root.write("data/customers/c-2.yaml", "name: Two\n")
        let report = live.reload(paths: ["schema/test.graphql", "data/customers/c-2.yaml"])
        #expect(live.current.schema === schema)
        #expect(!report.schemaReloaded)
        #expect(report.problems.first?.file == "schema/test.graphql")
        #expect(live.health.errors.first?.file == "schema/test.graphql")
        #expect(live.current.collection(schema.typeID(named: "Customer")!)!.documents.map(\.id) == ["c-1", "c-2"])
        // The errors stay until the schema is fixed, through data reloads.
        try root.write("data/customers/c-3.yaml", "name: Three\n")
        live.reload(paths: ["data/customers/c-3.yaml"])
        #expect(live.health.errors.first?.file == "schema/test.graphql")

        // Fixed, with a new collection: everything is loaded with the new schema.
        try root.write("schema/test.graphql", Self.schema + "\ntype Note @collection(path: \"notes\") { id: ID! text: String }\n")
        try root.write("data/notes/n-1.yaml", "text: hello\n")
        let fixed = live.reload(paths: ["schema/test.graphql"])
        #expect(fixed.schemaReloaded)
        #expect(live.current.schema !== schema)
        #expect(live.health.errors.isEmpty)
        let notes = live.current.collection(live.current.schema.typeID(named: "Note")!)
        #expect(notes?.documents.map(\.id) == ["n-1"])
        #expect(fingerprint(live.current) == fingerprint(try root.fullLoad()))
        // Saved queries and other files under schema/ are not the schema.
        let generation = live.generation
        try root.write("schema/queries/q.graphql", "{ notes { id } }")
        let unrelated = live.reload(paths: ["schema/queries/q.graphql", "schema/README.md"])
        #expect(!unrelated.schemaReloaded && unrelated.generation == generation && live.generation == generation)
    }

    @Test func foldersAppearAndGo() throws {
        let root = try TemporaryRoot(schema: Self.schema, files: ["data/customers/c-1.yaml": "name: One\n"])
        let live = try LiveStore(root: root.url, options: .init(watch: .off))
        for index in 0..<5 { try root.write("data/customers/new/deep/c-\(10 + index).yaml", "name: N\n") }
        try root.write("data/customers/new/.hidden.yaml", "name: Hidden\n")
        try root.write("data/customers/new/notes.txt", "not data")
        live.reload(paths: ["data/customers/new"])
        #expect(live.current.documentCount == 6)
        try root.remove("data/customers/new")
        live.reload(paths: ["data/customers/new"])
        #expect(live.current.documentCount == 1)
        // The whole data folder at once.
        try root.write("data/orders/o-1.yaml", "customer: c-1\n")
        live.reload(paths: ["data"])
        #expect(live.current.documentCount == 2)
        #expect(fingerprint(live.current) == fingerprint(try root.fullLoad()))
    }

    @Test func linksLeavingTheRootAreRefusedOnReload() throws {
        let root = try TemporaryRoot(schema: Self.schema, files: ["data/customers/c-1.yaml": "name: One\n"])
        let outside = try TemporaryRoot(schema: Self.schema, files: ["secret.yaml": "name: Secret\n"])
        let live = try LiveStore(root: root.url, options: .init(watch: .off))
        let link = root.url.appendingPathComponent("data/customers/evil.yaml").path
        #expect(symlink(outside.url.appendingPathComponent("secret.yaml").path, link) == 0)
        #expect(symlink(outside.url.path, root.url.appendingPathComponent("data/customers/away").path) == 0)
        live.reload(paths: ["data/customers/evil.yaml", "data/customers/away"])
        #expect(live.current.problems.map(\.description) == [
            "data/customers/away:1: symbolic link leads outside the root; not read.",
            "data/customers/evil.yaml:1: symbolic link leads outside the root; not read.",
        ])
        #expect(live.current.documentCount == 1)
        #expect(fingerprint(live.current) == fingerprint(try root.fullLoad()))
        try root.remove("data/customers/evil.yaml")
        try root.remove("data/customers/away")
        live.reload(paths: ["data/customers/evil.yaml", "data/customers/away"])
        #expect(live.current.problems.isEmpty)
    }

    /// Many inserts and removals on one collection: chunks split and empty, shards re-spread,
    /// referrer lists stay in id order.
    @Test func collectionBuilderKeepsOrderAndIndexes() throws {
        let schema = try ServedSchema.build(files: [.init(Self.schema, name: "schema/test.graphql")])
        let type = schema.typeID(named: "Order")!
        let layout = SchemaLayouts(schema: schema)[type]!
        var builder = CollectionBuilder(type: type, layout: layout, sorted: [])
        var random = SeededGenerator(seed: 7)
        var expected: [String: String] = [:]  // id → customer
        func document(_ id: String, _ customer: String) -> StoredDocument {
            StoredDocument(id: id, values: [.string(id), .reference(customer), .list([.reference(customer), .reference("c-x")]), .null, .null],
                           file: "f", line: 1)
        }
        var ids = (0..<2600).map { "o-\($0)" }
        var earlier: [(CollectionData, [String], [Int32])] = []
        for round in 0..<3 {
            ids.shuffle(using: &random)
            for id in ids.prefix(round == 0 ? 2600 : 1200) {
                let customer = "c-\(Int.random(in: 0..<20, using: &random))"
                if expected[id] == nil { builder.insert(document(id, customer)) } else { builder.replace(document(id, customer)) }
                expected[id] = customer
            }
            for id in expected.keys.shuffled(using: &random).prefix(round == 2 ? expected.count : 1000) {
                builder.remove(id: id)
                expected[id] = nil
            }
            let data = builder.snapshot()
            let sortedIDs = expected.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            #expect(data.documents.map(\.id) == sortedIDs)
            #expect(data.count == expected.count)
            #expect(sortedIDs.map { data.document(id: $0)?.values[1] } == sortedIDs.map { .reference(expected[$0]!) })
            var byCustomer: [String: [String]] = [:]
            for id in sortedIDs { byCustomer[expected[id]!, default: []].append(id) }
            for customer in (0..<20).map({ "c-\($0)" }) {
                let referring = data.referring(to: customer, throughSlot: 1)
                #expect(referring.map { data.document(at: $0).id } == byCustomer[customer] ?? [])
                #expect(data.referring(to: customer, throughSlot: 2) == referring)
            }
            #expect(data.referring(to: "c-x", throughSlot: 2).count == expected.count)
            // Snapshots taken before are untouched by the changes made since.
            for (old, oldIDs, oldReferrers) in earlier {
                #expect(old.documents.map(\.id) == oldIDs)
                #expect(old.referring(to: "c-1", throughSlot: 1) == oldReferrers)
            }
            earlier.append((data, sortedIDs, data.referring(to: "c-1", throughSlot: 1)))
        }
    }
}
