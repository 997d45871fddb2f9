import Testing

@testable import QuarryValidation

/// §5.8.2 Variables Are Input Types.
@Suite struct VariablesAreInputTypesRuleTests {
    let rule = VariablesAreInputTypesRule.self

    @Test func specValidExamples() {
        #expect(errors(of: rule, in: """
            query takesBoolean($atOtherHomes: Boolean) {
              dog {
                isHouseTrained(atOtherHomes: $atOtherHomes)
              }
            }

            query takesComplexInput($complexInput: ComplexInput) {
              findDog(complex: $complexInput) {
                name
              }
            }

            query TakesListOfBooleanBang($booleans: [Boolean!]) {
              booleanList(booleanListArg: $booleans)
            }
            """) == [])
    }

    /// The spec's bodies are `# ...`; a selection is written instead.
    @Test func specInvalidExamples() {
        #expect(errors(of: rule, in: """
            query takesCat($cat: Cat) {
              dog { name }
            }

            query takesDogBang($dog: Dog!) {
              dog { name }
            }

            query takesListOfPet($pets: [Pet]) {
              dog { name }
            }

            query takesCatOrDog($catOrDog: CatOrDog) {
              dog { name }
            }
            """) == [
            "1:22: Variable \"$cat\" cannot be non-input type \"Cat\".",
            "5:26: Variable \"$dog\" cannot be non-input type \"Dog!\".",
            "9:29: Variable \"$pets\" cannot be non-input type \"[Pet]\".",
            "13:32: Variable \"$catOrDog\" cannot be non-input type \"CatOrDog\".",
        ])
    }

    /// An unknown type is left to §5.5.1.2 (FragmentSpreadTypeExistenceRule), so it is reported once.
    @Test func wrappedInputTypesAndUnknownTypes() {
        #expect(errors(of: rule, in: """
            query ($a: [[DogCommand!]]!, $b: OneOfInput, $c: ID, $d: [Unknown!], $e: [[Human]!]) { dog { name } }
            """) == [
            "1:74: Variable \"$e\" cannot be non-input type \"[[Human]!]\".",
        ])
    }
}
