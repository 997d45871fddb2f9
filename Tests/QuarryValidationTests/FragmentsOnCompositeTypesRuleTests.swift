import Testing

@testable import QuarryValidation

/// §5.5.1.3 Fragments on Object, Interface or Union Types.
@Suite struct FragmentsOnCompositeTypesRuleTests {
    @Test func compositeTypesAreValid() {
        // Example № 150, plus an inline fragment without a type condition.
        #expect(errors(of: FragmentsOnCompositeTypesRule.self, in: """
            fragment fragOnObject on Dog {
              name
            }

            fragment fragOnInterface on Pet {
              name
            }

            fragment fragOnUnion on CatOrDog {
              ... on Dog {
                name
              }
              ... { __typename }
            }
            """) == [])
    }

    @Test func scalarsAreNot() {
        // Counter example № 151.
        #expect(errors(of: FragmentsOnCompositeTypesRule.self, in: """
            fragment fragOnScalar on Int {
              something
            }

            fragment inlineFragOnScalar on Dog {
              ... on Boolean {
                somethingElse
              }
            }
            """) == [
            "1:26: Fragment \"fragOnScalar\" cannot condition on non composite type \"Int\".",
            "6:10: Fragment cannot condition on non composite type \"Boolean\".",
        ])
    }

    @Test func norEnumsOrInputObjects() {
        #expect(errors(of: FragmentsOnCompositeTypesRule.self, in: """
            fragment F on DogCommand { name }
            { dog { ... on ComplexInput { name } } }
            """) == [
            "1:15: Fragment \"F\" cannot condition on non composite type \"DogCommand\".",
            "2:16: Fragment cannot condition on non composite type \"ComplexInput\".",
        ])
    }

    @Test func unknownTypesAreAnotherRulesError() {
        #expect(errors(of: FragmentsOnCompositeTypesRule.self, in: "fragment F on Nope { name }") == [])
    }
}
