import Testing

@testable import QuarryValidation

/// §5.5.1.4 Fragments Must Be Used.
@Suite struct FragmentsMustBeUsedRuleTests {
    @Test func anUnusedFragment() {
        // Counter example № 152.
        #expect(errors(of: FragmentsMustBeUsedRule.self, in: """
            fragment nameFragment on Dog { # unused
              name
            }

            {
              dog {
                name
              }
            }
            """) == ["1:1: Fragment \"nameFragment\" is never used."])
    }

    @Test func fragmentsUsedDirectlyOrThroughOthersAreValid() {
        #expect(errors(of: FragmentsMustBeUsedRule.self, in: """
            query A { dog { ...F1 ... on Dog { ...F2 } } }
            query B { human { pets { ...F4 } } }
            fragment F1 on Dog { owner { ...F3 } }
            fragment F2 on Dog { name }
            fragment F3 on Human { name }
            fragment F4 on Pet { ... on Dog { ...F2 } }
            """) == [])
    }

    @Test func aFragmentUsedOnlyByUnusedFragmentsIsUnused() {
        #expect(errors(of: FragmentsMustBeUsedRule.self, in: """
            { dog { ...Used } }
            fragment Used on Dog { name }
            fragment Unused on Dog { ...UsedByUnused }
            fragment UsedByUnused on Dog { name }
            fragment CycleA on Dog { ...CycleB }
            fragment CycleB on Dog { ...CycleA }
            """) == [
            "3:1: Fragment \"Unused\" is never used.",
            "4:1: Fragment \"UsedByUnused\" is never used.",
            "5:1: Fragment \"CycleA\" is never used.",
            "6:1: Fragment \"CycleB\" is never used.",
        ])
    }

    @Test func aDocumentWithoutOperationsUsesNothing() {
        #expect(errors(of: FragmentsMustBeUsedRule.self, in: """
            fragment A on Dog { ...B }
            fragment B on Dog { name }
            """) == [
            "1:1: Fragment \"A\" is never used.",
            "2:1: Fragment \"B\" is never used.",
        ])
    }
}
