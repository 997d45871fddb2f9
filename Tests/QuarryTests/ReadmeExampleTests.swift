import Foundation
import QuarryExecution
import QuarrySchema
import Testing

@testable import Quarry

/// The README's "Using Quarry in your tests" example is `ReadmeExample.swift`, which this
/// target compiles and runs; here we check that the README shows exactly that file.
@Suite struct ReadmeExampleTests {
    @Test func readmeShowsTheExampleThatRuns() throws {
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "## Using Quarry in your tests"))
        let after = readme[section.upperBound...]
        let open = try #require(after.range(of: "```swift\n"))
        let close = try #require(after[open.upperBound...].range(of: "```\n"))
        let shown = String(after[open.upperBound..<close.lowerBound])
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("ReadmeExample.swift"), encoding: .utf8)
        let example = source.split(separator: "\n", omittingEmptySubsequences: false).drop { $0.hasPrefix("//") }.joined(separator: "\n")
        #expect(shown == example)
    }

    @Test func inMemoryProblemsNameTheirFiles() throws {
        let gateway = try Gateway(schema: ["type Note @collection(path: \"notes\") { id: ID! stars: Int }"],
                                  documents: ["notes": ["id: n-1\nstars: many", "[{\"id\": \"n-2\", \"stars\": 3}]"]])
        #expect(gateway.snapshot.problems.map(\.description) == ["data/notes/1.yaml:2:8: Note.stars: expected an Int (a plain whole number from -2147483648 to 2147483647), found \"many\"."])
        #expect(gateway.execute("{ notes { nodes { id stars } } }").text == #"{"data":{"notes":{"nodes":[{"id":"n-1","stars":null},{"id":"n-2","stars":3}]}}}"#)
        #expect(throws: SchemaErrors.self) { try Gateway(schema: ["type Note @collection(path: \"notes\") { id: ID! stars: Nope }"]) }
        var root = InMemoryRoot()
        root.add("../escape.graphql", "")
        #expect(throws: InMemoryRootError.self) { try Gateway(root) }
    }

    @Test func typedAccess() throws {
        let response = sample.execute(#"{ customer(id: "c-000005") { id segment tags } nope: customer(id: "x") { id } }"#)
        #expect(response.data?["customer"]?["id"]?.string == "c-000005")
        #expect(response.data?["nope"]?.isNull == true)
        #expect(response.data?.keys == ["customer", "nope"])
        #expect(response.data?["customer"]?["missing"] == nil)
        #expect(try response.decode(String.self, at: "customer", "segment") == "LOYAL")
        #expect(throws: ResponseError.missing(path: "customer.x")) { try response.decode(String.self, at: "customer", "x") }
        let failed = sample.execute("{ nope }")
        #expect(throws: ResponseError.noData(errors: [#"Cannot query field "nope" on type "Query"."#])) { try failed.decode(String.self) }
        #expect(JSONValue.object([(key: "a", value: .array([.number("1.50"), .string("é\n"), .null, .bool(true)]))]).jsonBytes ==
            Array(#"{"a":[1.50,"é\n",null,true]}"#.utf8))
    }
}
