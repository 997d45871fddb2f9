import Foundation
import QuarryLanguage
import QuarrySchema
import QuarryStore
import Testing

@testable import QuarryExecution

/// A small store built from SDL and files in a temporary folder.
func makeSnapshot(schema sdl: String, files: [String: String]) throws -> StoreSnapshot {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("quarry-exec-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    for (path, text) in files.merging(["schema/test.graphql": sdl], uniquingKeysWith: { a, _ in a }) {
        let file = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }
    let schema = try ServedSchema.build(files: try SchemaFiles.read(root: root))
    return StoreLoader.load(root: root, schema: schema)
}

let shopSchema = """
    scalar Decimal
    enum Status { OPEN SHIPPED }
    type Customer @collection(path: "customers") {
      id: ID!
      name: String!
      nickname: String
      orders: [Order!]! @reverse(field: "customer")
    }
    type Item { sku: String! price: Decimal! }
    type Order @collection(path: "orders") {
      id: ID!
      customer: Customer! @ref
      status: Status!
      items: [Item!]!
      note: String
    }
    """

let shopFiles = [
    "data/customers/c.yaml": "- {id: c-1, name: 李娜}\n- {id: c-2, name: Bob, nickname: B}\n",
    "data/orders/o-1.yaml": "customer: c-1\nstatus: SHIPPED\nitems: [{sku: A, price: 35.50}]\n",
    "data/orders/o-2.yaml": "customer: c-1\nstatus: OPEN\nitems: []\nnote: \"call first\"\n",
    "data/orders/o-3.yaml": "customer: c-404\nstatus: OPEN\nitems: []\n",
]

let shopSnapshot = try! makeSnapshot(schema: shopSchema, files: shopFiles)

func run(_ query: String, variables: [String: JSONValue] = [:], operation: String? = nil) -> String {
    execute(GraphQLRequest(query: query, operationName: operation, variables: variables), on: shopSnapshot).text
}

@Suite struct ExecutionTests {
    @Test func resolvesDocumentsReferencesAndEmbeddedValuesInSelectionOrder() {
        #expect(run("{ order(id: \"o-1\") { status id items { price sku } customer { name id } kind: __typename } }") ==
            #"{"data":{"order":{"status":"SHIPPED","id":"o-1","items":[{"price":"35.50","sku":"A"}],"customer":{"name":"李娜","id":"c-1"},"kind":"Order"}}}"#)
    }

    @Test func missingDocumentIsNull() {
        #expect(run("{ order(id: \"nope\") { id } }") == #"{"data":{"order":null}}"#)
    }

    @Test func reverseListsAndConnections() {
        #expect(run("{ customer(id: \"c-1\") { orders { id } ordersConnection(first: 1) { totalCount nodes { id } pageInfo { hasNextPage } } } }") ==
            #"{"data":{"customer":{"orders":[{"id":"o-1"},{"id":"o-2"}],"ordersConnection":{"totalCount":2,"nodes":[{"id":"o-1"}],"pageInfo":{"hasNextPage":true}}}}}"#)
    }

    @Test func rootConnectionPagesWithFirstOffsetAndLast() {
        #expect(run("{ orders(offset: 1, first: 1) { totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage } } }") ==
            #"{"data":{"orders":{"totalCount":3,"nodes":[{"id":"o-2"}],"pageInfo":{"hasNextPage":true,"hasPreviousPage":true}}}}"#)
        #expect(run("{ orders(last: 1) { nodes { id } } }") == #"{"data":{"orders":{"nodes":[{"id":"o-3"}]}}}"#)
    }

    /// §6.4.4: a null in a non-null field nulls the nearest nullable parent, not the response.
    @Test func danglingNonNullReferenceNullsTheNearestNullableParent() {
        #expect(run("{ order(id: \"o-3\") { id customer { name } } other: order(id: \"o-1\") { id } }") ==
            #"{"errors":[{"message":"Cannot return null for non-nullable field Order.customer.","locations":[{"line":1,"column":25}],"path":["order","customer"]}],"data":{"order":null,"other":{"id":"o-1"}}}"#)
    }

    /// §6.4.4 in lists: an item that fails is null when the item type is nullable (the list
    /// stays); in a list of non-null items the list itself is null.
    @Test func failedListItemsNullTheItemOrTheList() throws {
        let snapshot = try makeSnapshot(
            schema: """
                type Part { name: String! }
                type Kit @collection(path: "kits") { id: ID! parts: [Part] strict: [Part!] }
                """,
            files: ["data/kits/k1.yaml": "parts: [{name: a}, {}]\nstrict: [{name: a}, {}]\n"])
        #expect(execute(GraphQLRequest(query: "{ kit(id: \"k1\") { parts { name } strict { name } } }"), on: snapshot).text
            == #"{"errors":["#
            + #"{"message":"Cannot return null for non-nullable field Part.name.","locations":[{"line":1,"column":27}],"path":["kit","parts",1,"name"]},"#
            + #"{"message":"Cannot return null for non-nullable field Part.name.","locations":[{"line":1,"column":43}],"path":["kit","strict",1,"name"]}],"#
            + #""data":{"kit":{"parts":[{"name":"a"},null],"strict":null}}}"#)
    }

    @Test func negativeFirstIsAFieldError() {
        #expect(run("{ orders(first: -1) { totalCount } }") ==
            #"{"errors":[{"message":"\"first\" must not be negative, got -1.","locations":[{"line":1,"column":3}],"path":["orders"]}],"data":null}"#)
    }

    @Test func variablesSkipIncludeAndFragments() {
        let query = """
            query Q($id: ID!, $withNote: Boolean = false) {
              order(id: $id) { ...Core note @include(if: $withNote) }
            }
            fragment Core on Order { id status }
            """
        #expect(run(query, variables: ["id": .string("o-2")]) == #"{"data":{"order":{"id":"o-2","status":"OPEN"}}}"#)
        #expect(run(query, variables: ["id": .string("o-2"), "withNote": .bool(true)]) ==
            #"{"data":{"order":{"id":"o-2","status":"OPEN","note":"call first"}}}"#)
    }

    /// A prepared document keeps its compiled plan per operation and variables: a repeated
    /// request reuses it, other variables (other arguments, other `@include`) get their own,
    /// and another schema recompiles.
    @Test func plansAreCachedPerOperationAndVariables() throws {
        let prepared = PreparedDocument(query: """
            query Q($id: ID!, $withNote: Boolean = false) { order(id: $id) { id note @include(if: $withNote) } }
            query R { orders(first: 1) { nodes { id } } }
            """, schema: shopSnapshot.schema)
        func run(_ operation: String, _ variables: [String: JSONValue] = [:], on snapshot: StoreSnapshot = shopSnapshot) -> String {
            execute(prepared, operationName: operation, variables: variables, on: snapshot).text
        }
        for _ in 0..<2 {
            #expect(run("Q", ["id": .string("o-2")]) == #"{"data":{"order":{"id":"o-2"}}}"#)
            #expect(run("Q", ["id": .string("o-2"), "withNote": .bool(true)]) == #"{"data":{"order":{"id":"o-2","note":"call first"}}}"#)
            #expect(run("Q", ["id": .string("o-1")]) == #"{"data":{"order":{"id":"o-1"}}}"#)
            #expect(run("R") == #"{"data":{"orders":{"nodes":[{"id":"o-1"}]}}}"#)
        }
        // The same text over another schema, where `note` sits in another slot.
        let other = try makeSnapshot(
            schema: shopSchema.replacingOccurrences(of: "  note: String\n", with: "").replacingOccurrences(of: "id: ID!\n  customer", with: "id: ID!\n  note: String\n  customer"),
            files: shopFiles)
        #expect(run("Q", ["id": .string("o-2"), "withNote": .bool(true)], on: other) == #"{"data":{"order":{"id":"o-2","note":"call first"}}}"#)
        #expect(run("Q", ["id": .string("o-2"), "withNote": .bool(true)]) == #"{"data":{"order":{"id":"o-2","note":"call first"}}}"#)
    }

    @Test func requestErrorsHaveNoData() {
        #expect(run("{ order(id: \"o-1\") { id }") ==
            #"{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":26}],"extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}"#)
        #expect(run("query Q($id: ID!) { order(id: $id) { id } }") ==
            #"{"errors":[{"message":"Variable \"$id\" of required type \"ID!\" was not provided.","locations":[{"line":1,"column":9}],"extensions":{"code":"BAD_USER_INPUT"}}]}"#)
        #expect(run("query A { orders { totalCount } } query B { orders { totalCount } }") ==
            #"{"errors":[{"message":"Must provide operation name if query contains multiple operations.","extensions":{"code":"OPERATION_RESOLUTION_FAILURE"}}]}"#)
        #expect(run("{ orders { totalCount } }", operation: "Nope") ==
            #"{"errors":[{"message":"Unknown operation named \"Nope\".","extensions":{"code":"OPERATION_RESOLUTION_FAILURE"}}]}"#)
    }

    @Test func introspectionDescribesTheServedSchema() {
        #expect(run("{ __type(name: \"Status\") { kind name enumValues { name } } __schema { queryType { name } mutationType { name } } }") ==
            #"{"data":{"__type":{"kind":"ENUM","name":"Status","enumValues":[{"name":"OPEN"},{"name":"SHIPPED"}]},"__schema":{"queryType":{"name":"Query"},"mutationType":null}}}"#)
        #expect(run("{ __type(name: \"Order\") { fields { name type { kind ofType { name } } } } }").contains(
            #"{"name":"customer","type":{"kind":"NON_NULL","ofType":{"name":"Customer"}}}"#))
    }
}
