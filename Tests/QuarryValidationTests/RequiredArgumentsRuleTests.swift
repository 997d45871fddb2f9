import Testing

@testable import QuarryValidation

/// §5.4.3 Required Arguments.
@Suite struct RequiredArgumentsRuleTests {
    @Test func givenOrOptionalArgumentsAreValid() {
        // Examples № 142 and № 143, and an argument that is non-null but has a default value.
        #expect(errors(of: RequiredArgumentsRule.self, in: """
            fragment goodBooleanArg on Arguments {
              booleanArgField(booleanArg: true)
            }

            fragment goodNonNullArg on Arguments {
              nonNullBooleanArgField(nonNullBooleanArg: true)
            }

            fragment goodBooleanArgDefault on Arguments {
              booleanArgField
              optionalNonNullBooleanArgField
            }
            """) == [])
    }

    @Test func aRequiredArgumentMustBeGiven() {
        // Counter example № 144.
        #expect(errors(of: RequiredArgumentsRule.self, in: """
            fragment missingRequiredArg on Arguments {
              nonNullBooleanArgField
            }
            """) == [
            "2:3: Field \"nonNullBooleanArgField\" argument \"nonNullBooleanArg\" of type \"Boolean!\" is required,"
                + " but it was not provided.",
        ])
    }

    @Test func anExplicitNullIsTheValuesRulesError() {
        // Counter example № 145: §5.6.1 Values of Correct Type reports the `null` (as graphql-js
        // does), so that one mistake is one error.
        #expect(errors(of: RequiredArgumentsRule.self, in: """
            fragment missingRequiredArg on Arguments {
              nonNullBooleanArgField(nonNullBooleanArg: null)
            }
            """) == [])
    }

    @Test func eachMissingArgumentIsAnError() {
        #expect(errors(of: RequiredArgumentsRule.self, in: """
            {
              arguments { multipleRequirements }
              __type { name }
              dog { doesKnowCommand(dogCommand: SIT) ... on Dog { doesKnowCommand } }
            }
            """) == [
            "2:15: Field \"multipleRequirements\" argument \"x\" of type \"Int!\" is required, but it was not provided.",
            "2:15: Field \"multipleRequirements\" argument \"y\" of type \"Int!\" is required, but it was not provided.",
            "3:3: Field \"__type\" argument \"name\" of type \"String!\" is required, but it was not provided.",
            "4:55: Field \"doesKnowCommand\" argument \"dogCommand\" of type \"DogCommand!\" is required,"
                + " but it was not provided.",
        ])
    }

    @Test func directivesToo() {
        #expect(errors(of: RequiredArgumentsRule.self, in: """
            { dog @include { name @skip(unless: true) } }
            """) == [
            "1:7: Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.",
            "1:23: Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.",
        ])
    }

    @Test func unknownFieldsAndDirectivesAreOtherRulesErrors() {
        #expect(errors(of: RequiredArgumentsRule.self, in: "{ dog { unknown @unknown { x } } }") == [])
    }
}
