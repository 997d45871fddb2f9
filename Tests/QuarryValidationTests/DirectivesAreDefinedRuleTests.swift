import Testing

@testable import QuarryValidation

/// §5.7.1 Directives Are Defined.
@Suite struct DirectivesAreDefinedRuleTests {
    let rule = DirectivesAreDefinedRule.self

    @Test func knownDirectives() {
        #expect(errors(of: rule, in: """
            query Q($v: Boolean = true @onVariable) @tag(name: "q") {
              dog @include(if: $v) { name @skip(if: false) ...F @tag ... @tag { nickname } }
            }
            fragment F on Dog { barkVolume }
            """, schema: extendedExampleSchema) == [])
    }

    @Test func unknownDirectivesAtEveryLocation() {
        #expect(errors(of: rule, in: """
            query Q($v: Int @onVar) @unknown {
              dog @Include(if: true) { ...F @spread ... on Dog @inline { name } }
            }
            fragment F on Dog @fragment(with: "args") { name @unknown @unknown }
            """) == [
            "1:17: Unknown directive \"@onVar\".",
            "1:25: Unknown directive \"@unknown\".",
            "2:7: Unknown directive \"@Include\".",
            "2:33: Unknown directive \"@spread\".",
            "2:52: Unknown directive \"@inline\".",
            "4:19: Unknown directive \"@fragment\".",
            "4:50: Unknown directive \"@unknown\".",
            "4:59: Unknown directive \"@unknown\".",
        ])
    }
}
