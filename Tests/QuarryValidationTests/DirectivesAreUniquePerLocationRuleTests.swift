import Testing

@testable import QuarryValidation

/// §5.7.3 Directives Are Unique Per Location.
@Suite struct DirectivesAreUniquePerLocationRuleTests {
    let rule = DirectivesAreUniquePerLocationRule.self

    func check(_ query: String) -> [String] { errors(of: rule, in: query, schema: extendedExampleSchema) }

    @Test func specExamples() {
        #expect(check("""
            query ($foo: Boolean = true, $bar: Boolean = false) {
              field @skip(if: $foo) @skip(if: $bar)
            }
            """) == ["2:9, 2:25: The directive \"@skip\" can only be used once at this location."])
        #expect(check("""
            query ($foo: Boolean = true, $bar: Boolean = false) {
              field @skip(if: $foo) {
                subfieldA
              }
              field @skip(if: $bar) {
                subfieldB
              }
            }
            """) == [])
    }

    @Test func repeatableAndUnknownDirectivesMayRepeat() {
        #expect(check("""
            query @tag(name: "a") @tag(name: "b") {
              dog @tag @tag @unknown @unknown @skip(if: false) @include(if: true) { name }
            }
            """) == [])
    }

    /// Each node is checked when entered, before its children: an operation's own directives
    /// come before those of its variable definitions.
    @Test func everyLocationAndEveryRepetition() {
        #expect(check("""
            query Q($v: Int @onVariable @onVariable) @skip(if: true) @skip(if: true) {
              dog @include(if: true) @include(if: true) @include(if: false) {
                ...F @skip(if: true) @skip(if: true)
                ... @include(if: true) @include(if: true) { name }
              }
            }
            fragment F on Dog @include(if: true) @include(if: true) { name }
            """) == [
            "1:42, 1:58: The directive \"@skip\" can only be used once at this location.",
            "1:17, 1:29: The directive \"@onVariable\" can only be used once at this location.",
            "2:7, 2:26: The directive \"@include\" can only be used once at this location.",
            "2:7, 2:45: The directive \"@include\" can only be used once at this location.",
            "3:10, 3:26: The directive \"@skip\" can only be used once at this location.",
            "4:9, 4:28: The directive \"@include\" can only be used once at this location.",
            "7:19, 7:38: The directive \"@include\" can only be used once at this location.",
        ])
    }
}
