import Foundation
import QuarryExecution
import QuarrySchema
import QuarryStore
import QuarryTestSupport
import Testing

@testable import Quarry

let graphqlCoreAvailable = Python.hasGraphQLCore

/// Issue 5, item 3: a client schema built from our introspection result (by graphql-core's
/// `build_client_schema`, an independent implementation) equals the served SDL.
@Suite struct IntrospectionReferenceTests {
    @Test(.enabled(if: graphqlCoreAvailable)) func clientSchemaFromIntrospectionEqualsServedSDL() throws {
        let schema = sample.snapshot.schema
        let response = Gateway(snapshot: StoreSnapshot.empty(schema: schema)).execute(fullIntrospectionQuery)
        #expect(response.errors.isEmpty)
        let payload = "{\"sdl\": \(jsonString(schema.printedSDL())), \"introspection\": \(response.text)}"
        let result = try Python.run("""
            import sys, json
            from graphql import build_client_schema, build_schema, print_schema
            payload = json.load(sys.stdin)
            client = print_schema(build_client_schema(payload["introspection"]["data"]))
            served = print_schema(build_schema(payload["sdl"]))
            print("equal" if client == served else "different")
            """, input: payload)
        #expect(result.output == "equal\n")
    }
}

/// A Swift string as a JSON string literal.
func jsonString(_ text: String) -> String {
    var writer = JSONWriter()
    writer.string(text)
    return String(decoding: writer.bytes, as: UTF8.self)
}
