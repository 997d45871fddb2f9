import Testing

@testable import QuarryValidation

/// §5.5.1.1 Fragment Name Uniqueness.
@Suite struct FragmentNameUniquenessRuleTests {
    @Test func distinctNamesAreValid() {
        // Example № 146, plus an inline fragment and an operation sharing a fragment's name.
        #expect(errors(of: FragmentNameUniquenessRule.self, in: """
            query fragmentOne {
              dog {
                ...fragmentOne
                ...fragmentTwo
                ... on Dog { name }
              }
            }

            fragment fragmentOne on Dog {
              name
            }

            fragment fragmentTwo on Dog {
              owner {
                name
              }
            }
            """) == [])
    }

    @Test func twoFragmentsMustNotShareAName() {
        // Counter example № 147.
        #expect(errors(of: FragmentNameUniquenessRule.self, in: """
            {
              dog {
                ...fragmentOne
              }
            }

            fragment fragmentOne on Dog {
              name
            }

            fragment fragmentOne on Dog {
              owner {
                name
              }
            }
            """) == ["7:10, 11:10: There can be only one fragment named \"fragmentOne\"."])
    }

    @Test func eachRepeatPointsAtTheFirst() {
        #expect(errors(of: FragmentNameUniquenessRule.self, in: """
            fragment F on Dog { name }
            fragment F on Cat { name }
              fragment F on Pet { name }
            """) == [
            "1:10, 2:10: There can be only one fragment named \"F\".",
            "1:10, 3:12: There can be only one fragment named \"F\".",
        ])
    }
}
