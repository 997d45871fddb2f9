import Testing

@testable import QuarryValidation

/// §5.8.4 All Variables Used.
@Suite struct AllVariablesUsedRuleTests {
    let rule = AllVariablesUsedRule.self

    @Test func specExamples() {
        #expect(errors(of: rule, in: """
            query variableUnused($atOtherHomes: Boolean) {
              dog {
                isHouseTrained
              }
            }
            """) == ["1:22: Variable \"$atOtherHomes\" is never used in operation \"variableUnused\"."])
        #expect(errors(of: rule, in: """
            query variableUsedInFragment($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            fragment isHouseTrainedFragment on Dog {
              isHouseTrained(atOtherHomes: $atOtherHomes)
            }
            """) == [])
        #expect(errors(of: rule, in: """
            query variableNotUsedWithinFragment($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedWithoutVariableFragment
              }
            }

            fragment isHouseTrainedWithoutVariableFragment on Dog {
              isHouseTrained
            }
            """) == ["1:37: Variable \"$atOtherHomes\" is never used in operation \"variableNotUsedWithinFragment\"."])
        #expect(errors(of: rule, in: """
            query queryWithUsedVar($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            query queryWithExtraVar($atOtherHomes: Boolean, $extra: Int) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            fragment isHouseTrainedFragment on Dog {
              isHouseTrained(atOtherHomes: $atOtherHomes)
            }
            """) == ["7:49: Variable \"$extra\" is never used in operation \"queryWithExtraVar\"."])
    }

    @Test func usesInDirectivesNestedValuesAndTransitiveFragments() {
        #expect(errors(of: rule, in: """
            query ($a: Boolean, $b: String, $c: Boolean, $d: Boolean, $e: Boolean) {
              dog @include(if: $a) { ...F }
              findDog(complex: { name: $b, requiredField: true }) { name }
              booleanList(booleanListArg: [true, $c])
            }
            fragment F on Dog { ...G }
            fragment G on Dog { name @skip(if: $d) ...F }
            """) == ["1:59: Variable \"$e\" is never used."])
    }

    @Test func aFragmentOfAnotherOperationDoesNotCount() {
        #expect(errors(of: rule, in: """
            query A($x: Boolean) { dog { name } }
            query B($x: Boolean) { dog { ...F } }
            fragment F on Dog { isHouseTrained(atOtherHomes: $x) }
            """) == ["1:9: Variable \"$x\" is never used in operation \"A\"."])
    }
}
