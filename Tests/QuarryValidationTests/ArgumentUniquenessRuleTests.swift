import Testing

@testable import QuarryValidation

/// §5.4.2 Argument Uniqueness.
@Suite struct ArgumentUniquenessRuleTests {
    @Test func distinctArgumentsAreValid() {
        #expect(errors(of: ArgumentUniquenessRule.self, in: """
            {
              arguments { multipleRequirements(x: 1, y: 2) }
              dog @include(if: true) { doesKnowCommand(dogCommand: SIT) @skip(if: false) }
              again: dog { doesKnowCommand(dogCommand: SIT) }
            }
            """) == [])
    }

    @Test func aRepeatedFieldArgumentIsOneErrorAtEachOccurrence() {
        #expect(errors(of: ArgumentUniquenessRule.self, in: """
            {
              arguments {
                multipleRequirements(x: 1, y: 2, x: 3, y: 4, x: 5)
              }
            }
            """) == [
            "3:26, 3:38, 3:50: There can be only one argument named \"x\".",
            "3:32, 3:44: There can be only one argument named \"y\".",
        ])
    }

    @Test func aRepeatedDirectiveArgument() {
        #expect(errors(of: ArgumentUniquenessRule.self, in: """
            { dog @include(if: true, if: false) { name } }
            """) == ["1:16, 1:26: There can be only one argument named \"if\"."])
    }

    @Test func unknownArgumentsCountToo() {
        // Uniqueness is about the document, not the schema.
        #expect(errors(of: ArgumentUniquenessRule.self, in: """
            { dog { unknown(a: 1, a: 2) name @unknown(b: 1, b: 2) } }
            """) == [
            "1:17, 1:23: There can be only one argument named \"a\".",
            "1:43, 1:49: There can be only one argument named \"b\".",
        ])
    }
}
