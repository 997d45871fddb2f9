import Testing

@testable import QuarryValidation

/// §5.8.3 All Variable Uses Defined.
@Suite struct AllVariableUsesDefinedRuleTests {
    let rule = AllVariableUsesDefinedRule.self

    @Test func specValidExamples() {
        #expect(errors(of: rule, in: """
            query variableIsDefined($atOtherHomes: Boolean) {
              dog {
                isHouseTrained(atOtherHomes: $atOtherHomes)
              }
            }
            """) == [])
        #expect(errors(of: rule, in: """
            query variableIsDefinedUsedInSingleFragment($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            fragment isHouseTrainedFragment on Dog {
              isHouseTrained(atOtherHomes: $atOtherHomes)
            }
            """) == [])
        #expect(errors(of: rule, in: """
            query houseTrainedQueryOne($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            query houseTrainedQueryTwo($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            fragment isHouseTrainedFragment on Dog {
              isHouseTrained(atOtherHomes: $atOtherHomes)
            }
            """) == [])
    }

    @Test func specInvalidExamples() {
        #expect(errors(of: rule, in: """
            query variableIsNotDefined {
              dog {
                isHouseTrained(atOtherHomes: $atOtherHomes)
              }
            }
            """) == ["3:34, 1:1: Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefined\"."])
        #expect(errors(of: rule, in: """
            query variableIsNotDefinedUsedInSingleFragment {
              dog {
                ...isHouseTrainedFragment
              }
            }

            fragment isHouseTrainedFragment on Dog {
              isHouseTrained(atOtherHomes: $atOtherHomes)
            }
            """) == [
            "8:32, 1:1: Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefinedUsedInSingleFragment\"."
        ])
        #expect(errors(of: rule, in: """
            query variableIsNotDefinedUsedInNestedFragment {
              dog {
                ...outerHouseTrainedFragment
              }
            }

            fragment outerHouseTrainedFragment on Dog {
              ...isHouseTrainedFragment
            }

            fragment isHouseTrainedFragment on Dog {
              isHouseTrained(atOtherHomes: $atOtherHomes)
            }
            """) == [
            "12:32, 1:1: Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefinedUsedInNestedFragment\"."
        ])
        #expect(errors(of: rule, in: """
            query houseTrainedQueryOne($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            query houseTrainedQueryTwoNotDefined {
              dog {
                ...isHouseTrainedFragment
              }
            }

            fragment isHouseTrainedFragment on Dog {
              isHouseTrained(atOtherHomes: $atOtherHomes)
            }
            """) == ["14:32, 7:1: Variable \"$atOtherHomes\" is not defined by operation \"houseTrainedQueryTwoNotDefined\"."])
    }

    @Test func everyUseInDirectivesListsAndObjectsOfAnonymousOperations() {
        #expect(errors(of: rule, in: """
            query ($a: Boolean) {
              dog @include(if: $b) { isHouseTrained(atOtherHomes: $a) ...F }
              findDog(complex: { name: $c, requiredField: $a }) { name }
              booleanList(booleanListArg: [$a, $d, $d])
            }
            fragment F on Dog { name @skip(if: $e) ...G ...G }
            fragment G on Dog { nickname @skip(if: $e) ...F }
            """) == [
            "2:20, 1:1: Variable \"$b\" is not defined.",
            "3:28, 1:1: Variable \"$c\" is not defined.",
            "4:36, 1:1: Variable \"$d\" is not defined.",
            "4:40, 1:1: Variable \"$d\" is not defined.",
            "6:36, 1:1: Variable \"$e\" is not defined.",
            "7:40, 1:1: Variable \"$e\" is not defined.",
        ])
    }

    @Test func fragmentsOutsideOperationsAndUndefinedFragments() {
        // A fragment no operation spreads is not judged here; an undefined spread is skipped.
        #expect(errors(of: rule, in: """
            { dog { ...Missing } }
            fragment Unused on Dog { isHouseTrained(atOtherHomes: $x) }
            """) == [])
    }
}
