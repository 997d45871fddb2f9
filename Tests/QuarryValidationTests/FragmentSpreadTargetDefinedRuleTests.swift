import Testing

@testable import QuarryValidation

/// §5.5.2.1 Fragment Spread Target Defined.
@Suite struct FragmentSpreadTargetDefinedRuleTests {
    @Test func definedTargetsAreValid() {
        #expect(errors(of: FragmentSpreadTargetDefinedRule.self, in: """
            { dog { ...F ... on Dog { ...F } } }
            fragment F on Dog { name }
            """) == [])
    }

    @Test func anUndefinedTarget() {
        // Counter example № 153.
        #expect(errors(of: FragmentSpreadTargetDefinedRule.self, in: """
            {
              dog {
                ...undefinedFragment
              }
            }
            """) == ["3:8: Unknown fragment \"undefinedFragment\"."])
    }

    @Test func everywhereASpreadCanBe() {
        #expect(errors(of: FragmentSpreadTargetDefinedRule.self, in: """
            { dog { ... on Dog { ...InInline } owner { ...Nested @include(if: true) } } }
            fragment F on Dog { ...InFragment }
            """) == [
            "1:25: Unknown fragment \"InInline\".",
            "1:47: Unknown fragment \"Nested\".",
            "2:24: Unknown fragment \"InFragment\".",
        ])
    }
}
