import Foundation
import QuarrySchema
import QuarryStore
import Testing

@testable import QuarryExecution

/// After a reload, positions are reused slots and no longer follow id order: orders that
/// depend on ids must read the ids (SEMANTICS.md §4.4 ties by id, §15.1 `@ref` group keys by
/// referenced id, §6.5 extremes of equal values from the smallest id).
@Suite struct ReloadedOrderTests {
    static let schema = """
        type Shop @collection(path: "shops") { id: ID! name: String }
        type Entry @collection(path: "entries", plural: "entries") { id: ID! shop: Shop @ref rank: Int }
        """

    /// A live store where shop `zz` took the slot freed by `a`, before `z`'s: position order
    /// `zz, z`, id order `z, zz`. Entries `e-zz` and `e-z` likewise.
    static func reloadedStore() throws -> (LiveStore, URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("quarry-reload-\(UUID().uuidString)")
        func write(_ path: String, _ text: String) throws {
            let file = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        try write("schema/s.graphql", schema)
        try write("data/shops/a.yaml", "id: a\nname: A\n")
        try write("data/shops/z.yaml", "id: z\nname: Z\n")
        try write("data/entries/a.yaml", "id: e-a\nshop: a\nrank: 1\n")
        try write("data/entries/z.yaml", "id: e-z\nshop: z\nrank: 1\n")
        try write("data/entries/n.yaml", "id: e-n\nrank: 2\n")
        let live = try LiveStore(root: root, options: .init(watch: .off))
        try FileManager.default.removeItem(at: root.appendingPathComponent("data/shops/a.yaml"))
        try FileManager.default.removeItem(at: root.appendingPathComponent("data/entries/a.yaml"))
        _ = live.reload(paths: ["data/shops/a.yaml", "data/entries/a.yaml"])
        try write("data/shops/zz.yaml", "id: zz\nname: ZZ\n")
        try write("data/entries/zz.yaml", "id: e-zz\nshop: zz\nrank: 1\n")
        _ = live.reload(paths: ["data/shops/zz.yaml", "data/entries/zz.yaml"])
        return (live, root)
    }

    @Test func referenceGroupsAndTiesFollowIdsNotPositions() throws {
        let (live, root) = try Self.reloadedStore()
        defer { try? FileManager.default.removeItem(at: root) }
        let snapshot = live.current
        // The premise: the reload really put `zz` before `z` by position.
        let schema = snapshot.schema
        let shops = try #require(schema.typeID(named: "Shop").flatMap { snapshot.collection($0) })
        let zz = try #require(shops.position(of: "zz"))
        let z = try #require(shops.position(of: "z"))
        #expect(zz < z)
        let entries = try #require(schema.typeID(named: "Entry").flatMap { snapshot.collection($0) })
        let entryZZ = try #require(entries.position(of: "e-zz"))
        let entryZ = try #require(entries.position(of: "e-z"))
        #expect(entryZZ < entryZ)

        func run(_ query: String) -> String { execute(GraphQLRequest(query: query), on: snapshot).text }
        #expect(run("{ entries { groupBy(by: [SHOP]) { key { shop { id } } count } } }")
            == #"{"data":{"entries":{"groupBy":[{"key":{"shop":{"id":"z"}},"count":1},{"key":{"shop":{"id":"zz"}},"count":1},{"key":{"shop":null},"count":1}]}}}"#)
        #expect(run("{ entries(orderBy: [{rank: ASC}]) { nodes { id } } }")
            == #"{"data":{"entries":{"nodes":[{"id":"e-z"},{"id":"e-zz"},{"id":"e-n"}]}}}"#)
        #expect(run("{ entries(orderBy: [{rank: DESC}]) { nodes { id } } }")
            == #"{"data":{"entries":{"nodes":[{"id":"e-n"},{"id":"e-z"},{"id":"e-zz"}]}}}"#)
    }
}
