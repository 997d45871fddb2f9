import Testing

@testable import QuarryValidation

/// §5.7.2 Directives Are In Valid Locations.
@Suite struct DirectivesAreInValidLocationsRuleTests {
    let rule = DirectivesAreInValidLocationsRule.self

    func check(_ query: String) -> [String] { errors(of: rule, in: query, schema: extendedExampleSchema) }

    @Test func specExample() {
        #expect(check("""
            query @skip(if: $foo) {
              field
            }
            """) == ["1:7: Directive \"@skip\" may not be used on QUERY."])
    }

    @Test func directivesWhereTheyBelong() {
        #expect(check("""
            query Q($v: Boolean = true @onVariable) @tag {
              dog @include(if: $v) { ...F @skip(if: true) @tag ... @include(if: true) @tag { nickname } }
            }
            fragment F on Dog { name @tag }
            """) == [])
    }

    @Test func everyExecutableLocation() {
        #expect(check("""
            query Q($v: Boolean @skip(if: true)) { dog @onVariable { name } }
            mutation M @include(if: true) { x }
            subscription S @skip(if: true) { newMessage { body } }
            fragment F on Dog @include(if: true) { ...G @onVariable ... @onVariable { name } }
            fragment G on Dog @tag { name @deprecated }
            """) == [
            "1:21: Directive \"@skip\" may not be used on VARIABLE_DEFINITION.",
            "1:44: Directive \"@onVariable\" may not be used on FIELD.",
            "2:12: Directive \"@include\" may not be used on MUTATION.",
            "3:16: Directive \"@skip\" may not be used on SUBSCRIPTION.",
            "4:19: Directive \"@include\" may not be used on FRAGMENT_DEFINITION.",
            "4:45: Directive \"@onVariable\" may not be used on FRAGMENT_SPREAD.",
            "4:61: Directive \"@onVariable\" may not be used on INLINE_FRAGMENT.",
            "5:19: Directive \"@tag\" may not be used on FRAGMENT_DEFINITION.",
            "5:31: Directive \"@deprecated\" may not be used on FIELD.",
        ])
    }

    @Test func unknownDirectivesAreLeftToTheirOwnRule() {
        #expect(check("{ dog @unknown { name } }") == [])
    }
}
