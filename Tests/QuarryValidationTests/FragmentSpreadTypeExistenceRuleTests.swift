import Testing

@testable import QuarryValidation

/// §5.5.1.2 Fragment Spread Type Existence, and every other type name of the document.
@Suite struct FragmentSpreadTypeExistenceRuleTests {
    @Test func knownTypesAreValid() {
        // Example № 148, plus variable types.
        #expect(errors(of: FragmentSpreadTypeExistenceRule.self, in: """
            fragment correctType on Dog {
              name
            }

            fragment inlineFragment on Dog {
              ... on Dog {
                name
              }
            }

            fragment inlineFragment2 on Dog {
              ... @include(if: true) {
                name
              }
            }

            query Q($a: Int, $b: [String!]!, $c: ComplexInput) { dog { name } }
            """) == [])
    }

    @Test func unknownTypeConditions() {
        // Counter example № 149.
        #expect(errors(of: FragmentSpreadTypeExistenceRule.self, in: """
            fragment notOnExistingType on NotInSchema {
              name
            }

            fragment inlineNotExistingType on Dog {
              ... on NotInSchema {
                name
              }
            }
            """) == [
            "1:31: Unknown type \"NotInSchema\".",
            "6:10: Unknown type \"NotInSchema\".",
        ])
    }

    @Test func unknownVariableTypes() {
        #expect(errors(of: FragmentSpreadTypeExistenceRule.self, in: """
            query Q($a: Unknown, $b: [Strin!]!, $c: Int) { dog { name } }
            """) == [
            "1:13: Unknown type \"Unknown\".",
            "1:27: Unknown type \"Strin\".",
        ])
    }

    @Test func namesAreCaseSensitive() {
        #expect(errors(of: FragmentSpreadTypeExistenceRule.self, in: "fragment F on dog { name }") == [
            "1:15: Unknown type \"dog\".",
        ])
    }
}
