import Testing

@testable import QuarryValidation

/// §5.8.5 All Variable Usages Are Allowed.
@Suite struct AllVariableUsagesAreAllowedRuleTests {
    let rule = AllVariableUsagesAreAllowedRule.self

    func check(_ query: String) -> [String] { errors(of: rule, in: query, schema: extendedExampleSchema) }

    @Test func specInvalidExamples() {
        #expect(check("""
            query intCannotGoIntoBoolean($intArg: Int) {
              arguments {
                booleanArgField(booleanArg: $intArg)
              }
            }
            """) == ["1:30, 3:33: Variable \"$intArg\" of type \"Int\" used in position expecting type \"Boolean\"."])
        #expect(check("""
            query booleanListCannotGoIntoBoolean($booleanListArg: [Boolean]) {
              arguments {
                booleanArgField(booleanArg: $booleanListArg)
              }
            }
            """) == [
            "1:38, 3:33: Variable \"$booleanListArg\" of type \"[Boolean]\" used in position expecting type \"Boolean\"."
        ])
        #expect(check("""
            query booleanArgQuery($booleanArg: Boolean) {
              arguments {
                nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)
              }
            }
            """) == ["1:23, 3:47: Variable \"$booleanArg\" of type \"Boolean\" used in position expecting type \"Boolean!\"."])
        #expect(check("""
            query listToNonNullList($booleanList: [Boolean]) {
              arguments {
                nonNullBooleanListField(nonNullBooleanListArg: $booleanList)
              }
            }
            """) == [
            "1:25, 3:52: Variable \"$booleanList\" of type \"[Boolean]\" used in position expecting type \"[Boolean]!\"."
        ])
    }

    @Test func specValidExamples() {
        #expect(check("""
            query nonNullListToList($nonNullBooleanList: [Boolean]!) {
              arguments {
                booleanListArgField(booleanListArg: $nonNullBooleanList)
              }
            }
            """) == [])
        // A nullable variable in a non-null position with a default value at either end.
        #expect(check("""
            query booleanArgQueryWithDefault($booleanArg: Boolean) {
              arguments {
                optionalNonNullBooleanArgField(optionalBooleanArg: $booleanArg)
              }
            }
            """) == [])
        #expect(check("""
            query booleanArgQueryWithDefault($booleanArg: Boolean = true) {
              arguments {
                nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)
              }
            }
            """) == [])
    }

    /// The spec's `addPet(pet: { cat: $cat })` examples, on the harness's `OneOfInput`.
    @Test func oneOfFieldsAreNonNullPositions() {
        #expect(check("""
            query addCat($a: String!) {
              findByOneOf(by: { a: $a }) { name }
            }

            query addCatWithDefault($a: String! = "Brontie") {
              findByOneOf(by: { a: $a }) { name }
            }
            """) == [])
        #expect(check("""
            query addNullableCat($a: String, $b: Int) {
              findByOneOf(by: { a: $a }) { name }
              values(nested: { oneOf: { b: $b } }, oneOfs: [{ a: $a }])
            }
            """) == [
            "1:22, 2:24: Variable \"$a\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".",
            "1:34, 3:32: Variable \"$b\" is of type \"Int\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".",
            "1:22, 3:54: Variable \"$a\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".",
        ])
        // IsVariableUsageAllowed lets a non-null default value stand in, as in any non-null
        // position; a whole OneOf object may be nullable.
        #expect(check("""
            query ($a: String = "x", $o: OneOfInput) {
              findByOneOf(by: { a: $a }) { name }
              values(nested: { oneOf: $o })
            }
            """) == [])
        #expect(check("""
            query ($a: Int = null) {
              findByOneOf(by: { b: $a }) { name }
            }
            """) == ["1:8, 2:24: Variable \"$a\" is of type \"Int\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\"."])
    }

    @Test func listsItemsAndInputFields() {
        #expect(check("""
            query ($b: Boolean!, $bs: [Boolean!]!, $n: Int, $i: Int!, $ints: [[Int]]) {
              a: booleanList(booleanListArg: [$b, true])
              b: booleanList(booleanListArg: $bs)
              values(nested: { withDefault: $n, number: $i }, required: [$i], ints: $ints)
            }
            """) == [])
        // List items have no default value; input fields do (`withDefault: Int! = 3`).
        #expect(check("""
            query ($b: Boolean, $bs: [Boolean], $n: Int, $ints: [Int], $nested: [[Int!]]) {
              a: booleanList(booleanListArg: [$b])
              b: booleanList(booleanListArg: $bs)
              values(nested: { withDefault: $n }, required: [$n], ints: $ints)
              c: values(ints: $nested)
            }
            """) == [
            "1:8, 2:35: Variable \"$b\" of type \"Boolean\" used in position expecting type \"Boolean!\".",
            "1:21, 3:34: Variable \"$bs\" of type \"[Boolean]\" used in position expecting type \"[Boolean!]\".",
            "1:37, 4:50: Variable \"$n\" of type \"Int\" used in position expecting type \"Int!\".",
            "1:46, 4:61: Variable \"$ints\" of type \"[Int]\" used in position expecting type \"[[Int]]\".",
        ])
    }

    @Test func aNullDefaultDoesNotHelp() {
        #expect(check("""
            query ($b: Boolean = null) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $b) } }
            """) == ["1:8, 1:84: Variable \"$b\" of type \"Boolean\" used in position expecting type \"Boolean!\"."])
    }

    @Test func usagesInFragmentsAreJudgedPerOperation() {
        #expect(check("""
            query A($v: Boolean!) { dog { ...F } }
            query B($v: Int) { dog { ...F } }
            query C($v: Boolean) { dog @include(if: $v) { name } }
            fragment F on Dog { ...G }
            fragment G on Dog { name @skip(if: $v) }
            """) == [
            "2:9, 5:36: Variable \"$v\" of type \"Int\" used in position expecting type \"Boolean!\".",
            "3:9, 3:41: Variable \"$v\" of type \"Boolean\" used in position expecting type \"Boolean!\".",
        ])
    }

    @Test func unknownTypesAndPositionsAreOtherRulesConcern() {
        #expect(check("""
            query ($a: Unknown, $b: Int) {
              arguments { booleanArgField(booleanArg: $a) unknown(x: $b) intArgField(other: $b) }
              dog { name @unknown(if: $b) isHouseTrained(atOtherHomes: $undefined) }
            }
            """) == [])
    }
}
