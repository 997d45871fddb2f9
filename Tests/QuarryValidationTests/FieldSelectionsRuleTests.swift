import Testing

@testable import QuarryValidation

/// §5.3.1 Field Selections.
@Suite struct FieldSelectionsRuleTests {
    @Test func fieldsMustBeDefinedOnTheType() {
        // Counter example № 121: an alias does not change the field selected.
        #expect(errors(of: FieldSelectionsRule.self, in: """
            fragment fieldNotDefined on Dog {
              meowVolume
            }

            fragment aliasedLyingFieldTargetNotDefined on Dog {
              barkVolume: kawVolume
            }
            """) == [
            "2:3: Cannot query field \"meowVolume\" on type \"Dog\".",
            "6:3: Cannot query field \"kawVolume\" on type \"Dog\".",
        ])
    }

    @Test func interfacesOfferOnlyTheirOwnFields() {
        // Example № 122 and counter example № 123.
        #expect(errors(of: FieldSelectionsRule.self, in: """
            fragment interfaceFieldSelection on Pet {
              name
            }
            """) == [])
        #expect(errors(of: FieldSelectionsRule.self, in: """
            fragment definedOnImplementersButNotInterface on Pet {
              nickname
            }
            """) == ["2:3: Cannot query field \"nickname\" on type \"Pet\"."])
    }

    @Test func unionsOfferOnlyTypename() {
        // Example № 124 and counter example № 125.
        #expect(errors(of: FieldSelectionsRule.self, in: """
            fragment inDirectFieldSelectionOnUnion on CatOrDog {
              __typename
              ... on Pet {
                name
              }
              ... on Dog {
                barkVolume
              }
            }
            """) == [])
        #expect(errors(of: FieldSelectionsRule.self, in: """
            fragment directFieldSelectionOnUnion on CatOrDog {
              name
              barkVolume
            }
            """) == [
            "2:3: Cannot query field \"name\" on type \"CatOrDog\".",
            "3:3: Cannot query field \"barkVolume\" on type \"CatOrDog\".",
        ])
    }

    @Test func metaFields() {
        // `__typename` everywhere; `__schema` and `__type` on the query type only.
        #expect(errors(of: FieldSelectionsRule.self, in: """
            {
              __typename
              __schema { queryType { name } }
              __type(name: "Dog") { name fields { name } }
              dog { __typename }
            }
            """) == [])
        #expect(errors(of: FieldSelectionsRule.self, in: """
            { dog { __schema { queryType { name } } __type(name: "Dog") { name } } }
            """) == [
            "1:9: Cannot query field \"__schema\" on type \"Dog\".",
            "1:41: Cannot query field \"__type\" on type \"Dog\".",
        ])
    }

    @Test func nothingIsReportedBelowAnUnknownFieldOrType() {
        #expect(errors(of: FieldSelectionsRule.self, in: """
            {
              unknown { alsoUnknown { deeper } }
              dog { name { notAnObject } }
            }
            fragment F on NotInSchema { anything }
            """) == ["2:3: Cannot query field \"unknown\" on type \"Query\"."])
    }

    @Test func theRootTypeIsTheScope() {
        #expect(errors(of: FieldSelectionsRule.self, in: """
            subscription S { newMessage { body } dog { name } }
            """) == ["1:38: Cannot query field \"dog\" on type \"Subscription\"."])
        // Without a mutation type there is no scope: §5.2.1.1 reports the operation instead.
        #expect(errors(of: FieldSelectionsRule.self, in: "mutation { anything }") == [])
    }
}
