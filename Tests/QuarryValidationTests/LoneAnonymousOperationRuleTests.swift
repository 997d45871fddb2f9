import Testing

@testable import QuarryValidation

/// §5.2.3.1 Lone Anonymous Operation.
@Suite struct LoneAnonymousOperationRuleTests {
    @Test func aLoneAnonymousOperationIsValid() {
        // Example № 113, with a fragment (fragments are not operations).
        #expect(errors(of: LoneAnonymousOperationRule.self, in: """
            {
              dog {
                name
              }
            }
            """) == [])
        #expect(errors(of: LoneAnonymousOperationRule.self, in: "{ dog { ...F } } fragment F on Dog { name }") == [])
    }

    @Test func anAnonymousOperationMustBeAlone() {
        // Counter example № 114.
        #expect(errors(of: LoneAnonymousOperationRule.self, in: """
            {
              dog {
                name
              }
            }

            query getName {
              dog {
                owner {
                  name
                }
              }
            }
            """) == ["1:1: This anonymous operation must be the only defined operation."])
    }

    @Test func everyAnonymousOperationIsReported() {
        #expect(errors(of: LoneAnonymousOperationRule.self, in: """
            query { dog { name } }
              subscription { newMessage { body } }
            mutation named { x }
            """) == [
            "1:1: This anonymous operation must be the only defined operation.",
            "2:3: This anonymous operation must be the only defined operation.",
        ])
    }

    @Test func namedOperationsAloneAreValid() {
        #expect(errors(of: LoneAnonymousOperationRule.self, in: "query A { dog { name } } query B { dog { name } }") == [])
    }
}
