import Testing

@testable import QuarryValidation

/// §5.4.1 Argument Names.
@Suite struct ArgumentNamesRuleTests {
    @Test func definedArgumentsAreValid() {
        // Examples № 137 and № 141.
        #expect(errors(of: ArgumentNamesRule.self, in: """
            fragment argOnRequiredArg on Dog {
              doesKnowCommand(dogCommand: SIT)
            }

            fragment argOnOptional on Dog {
              isHouseTrained(atOtherHomes: true) @include(if: true)
            }

            fragment multipleArgs on Arguments {
              multipleRequirements(x: 1, y: 2)
            }

            fragment multipleArgsReverseOrder on Arguments {
              multipleRequirements(y: 2, x: 1)
            }
            """) == [])
    }

    @Test func unknownFieldArgument() {
        // Counter example № 138.
        #expect(errors(of: ArgumentNamesRule.self, in: """
            fragment invalidArgName on Dog {
              doesKnowCommand(command: CLEAN_UP_HOUSE)
            }
            """) == ["2:19: Unknown argument \"command\" on field \"Dog.doesKnowCommand\"."])
    }

    @Test func unknownDirectiveArgument() {
        // Counter example № 139.
        #expect(errors(of: ArgumentNamesRule.self, in: """
            fragment invalidArgName on Dog {
              isHouseTrained(atOtherHomes: true) @include(unless: false)
            }
            """) == ["2:47: Unknown argument \"unless\" on directive \"@include\"."])
    }

    @Test func aDirectiveDoesNotBorrowTheFieldsArguments() {
        #expect(errors(of: ArgumentNamesRule.self, in: """
            { dog { doesKnowCommand(dogCommand: SIT) @skip(if: true, dogCommand: SIT) } }
            """) == ["1:58: Unknown argument \"dogCommand\" on directive \"@skip\"."])
    }

    @Test func theMessageNamesTheParentTypeInScope() {
        #expect(errors(of: ArgumentNamesRule.self, in: """
            fragment F on Pet { name(first: 1) }
            { __type(nam: "Dog") { name } human { pets { name(x: 1, y: 2) } } }
            """) == [
            "1:26: Unknown argument \"first\" on field \"Pet.name\".",
            "2:10: Unknown argument \"nam\" on field \"Query.__type\".",
            "2:51: Unknown argument \"x\" on field \"Pet.name\".",
            "2:57: Unknown argument \"y\" on field \"Pet.name\".",
        ])
    }

    @Test func unknownFieldsAndDirectivesAreOtherRulesErrors() {
        #expect(errors(of: ArgumentNamesRule.self, in: """
            { dog { unknown(a: 1) name @unknown(b: 2) } unknownRoot(c: 3) { x(d: 4) } }
            """) == [])
    }
}
