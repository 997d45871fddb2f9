import Testing

@testable import QuarryValidation

/// §5.8.1 Variable Uniqueness.
@Suite struct VariableUniquenessRuleTests {
    let rule = VariableUniquenessRule.self

    @Test func specExamples() {
        #expect(errors(of: rule, in: """
            query houseTrainedQuery($atOtherHomes: Boolean, $atOtherHomes: Boolean) {
              dog {
                isHouseTrained(atOtherHomes: $atOtherHomes)
              }
            }
            """) == ["1:25, 1:49: There can be only one variable named \"$atOtherHomes\"."])
        #expect(errors(of: rule, in: """
            query A($atOtherHomes: Boolean) {
              ...HouseTrainedFragment
            }

            query B($atOtherHomes: Boolean) {
              ...HouseTrainedFragment
            }

            fragment HouseTrainedFragment on Query {
              dog {
                isHouseTrained(atOtherHomes: $atOtherHomes)
              }
            }
            """) == [])
    }

    @Test func everyRepetitionEvenWithAnotherType() {
        #expect(errors(of: rule, in: "query ($a: Int, $b: Int, $a: String, $b: Int, $a: Int) { dog { name } }") == [
            "1:8, 1:26: There can be only one variable named \"$a\".",
            "1:17, 1:38: There can be only one variable named \"$b\".",
            "1:8, 1:47: There can be only one variable named \"$a\".",
        ])
    }
}
