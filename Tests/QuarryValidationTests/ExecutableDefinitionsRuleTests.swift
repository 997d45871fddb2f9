import Testing

@testable import QuarryValidation

/// §5.1.1 Executable Definitions.
@Suite struct ExecutableDefinitionsRuleTests {
    @Test func operationsAndFragmentsAreExecutable() {
        #expect(errors(of: ExecutableDefinitionsRule.self, in: "query Q { dog { ...F } } fragment F on Dog { name }") == [])
    }

    @Test func typeSystemDefinitionsAreNot() {
        #expect(errors(of: ExecutableDefinitionsRule.self, in: """
            query getDogName { dog { name color } }
            extend type Dog { color: String }
            schema { query: Query }
            directive @d on FIELD
            """) == [
            "2:13: The \"Dog\" definition is not executable.",
            "3:1: The schema definition is not executable.",
            "4:1: The \"@d\" definition is not executable.",
        ])
    }
}
