import QuarryLanguage
import QuarrySchema
import Testing

@testable import QuarryValidation

/// §5.2.1.1 Operation Type Existence.
@Suite struct OperationTypeExistenceRuleTests {
    /// The schema of the spec's examples № 107–109: a query type only.
    let helloSchema = try! SchemaBuilder.build(files: [Source("type Query { hello: String }", name: "hello.graphql")])

    @Test func queryNeedsOnlyTheQueryType() {
        // Example № 108.
        #expect(errors(of: OperationTypeExistenceRule.self, in: """
            query helloQuery {
              hello
            }
            """, schema: helloSchema) == [])
    }

    @Test func mutationNeedsAMutationType() {
        // Counter example № 109.
        #expect(errors(of: OperationTypeExistenceRule.self, in: """
            mutation goodbyeMutation {
              goodbye
            }
            """, schema: helloSchema) == [
            "1:1: The schema does not support mutation operations.",
        ])
    }

    @Test func subscriptionNeedsASubscriptionType() {
        #expect(errors(of: OperationTypeExistenceRule.self, in: "subscription { hello }", schema: helloSchema) == [
            "1:1: The schema does not support subscription operations.",
        ])
        // The spec-example schema has a subscription type but no mutation type.
        #expect(errors(of: OperationTypeExistenceRule.self, in: "subscription S { newMessage { body } }") == [])
    }

    @Test func everyUnsupportedOperationIsReported() {
        #expect(errors(of: OperationTypeExistenceRule.self, in: """
            query Q { dog { name } }
            mutation M { addDog }
              mutation { addCat }
            subscription S { newMessage { body } }
            """) == [
            "2:1: The schema does not support mutation operations.",
            "3:3: The schema does not support mutation operations.",
        ])
    }
}
