import QuarryLanguage
import QuarrySchema
import Testing

@testable import QuarryValidation

/// §5.5.2.3 Fragment Spread Is Possible.
@Suite struct FragmentSpreadIsPossibleRuleTests {
    @Test func objectSpreadsInObjectScope() {
        // §5.5.2.3.1: example № 157 and counter example № 158.
        #expect(errors(of: FragmentSpreadIsPossibleRule.self, in: """
            fragment dogFragment on Dog {
              ... on Dog {
                barkVolume
              }
            }
            """) == [])
        #expect(errors(of: FragmentSpreadIsPossibleRule.self, in: """
            fragment catInDogFragmentInvalid on Dog {
              ... on Cat {
                meowVolume
              }
            }
            """) == ["2:3: Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\"."])
        #expect(errors(of: FragmentSpreadIsPossibleRule.self, in: """
            fragment dogFragment on Dog { ...catFragment }
            fragment catFragment on Cat { meowVolume }
            """) == [
            "1:31: Fragment \"catFragment\" cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".",
        ])
    }

    @Test func abstractSpreadsInObjectScope() {
        // §5.5.2.3.2: examples № 159 and № 160.
        #expect(errors(of: FragmentSpreadIsPossibleRule.self, in: """
            fragment petNameFragment on Pet {
              name
            }

            fragment interfaceWithinObjectFragment on Dog {
              ...petNameFragment
            }

            fragment catOrDogNameFragment on CatOrDog {
              ... on Cat {
                meowVolume
              }
            }

            fragment unionWithObjectFragment on Dog {
              ...catOrDogNameFragment
            }
            """) == [])
        #expect(errors(of: FragmentSpreadIsPossibleRule.self, in: """
            fragment F on Dog { ... on Sentient { name } ... on HumanOrAlien { __typename } }
            """) == [
            "1:21: Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Sentient\".",
            "1:46: Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"HumanOrAlien\".",
        ])
    }

    @Test func objectSpreadsInAbstractScope() {
        // §5.5.2.3.3: example № 161 and counter example № 162.
        #expect(errors(of: FragmentSpreadIsPossibleRule.self, in: """
            fragment petFragment on Pet {
              name
              ... on Dog {
                barkVolume
              }
            }

            fragment catOrDogFragment on CatOrDog {
              ... on Cat {
                meowVolume
              }
            }
            """) == [])
        #expect(errors(of: FragmentSpreadIsPossibleRule.self, in: """
            fragment sentientFragment on Sentient {
              ... on Dog {
                barkVolume
              }
            }

            fragment humanOrAlienFragment on HumanOrAlien {
              ... on Cat {
                meowVolume
              }
            }
            """) == [
            "2:3: Fragment cannot be spread here as objects of type \"Sentient\" can never be of type \"Dog\".",
            "8:3: Fragment cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Cat\".",
        ])
    }

    @Test func abstractSpreadsInAbstractScope() {
        // §5.5.2.3.4: example № 163 and counter example № 164.
        #expect(errors(of: FragmentSpreadIsPossibleRule.self, in: """
            fragment unionWithInterface on Pet {
              ...dogOrHumanFragment
            }

            fragment dogOrHumanFragment on DogOrHuman {
              ... on Dog {
                barkVolume
              }
            }
            """) == [])
        #expect(errors(of: FragmentSpreadIsPossibleRule.self, in: """
            fragment nonIntersectingInterfaces on Pet {
              ...sentientFragment
            }

            fragment sentientFragment on Sentient {
              name
            }
            """) == [
            "2:3: Fragment \"sentientFragment\" cannot be spread here as objects of type \"Pet\""
                + " can never be of type \"Sentient\".",
        ])
        #expect(errors(of: FragmentSpreadIsPossibleRule.self, in: """
            fragment F on CatOrDog { ... on HumanOrAlien { __typename } ... on DogOrHuman { __typename } }
            """) == [
            "1:26: Fragment cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\".",
        ])
    }

    @Test func interfaceSpreadsInImplementedInterfaceScope() {
        // Example № 165: valid even though no object type implements `Resource`.
        let schema = try! SchemaBuilder.build(files: [Source("""
            type Query { node: Node }
            interface Node { id: ID! }
            interface Resource implements Node { id: ID! url: String }
            """, name: "nodes.graphql")])
        #expect(errors(of: FragmentSpreadIsPossibleRule.self, in: """
            fragment interfaceWithInterface on Node {
              ...resourceFragment
            }

            fragment resourceFragment on Resource {
              url
            }
            """, schema: schema) == [])
    }

    @Test func spreadsAtTheRootOfOperations() {
        #expect(errors(of: FragmentSpreadIsPossibleRule.self, in: """
            query Q { ...OnQuery ... on Dog { name } }
            fragment OnQuery on Query { dog { name } }
            """) == ["1:22: Fragment cannot be spread here as objects of type \"Query\" can never be of type \"Dog\"."])
    }

    @Test func unknownTypesAndFragmentsAreOtherRulesErrors() {
        #expect(errors(of: FragmentSpreadIsPossibleRule.self, in: """
            { dog { ...Undefined ...OnUnknown ... on Unknown { name } ... on Int { x } } }
            fragment OnUnknown on Unknown { name }
            """) == [])
    }
}
