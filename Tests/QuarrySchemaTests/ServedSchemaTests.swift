import Foundation
import QuarryLanguage
import QuarryTestSupport
import Testing

@testable import QuarrySchema

/// The repository's root folder, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The bundled schema files, named by their path relative to the root.
func bundledSchemaFiles() throws -> [Source] {
    let folder = repositoryRoot.appendingPathComponent("schema")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        .filter { $0.hasSuffix(".graphql") }.sorted()
    return try names.map { name in
        Source(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8), name: "schema/\(name)")
    }
}

@Suite struct ServedSchemaTests {
    static let sdl = """
        scalar Decimal
        scalar DateTime
        enum Status { OPEN DONE }
        type Customer @collection(path: "customers") {
          id: ID!
          name: String!
          tags: [String!]!
          orders: [Order!]! @reverse(field: "customer")
        }
        type Item { sku: String quantity: Int! }
        type Order @collection(path: "orders") {
          id: ID!
          customer: Customer! @ref
          status: Status!
          placedAt: DateTime! @key(name: "placed_at")
          items: [Item!]!
          total: Decimal! @computed
        }
        """

    @Test func generatesRootFieldsAndConnections() throws {
        let schema = try ServedSchema.build(files: [Source(Self.sdl, name: "schema/test.graphql")])
        let query = schema[schema.queryType]
        #expect(query.fields.map(\.name) == ["customer", "customers", "order", "orders"])
        let orders = try #require(query.field(named: "orders"))
        #expect(orders.arguments.map { "\($0.name): \(schema.render($0.type))" } == [
            "filter: OrderFilter", "orderBy: [OrderOrderBy!]", "first: Int", "after: String", "last: Int",
            "before: String", "offset: Int",
        ])
        #expect(schema.render(orders.type) == "OrderConnection!")
        #expect(schema.render(query.field(named: "order")!.type) == "Order")
        let connection = try #require(schema.type(named: "OrderConnection"))
        #expect(connection.fields.map(\.name) == ["totalCount", "nodes", "edges", "pageInfo", "aggregate", "groupBy"])
        #expect(connection.field(named: "groupBy")!.arguments.map { schema.render($0.type) } == ["[OrderGroupField!]!", "TimeGranularity"])
    }

    @Test func generatesFiltersByFieldType() throws {
        let schema = try ServedSchema.build(files: [Source(Self.sdl, name: "schema/test.graphql")])
        func entries(_ name: String) -> [String] {
            schema.type(named: name)?.inputFields.map { "\($0.name): \(schema.render($0.type))" } ?? []
        }
        #expect(entries("OrderFilter") == [
            "id: IDFilter", "customer: CustomerFilter", "status: StatusFilter", "placedAt: DateTimeFilter",
            "items: ItemListFilter", "total: DecimalFilter", "and: [OrderFilter!]", "or: [OrderFilter!]", "not: OrderFilter",
        ])
        #expect(entries("StatusFilter") == ["eq: Status", "ne: Status", "in: [Status!]", "notIn: [Status!]", "isNull: Boolean"])
        #expect(entries("IDFilter") == [
            "eq: ID", "ne: ID", "in: [ID!]", "notIn: [ID!]", "lt: ID", "lte: ID", "gt: ID", "gte: ID",
            "contains: String", "startsWith: String", "endsWith: String", "isNull: Boolean",
        ])
        #expect(entries("DecimalFilter").map { $0.components(separatedBy: ":")[0] } == [
            "eq", "ne", "in", "notIn", "lt", "lte", "gt", "gte", "isNull",
        ])
        #expect(entries("StringListFilter") == ["has: String", "isNull: Boolean"])
        #expect(entries("ItemListFilter") == ["some: ItemFilter", "every: ItemFilter", "none: ItemFilter"])
        #expect(entries("CustomerFilter").contains("orders: OrderListFilter"))
        #expect(entries("OrderOrderBy") == [
            "id: SortDirection", "customer: CustomerOrderBy", "status: SortDirection", "placedAt: SortDirection",
            "total: SortDirection",
        ])
    }

    @Test func generatesAggregatesAndGroups() throws {
        let schema = try ServedSchema.build(files: [Source(Self.sdl, name: "schema/test.graphql")])
        func fields(_ name: String) -> [String] {
            schema.type(named: name)?.fields.map { "\($0.name): \(schema.render($0.type))" } ?? []
        }
        #expect(fields("OrderAggregate") == [
            "count: Int!", "sum: OrderNumbers", "avg: OrderNumbers", "min: OrderValues", "max: OrderValues",
        ])
        #expect(fields("OrderNumbers") == ["total: Decimal"])
        #expect(fields("OrderValues") == ["placedAt: DateTime", "total: Decimal"])
        #expect(schema.type(named: "OrderGroupField")?.enumValues.map(\.name) == ["CUSTOMER", "STATUS", "PLACED_AT", "TOTAL"])
        #expect(fields("OrderGroupKey") == ["customer: Customer", "status: Status", "placedAt: DateTime", "total: Decimal"])
        // A type without numbers has no sum/avg and no Numbers type (SEMANTICS.md §15.2).
        #expect(fields("CustomerAggregate") == ["count: Int!"])
        #expect(schema.type(named: "CustomerNumbers")?.isHidden == true)
        #expect(!schema.printedSDL().contains("CustomerNumbers"))
    }

    @Test func listFieldsOfStoredTypesTakeArgumentsAndHaveConnections() throws {
        let schema = try ServedSchema.build(files: [Source(Self.sdl, name: "schema/test.graphql")])
        let customer = try #require(schema.type(named: "Customer"))
        #expect(customer.fields.map(\.name) == ["id", "name", "tags", "orders", "ordersConnection"])
        #expect(customer.field(named: "orders")!.arguments.map(\.name) == ["filter", "orderBy", "first", "offset"])
        #expect(schema.render(customer.field(named: "ordersConnection")!.type) == "OrderConnection!")
        #expect(customer.field(named: "tags")!.arguments.isEmpty)
    }

    @Test func userTypeNamedLikeAGeneratedOneIsAnError() {
        do {
            _ = try ServedSchema.build(files: [Source(Self.sdl + "\ntype OrderEdge { x: Int }", name: "schema/test.graphql")])
            Issue.record("expected a collision error")
        } catch {
            #expect(error.errors.map(\.description) == [
                "schema/test.graphql:19:6: Type \"OrderEdge\" has the name of a type the generated API needs; rename it."
            ])
        }
    }

    @Test func printedSDLParsesBackToTheSameSchema() throws {
        let served = try ServedSchema.build(files: [Source(Self.sdl, name: "schema/test.graphql")])
        let printed = served.printedSDL()
        let reread = try SchemaBuilder.build(files: [Source(printed, name: "served.graphql")])
        #expect(reread.printedSDL() == printed)
    }

    @Test func bundledSchemaIsServedAndRoundTrips() throws {
        let files = try bundledSchemaFiles()
        try #require(!files.isEmpty)
        let served = try ServedSchema.build(files: files)
        #expect(served.type(named: "OrderConnection") != nil)
        #expect(served[served.queryType].field(named: "groupBuys") != nil)
        let printed = served.printedSDL()
        let reread = try SchemaBuilder.build(files: [Source(printed, name: "served.graphql")])
        #expect(reread.printedSDL() == printed)
    }
}

/// A differential check against an independent implementation: graphql-core (PyPI) builds our
/// printed SDL and validates the benchmark workload Q1–Q6 against it. Runs when python3 with
/// graphql-core and the shared baseline folder are present.
@Suite struct ServedSchemaReferenceTests {
    static let queries = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/baseline/queries")

    static var referenceAvailable: Bool { FileManager.default.fileExists(atPath: queries.path) && Python.hasGraphQLCore }

    @Test(.enabled(if: referenceAvailable)) func workloadQueriesValidateAgainstServedSDL() throws {
        let served = try ServedSchema.build(files: try bundledSchemaFiles())
        let script = """
            import sys, glob
            from graphql import build_schema, parse, validate
            schema = build_schema(sys.stdin.read())
            for path in sorted(glob.glob('\(Self.queries.path)/Q*.graphql')):
                errors = validate(schema, parse(open(path).read()))
                print(path.rsplit('/', 1)[-1], 'ok' if not errors else errors[0].message)
            """
        let result = try Python.run(script, input: served.printedSDL())
        #expect(result.status == 0)
        #expect(result.output == """
            Q1.graphql ok
            Q2.graphql ok
            Q3.graphql ok
            Q4.graphql ok
            Q5.graphql ok
            Q6.graphql ok

            """)
    }
}
