import QuarryLanguage
import Testing

@testable import QuarrySchema

/// Builds a schema from one SDL text named `schema/test.graphql`.
func build(_ sdl: String, requireQueryType: Bool = true) throws(SchemaErrors) -> Schema {
    try SchemaBuilder.build(files: [Source(sdl, name: "schema/test.graphql")], requireQueryType: requireQueryType)
}

/// The rendered errors of an SDL text that must fail.
func errors(_ sdl: String) -> [String] {
    do {
        _ = try build(sdl)
        return []
    } catch {
        return error.errors.map(\.description)
    }
}

@Suite struct SchemaBuilderTests {
    @Test func buildsTypesFieldsAndRoots() throws {
        let schema = try build(
            """
            "The root."
            type Query { order(id: ID!): Order, orders: [Order!]! }
            "An order."
            type Order implements Node { id: ID! status: Status @deprecated(reason: "use state") }
            interface Node { id: ID! }
            enum Status { OPEN CLOSED @deprecated }
            scalar DateTime @specifiedBy(url: "https://example.com/dt")
            input Pick @oneOf { a: Int, b: String }
            union Anything = Order
            """)
        let order = try #require(schema.type(named: "Order"))
        #expect(order.kind == .object)
        #expect(order.description == "An order.")
        #expect(order.fields.map(\.name) == ["id", "status"])
        #expect(order.field(named: "status")?.deprecationReason == "use state")
        #expect(schema.render(order.field(named: "id")!.type) == "ID!")
        #expect(order.interfaces.map { schema[$0].name } == ["Node"])
        #expect(schema.type(named: "Node")?.possibleTypes.map { schema[$0].name } == ["Order"])
        #expect(schema.type(named: "Status")?.enumValues.last?.deprecationReason == "No longer supported")
        #expect(schema.type(named: "DateTime")?.specifiedByURL == "https://example.com/dt")
        #expect(schema.type(named: "Pick")?.isOneOf == true)
        #expect(schema[schema.queryType].name == "Query")
        #expect(schema.mutationType == nil)
        let query = schema[schema.queryType]
        #expect(schema.render(query.field(named: "orders")!.type) == "[Order!]!")
        #expect(schema.type(named: "__Schema") != nil)
        #expect(schema.directive(named: "skip")?.isBuiltIn == true)
    }

    @Test func mergesExtensions() throws {
        let schema = try build(
            """
            type Query { a: Int }
            extend type Query { b: String }
            enum E { X }
            extend enum E { Y }
            """)
        #expect(schema[schema.queryType].fields.map(\.name) == ["a", "b"])
        #expect(schema.type(named: "E")?.enumValues.map(\.name) == ["X", "Y"])
    }

    @Test func explicitSchemaDefinitionNamesRoots() throws {
        let schema = try build("schema { query: Root } type Root { a: Int }")
        #expect(schema[schema.queryType].name == "Root")
    }

    @Test func storageDirectivesAreInterpreted() throws {
        let schema = try build(
            """
            type Query { x: Int }
            type Customer @collection(path: "customers") { id: ID! name: String! orders: [Order!]! @reverse(field: "customer") }
            type Order @collection(path: "orders") {
              id: ID!
              customer: Customer! @ref
              placedAt: String! @key(name: "placed_at")
              total: Int! @computed
            }
            type Person @collection(path: "people", plural: "people") { id: ID! }
            """)
        let order = try #require(schema.type(named: "Order"))
        #expect(order.collection == CollectionInfo(path: "orders", plural: "orders", singular: "order"))
        #expect(order.field(named: "customer")?.source == .reference(key: "customer"))
        #expect(order.field(named: "placedAt")?.source == .stored(key: "placed_at"))
        #expect(order.field(named: "total")?.source == .computed)
        #expect(schema.type(named: "Customer")?.field(named: "orders")?.source == .reverse(field: "customer"))
        #expect(schema.type(named: "Person")?.collection?.plural == "people")
        #expect(schema.collections.map { schema[$0].name } == ["Customer", "Order", "Person"])
    }

    @Test func schemaWithoutQueryIsAcceptedWhenTheAPIIsGenerated() throws {
        let schema = try build("type A @collection(path: \"a\") { id: ID! }", requireQueryType: false)
        #expect(schema[schema.queryType].name == "Query")
        #expect(errors("type A { id: ID! }") == ["schema/test.graphql:1:1: The schema has no Query type."])
    }

    @Test(arguments: [
        // Syntax errors carry the file, line and column of the parser.
        ("type Query {\n  a: Int\n  b: [Int\n}", ["schema/test.graphql:4:1: Syntax Error: Expected \"]\", found \"}\"."]),
        ("type Query { a: Int }\ntype Query { b: Int }", ["schema/test.graphql:2:6: There can be only one type named \"Query\"."]),
        ("type Query { a: Nope }", ["schema/test.graphql:1:17: Unknown type \"Nope\"."]),
        ("type Query { a: Int }\nextend type Missing { b: Int }",
         ["schema/test.graphql:2:13: Cannot extend type \"Missing\" because it is not defined."]),
        ("type Query { a: Int }\nscalar S\nextend type S @deprecated", ["schema/test.graphql:3:13: Cannot extend non-object type \"S\"."]),
        ("type Query { a: Int }\nquery { a }",
         ["schema/test.graphql:2:1: Schema files hold type-system definitions only; saved queries belong in schema/queries/."]),
        ("type Query { a: Int }\ndirective @d on FIELD\ndirective @d on FIELD",
         ["schema/test.graphql:3:12: There can be only one directive named \"@d\"."]),
    ])
    func buildErrors(sdl: String, expected: [String]) {
        #expect(errors(sdl) == expected)
    }
}
