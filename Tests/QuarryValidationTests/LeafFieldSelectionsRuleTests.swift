import Testing

@testable import QuarryValidation

/// §5.3.3 Leaf Field Selections.
@Suite struct LeafFieldSelectionsRuleTests {
    @Test func leavesHaveNoSubselection() {
        // Example № 132 and counter example № 133.
        #expect(errors(of: LeafFieldSelectionsRule.self, in: """
            fragment scalarSelection on Dog {
              barkVolume
            }
            """) == [])
        #expect(errors(of: LeafFieldSelectionsRule.self, in: """
            fragment scalarSelectionsNotAllowedOnInt on Dog {
              barkVolume {
                sinceWhen
              }
            }
            """) == ["2:14: Field \"barkVolume\" must not have a selection since type \"Int\" has no subfields."])
    }

    @Test func objectsInterfacesAndUnionsNeedOne() {
        // Counter example № 135 and example № 136.
        #expect(errors(of: LeafFieldSelectionsRule.self, in: """
            query directQueryOnObjectWithoutSubFields {
              human
            }

            query directQueryOnInterfaceWithoutSubFields {
              pet
            }

            query directQueryOnUnionWithoutSubFields {
              catOrDog
            }
            """) == [
            "2:3: Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?",
            "6:3: Field \"pet\" of type \"Pet\" must have a selection of subfields. Did you mean \"pet { ... }\"?",
            "10:3: Field \"catOrDog\" of type \"CatOrDog\" must have a selection of subfields."
                + " Did you mean \"catOrDog { ... }\"?",
        ])
        #expect(errors(of: LeafFieldSelectionsRule.self, in: """
            query directQueryOnObjectWithSubFields {
              human {
                name
              }
            }
            """) == [])
    }

    @Test func theMessageNamesTheWrappedType() {
        #expect(errors(of: LeafFieldSelectionsRule.self, in: """
            {
              human { pets }
              dog { name { length } doesKnowCommand(dogCommand: SIT) { why } }
              __typename { x }
              __schema { types { kind { x } } }
            }
            """) == [
            "2:11: Field \"pets\" of type \"[Pet!]\" must have a selection of subfields. Did you mean \"pets { ... }\"?",
            "3:14: Field \"name\" must not have a selection since type \"String!\" has no subfields.",
            "3:58: Field \"doesKnowCommand\" must not have a selection since type \"Boolean!\" has no subfields.",
            "4:14: Field \"__typename\" must not have a selection since type \"String!\" has no subfields.",
            "5:27: Field \"kind\" must not have a selection since type \"__TypeKind!\" has no subfields.",
        ])
    }

    @Test func unknownFieldsAreNotConcerned() {
        #expect(errors(of: LeafFieldSelectionsRule.self, in: "{ dog { unknown unknownToo { x } } }") == [])
    }
}
