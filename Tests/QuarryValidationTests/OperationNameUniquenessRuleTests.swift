import Testing

@testable import QuarryValidation

/// §5.2.2.1 Operation Name Uniqueness.
@Suite struct OperationNameUniquenessRuleTests {
    @Test func differentNamesAreValid() {
        // Example № 110.
        #expect(errors(of: OperationNameUniquenessRule.self, in: """
            query getDogName {
              dog {
                name
              }
            }

            query getOwnerName {
              dog {
                owner {
                  name
                }
              }
            }
            """) == [])
    }

    @Test func twoOperationsMustNotShareAName() {
        // Counter example № 111.
        #expect(errors(of: OperationNameUniquenessRule.self, in: """
            query getName {
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
            """) == ["1:7, 7:7: There can be only one operation named \"getName\"."])
    }

    @Test func evenWhenTheirKindsDiffer() {
        // Counter example № 112.
        #expect(errors(of: OperationNameUniquenessRule.self, in: """
            query dogOperation {
              dog {
                name
              }
            }

            mutation dogOperation {
              mutateDog {
                id
              }
            }
            """) == ["1:7, 7:10: There can be only one operation named \"dogOperation\"."])
    }

    @Test func eachRepeatPointsAtTheFirst() {
        #expect(errors(of: OperationNameUniquenessRule.self, in: """
            query A { dog { name } }
            query B { dog { name } }
            subscription A { newMessage { body } }
            query A { dog { name } }
            """) == [
            "1:7, 3:14: There can be only one operation named \"A\".",
            "1:7, 4:7: There can be only one operation named \"A\".",
        ])
    }

    @Test func anonymousOperationsAndFragmentsDoNotCount() {
        #expect(errors(of: OperationNameUniquenessRule.self, in: """
            { dog { name } }
            { dog { name } }
            query F { dog { ...F } }
            fragment F on Dog { name }
            """) == [])
    }
}
