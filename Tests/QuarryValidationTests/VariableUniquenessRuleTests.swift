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
            """) == ["1:26, 1:50: There can be only one variable named \"$atOtherHomes\"."])
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

    @Test func oneErrorPerNameWithEveryDefinition() {
        #expect(errors(of: rule, in: "query ($a: Int, $b: Int, $a: String, $b: Int, $a: Int) { dog { name } }") == [
            "1:9, 1:27, 1:48: There can be only one variable named \"$a\".",
            "1:18, 1:39: There can be only one variable named \"$b\".",
        ])
    }
}
