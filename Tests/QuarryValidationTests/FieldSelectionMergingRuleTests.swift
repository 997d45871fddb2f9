import Foundation
import Testing

@testable import QuarryValidation

/// §5.3.2 Field Selection Merging.
@Suite struct FieldSelectionMergingRuleTests {
    let rule = FieldSelectionMergingRule.self
    let suffix = " Use different aliases on the fields to fetch both if this was intentional."

    @Test func specExamplesThatMerge() {
        #expect(errors(of: rule, in: """
            fragment mergeIdenticalFields on Dog {
              name
              name
            }

            fragment mergeIdenticalAliasesAndFields on Dog {
              otherName: name
              otherName: name
            }

            fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: SIT)
            }

            fragment mergeIdenticalFieldsWithIdenticalValues on Dog {
              doesKnowCommand(dogCommand: $dogCommand)
              doesKnowCommand(dogCommand: $dogCommand)
            }

            fragment safeDifferingFields on Pet {
              ... on Dog {
                volume: barkVolume
              }
              ... on Cat {
                volume: meowVolume
              }
            }

            fragment safeDifferingArgs on Pet {
              ... on Dog {
                doesKnowCommand(dogCommand: SIT)
              }
              ... on Cat {
                doesKnowCommand(catCommand: JUMP)
              }
            }
            """) == [])
    }

    @Test func specExampleConflictingBecauseAlias() {
        #expect(errors(of: rule, in: """
            fragment conflictingBecauseAlias on Dog {
              name: nickname
              name
            }
            """) == ["2:3, 3:3: Fields \"name\" conflict because \"nickname\" and \"name\" are different fields." + suffix])
    }

    @Test func specExamplesWithDifferingArguments() {
        #expect(errors(of: rule, in: """
            fragment conflictingArgsOnValues on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: HEEL)
            }

            fragment conflictingArgsValueAndVar on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: $dogCommand)
            }

            fragment conflictingArgsWithVars on Dog {
              doesKnowCommand(dogCommand: $varOne)
              doesKnowCommand(dogCommand: $varTwo)
            }

            fragment differingArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand
            }
            """) == [
            "2:3, 3:3: Fields \"doesKnowCommand\" conflict because they have differing arguments." + suffix,
            "7:3, 8:3: Fields \"doesKnowCommand\" conflict because they have differing arguments." + suffix,
            "12:3, 13:3: Fields \"doesKnowCommand\" conflict because they have differing arguments." + suffix,
            "17:3, 18:3: Fields \"doesKnowCommand\" conflict because they have differing arguments." + suffix,
        ])
    }

    @Test func specExampleConflictingDifferingResponses() {
        #expect(errors(of: rule, in: """
            fragment conflictingDifferingResponses on Pet {
              ... on Dog {
                someValue: nickname
              }
              ... on Cat {
                someValue: meowVolume
              }
            }
            """) == [
            "3:5, 6:5: Fields \"someValue\" conflict because they return conflicting types \"String\" and \"Int\"." + suffix
        ])
    }

    @Test func argumentsAreComparedAsSetsOfStructuralValues() {
        #expect(errors(of: rule, in: """
            {
              arguments { multipleRequirements(x: 1, y: 2) multipleRequirements(y: 2, x: 1) }
              findDog(complex: { name: "a", owner: "b" }) { name }
              findDog(complex: { owner: "b", name: "a" }) { name }
              booleanList(booleanListArg: [true, false])
              booleanList(booleanListArg: [true, false])
            }
            """) == [])
        #expect(errors(of: rule, in: """
            {
              booleanList(booleanListArg: [true, false])
              booleanList(booleanListArg: [false, true])
              findDog(complex: { name: "a" }) { name }
              findDog(complex: { name: "a", owner: null }) { name }
            }
            """) == [
            "2:3, 3:3: Fields \"booleanList\" conflict because they have differing arguments." + suffix,
            "4:3, 5:3: Fields \"findDog\" conflict because they have differing arguments." + suffix,
        ])
    }

    @Test func conflictsInSubSelectionsNameEveryField() {
        #expect(errors(of: rule, in: """
            {
              dog { x: name y: barkVolume }
              dog { x: nickname y: name }
            }
            """) == [
            "2:3, 2:9, 2:17, 3:3, 3:9, 3:21: Fields \"dog\" conflict because subfields \"x\" conflict because "
                + "\"name\" and \"nickname\" are different fields and subfields \"y\" conflict because \"barkVolume\" "
                + "and \"name\" are different fields." + suffix
        ])
    }

    @Test func deepConflictsNameTheWholePath() {
        #expect(errors(of: rule, in: """
            {
              human { pets { name } }
              human { pets { name: __typename } }
            }
            """) == [
            "2:3, 2:11, 2:18, 3:3, 3:11, 3:18: Fields \"human\" conflict because subfields \"pets\" conflict because "
                + "subfields \"name\" conflict because \"name\" and \"__typename\" are different fields." + suffix
        ])
    }

    @Test func conflictsThroughFragments() {
        // A field against a fragment's, two fragments spread together, and a fragment reached
        // through another one.
        #expect(errors(of: rule, in: """
            {
              dog {
                x: name
                ...A
                ...B
              }
            }
            fragment A on Dog { x: nickname ...C }
            fragment B on Dog { y: name }
            fragment C on Dog { y: barkVolume }
            """) == [
            "3:5, 8:21: Fields \"x\" conflict because \"name\" and \"nickname\" are different fields." + suffix,
            // C (through A) against B: the order graphql-js compares them in.
            "10:21, 9:21: Fields \"y\" conflict because \"barkVolume\" and \"name\" are different fields." + suffix,
        ])
    }

    @Test func conflictsInSubSelectionsThroughFragments() {
        #expect(errors(of: rule, in: """
            {
              dog { ...A }
              dog { ...B }
            }
            fragment A on Dog { x: name }
            fragment B on Dog { x: barkVolume }
            """) == [
            "2:3, 5:21, 3:3, 6:21: Fields \"dog\" conflict because subfields \"x\" conflict because \"name\" and "
                + "\"barkVolume\" are different fields." + suffix
        ])
    }

    @Test func parentsThatAreNotBothObjectTypesMustAgree() {
        // `Pet` is an interface: a `Dog` may be both, so the fields must be the same.
        #expect(errors(of: rule, in: """
            {
              pet {
                name
                ... on Dog { name: nickname }
              }
            }
            """) == ["3:5, 4:18: Fields \"name\" conflict because \"name\" and \"nickname\" are different fields." + suffix])
    }

    @Test func exclusiveParentsStillNeedTheSameShape() {
        #expect(errors(of: rule, in: """
            {
              catOrDog {
                ... on Dog { x: name }
                ... on Cat { x: nickname }
              }
              pet {
                ... on Dog { y: owner { name } }
                ... on Cat { y: nickname }
              }
            }
            """) == [
            "3:18, 4:18: Fields \"x\" conflict because they return conflicting types \"String!\" and \"String\"." + suffix,
            "7:18, 8:18: Fields \"y\" conflict because they return conflicting types \"Human\" and \"String\"." + suffix,
        ])
        // Different object types may take different fields and arguments when the shape agrees,
        // also below them.
        #expect(errors(of: rule, in: """
            {
              catOrDog {
                ... on Dog { x: name, n: doesKnowCommand(dogCommand: SIT) }
                ... on Cat { x: name, n: doesKnowCommand(catCommand: JUMP) }
              }
            }
            """) == [])
    }

    @Test func aConflictIsReportedOnceThoughSeenFromTwoSelectionSets() {
        // The dog's selection set holds the inline fragment's fields, which are compared again in
        // the inline fragment's own set (graphql-core reports this twice).
        #expect(errors(of: rule, in: "{ dog { ... on Dog { x: name x: nickname } } }") == [
            "1:22, 1:30: Fields \"x\" conflict because \"name\" and \"nickname\" are different fields." + suffix
        ])
    }

    @Test func unknownFieldsAndFragmentsAndCyclesAreHandled() {
        #expect(errors(of: rule, in: """
            {
              dog { x: unknown(a: 1) x: unknown(a: 1) ...Missing }
              dog { ...A }
            }
            fragment A on Dog { ...B name }
            fragment B on Dog { ...A name: nickname }
            """) == [
            "5:26, 6:26: Fields \"name\" conflict because \"name\" and \"nickname\" are different fields." + suffix
        ])
        #expect(errors(of: rule, in: "{ dog { x: unknown x: other } }") == [
            "1:9, 1:20: Fields \"x\" conflict because \"unknown\" and \"other\" are different fields." + suffix
        ])
    }

    /// SEMANTICS.md §10.10: fragments are never expanded. Each fragment spreads the next one
    /// twice, in two sub-selections that must be merged, so that expanding them would give 2^40
    /// fields; two parallel chains also make every pair of fragments comparable.
    @Test func hostileSpreadsAreAnsweredQuickly() {
        let depth = 40
        var text = "{ dog { ...A0 ...B0 } }\n"
        for level in 0..<depth {
            let next = level + 1 < depth ? "...A\(level + 1) ...B\(level + 1)" : "name"
            let swapped = level + 1 < depth ? "...B\(level + 1) ...A\(level + 1)" : "name"
            text += "fragment A\(level) on Dog { name owner { pets { ... on Dog { \(next) } } } "
            text += "owner { pets { ... on Dog { \(swapped) } } } }\n"
            text += "fragment B\(level) on Dog { nickname owner { pets { ... on Dog { \(swapped) } } } }\n"
        }
        let start = Date()
        #expect(errors(of: rule, in: text) == [])
        let seconds = Date().timeIntervalSince(start)
        #expect(seconds < 1, "took \(seconds) s")

        // The same shape with a conflict between the last two fragments is found, once, from
        // the outermost selection that reaches it.
        let conflicting = text.replacingOccurrences(
            of: "fragment B\(depth - 1) on Dog { nickname", with: "fragment B\(depth - 1) on Dog { name: nickname")
        let found = errors(of: rule, in: conflicting)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("Fields \"owner\" conflict because subfields \"pets\"") == false)
        #expect(found.first?.contains(": Fields \"owner\" conflict because subfields \"pets\" conflict") == true)
        #expect(found.first?.contains("subfields \"name\" conflict because \"name\" and \"nickname\" are different fields") == true)
    }
}
