import Foundation
import Testing
import QuarryExecution

@testable import Quarry

/// A temporary root holding only `schema/queries/` files, removed by the caller.
func temporaryQueries(_ files: [String: String]) throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("quarry-saved-\(UUID().uuidString)")
    let folder = SavedQueries.folder(root: root)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
    return root
}

/// Saved queries, `schema/queries/NAME.graphql` (PRODUCT.md §7, SEMANTICS.md §12.2).
@Suite struct SavedQueryTests {
    @Test func loadsNamesDescriptionsVariablesAndSiblings() throws {
        let byComment = "\n# Sales by merchant.\n#   indented second line\n#\nquery Sales($merchant: ID!, $first: Int = 10) { __typename }\n"
        let byDescription = "# not this one\n\"\"\"\nOrders of one status.\n\"\"\"\nquery($status: [OrderStatus!] = [SHIPPED, PAID]) { __typename }\n"
        let root = try temporaryQueries([
            "sales.graphql": byComment, "sales.expected.json": "{}", "sales.variables.json": "{}",
            "by-status.graphql": byDescription, ".hidden.graphql": "{ x }", "notes.txt": "",
            "plain.graphql": "{ __typename }",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let queries = try SavedQueries.all(root: root)
        #expect(queries.map(\.name) == ["by-status", "plain", "sales"])

        let sales = queries[2]
        #expect(sales.description == "Sales by merchant.\n  indented second line\n")
        #expect(sales.operationName == "Sales")
        #expect(sales.variables.map(\.name) == ["merchant", "first"])
        #expect(sales.variables.map(\.typeText) == ["ID!", "Int"])
        #expect(sales.variables.map(\.defaultValueText) == [nil, "10"])
        #expect(sales.bytes == Array(byComment.utf8))
        #expect(sales.sourceName == "schema/queries/sales.graphql")
        #expect(sales.expectedFile?.lastPathComponent == "sales.expected.json")
        #expect(sales.variablesFile?.lastPathComponent == "sales.variables.json")

        let byStatus = queries[0]
        #expect(byStatus.description == "Orders of one status.")
        #expect(byStatus.operationName == nil)
        #expect(byStatus.variables.map(\.defaultValueText) == ["[SHIPPED, PAID]"])
        #expect(byStatus.expectedFile == nil && byStatus.variablesFile == nil)
        #expect(queries[1].description == nil)
    }

    @Test func findsByNameAndRefusesPaths() throws {
        let root = try temporaryQueries(["a.graphql": "{ __typename }"])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try SavedQueries.named("a", root: root)?.name == "a")
        #expect(try SavedQueries.named("b", root: root) == nil)
        for name in ["../queries/a", "a/b", ".a", ""] { #expect(try SavedQueries.named(name, root: root) == nil) }
        #expect(try SavedQueries.all(root: root.appendingPathComponent("missing")).isEmpty)
    }

    /// A file that does not parse is still listed; running it answers the syntax error.
    @Test func syntaxErrorIsKeptAndAnsweredWhenRun() throws {
        let root = try temporaryQueries(["broken.graphql": "# Broken.\nquery($a: Int) {"])
        defer { try? FileManager.default.removeItem(at: root) }
        let broken = try #require(try SavedQueries.named("broken", root: root))
        #expect(broken.description == "Broken.")
        #expect(broken.syntaxError != nil)
        #expect(try broken.variableValues(texts: [("a", "x")]) == ["a": .string("x")])
        let response = sample.execute(broken.request())
        #expect(response.errors.first?.message == "Syntax Error: Expected Name, found <EOF>.")
    }

    @Test func runsWithTypedVariablesAndDefaults() throws {
        let root = try temporaryQueries([
            "customer.graphql": "query Customer($id: ID!, $with: Boolean = false) { customer(id: $id) { id name @include(if: $with) } }",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let query = try #require(try SavedQueries.named("customer", root: root))
        let variables = try query.variableValues(texts: [("id", "c-000005")], gateway: sample)
        #expect(sample.execute(query.request(variables: variables)).text == #"{"data":{"customer":{"id":"c-000005"}}}"#)
        #expect(throws: VariableInputError(variable: "with", message: #"expected true or false, got "1"."#)) {
            try query.variableValues(texts: [("id", "c-000005"), ("with", "1")], gateway: sample)
        }
    }
}
