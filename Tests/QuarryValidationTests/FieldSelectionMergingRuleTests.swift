import Foundation
import QuarryLanguage
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

    /// More than `ConflictFinder.pairwiseLimit` fields of one head are merged rather than
    /// compared pair by pair; what is found and where must not change.
    @Test func manyFieldsOfOneHeadAreMergedWithTheSameFindings() {
        func dogs(_ special: [Int: String]) -> String {
            "{\n" + (0..<10).map { "  dog { \(special[$0] ?? "a\($0): barkVolume") }\n" }.joined() + "}\n"
        }
        #expect(errors(of: rule, in: dogs([3: "x: name", 7: "x: nickname"])) == [
            "5:3, 5:9, 9:3, 9:9: Fields \"dog\" conflict because subfields \"x\" conflict because \"name\" and "
                + "\"nickname\" are different fields." + suffix
        ])
        // Through fragments spread in two of them.
        #expect(errors(of: rule, in: dogs([2: "...A", 8: "...B"]) + """
            fragment A on Dog { x: name }
            fragment B on Dog { x: barkVolume }
            """) == [
            "4:3, 13:21, 10:3, 14:21: Fields \"dog\" conflict because subfields \"x\" conflict because \"name\" and "
                + "\"barkVolume\" are different fields." + suffix
        ])
        // A conflict inside one of them is that selection's own, reported there.
        #expect(errors(of: rule, in: dogs([5: "x: name x: nickname"])) == [
            "7:9, 7:17: Fields \"x\" conflict because \"name\" and \"nickname\" are different fields." + suffix
        ])
        // Two levels down.
        let humans = "{\n" + (0..<10).map { index in
            "  human { pets { \(index == 1 ? "name" : index == 6 ? "name: __typename" : "a\(index): name") } }\n"
        }.joined() + "}"
        #expect(errors(of: rule, in: humans) == [
            "3:3, 3:11, 3:18, 8:3, 8:11, 8:18: Fields \"human\" conflict because subfields \"pets\" conflict because "
                + "subfields \"name\" conflict because \"name\" and \"__typename\" are different fields." + suffix
        ])
        // No conflict at all, and identical copies.
        #expect(errors(of: rule, in: dogs([:])) == [])
        #expect(errors(of: rule, in: "{ " + String(repeating: "dog { name owner { name } } ", count: 20) + "}") == [])
    }

    /// More than `ConflictFinder.pairwiseLimit` fragments in a set (or pairs of fragments in two
    /// sub-selections) are grouped by response name rather than compared pair by pair.
    @Test func manyFragmentsAreGroupedWithTheSameFindings() {
        func fragments(_ prefix: String, _ count: Int, _ special: [Int: String]) -> String {
            (0..<count).map { "fragment \(prefix)\($0) on Dog { \(special[$0] ?? "\(prefix.lowercased())\($0): name") }\n" }
                .joined()
        }
        let spreads = (0..<10).map { "...F\($0)" }.joined(separator: " ")
        #expect(errors(of: rule, in: "{ dog { \(spreads) } }\n" + fragments("F", 10, [3: "x: name", 7: "x: nickname"])) == [
            "5:22, 9:22: Fields \"x\" conflict because \"name\" and \"nickname\" are different fields." + suffix
        ])
        #expect(errors(of: rule, in: "{ dog { x: name \(spreads) } }\n" + fragments("F", 10, [5: "x: nickname"])) == [
            "1:9, 7:22: Fields \"x\" conflict because \"name\" and \"nickname\" are different fields." + suffix
        ])
        #expect(errors(of: rule, in: """
            {
              dog { ...A0 ...A1 ...A2 }
              dog { ...B0 ...B1 ...B2 }
            }

            """ + fragments("A", 3, [1: "x: name"]) + fragments("B", 3, [2: "x: nickname"])) == [
            "2:3, 6:22, 3:3, 10:22: Fields \"dog\" conflict because subfields \"x\" conflict because \"name\" and "
                + "\"nickname\" are different fields." + suffix
        ])
        #expect(errors(of: rule, in: "{ dog { \(spreads) } }\n" + fragments("F", 10, [:])) == [])
    }

    /// Fields that are the same in every respect are held once, so a conflict with several of
    /// them is reported once, with the first (graphql-js reports it once per copy).
    @Test func identicalFieldsConflictOnce() {
        #expect(errors(of: rule, in: "{ dog { x: name x: name x: nickname } }") == [
            "1:9, 1:25: Fields \"x\" conflict because \"name\" and \"nickname\" are different fields." + suffix
        ])
        let dogs = "{\n" + (0..<10).map { index in
            "  dog { \(index == 1 || index == 5 ? "x: name" : index == 9 ? "x: nickname" : "a\(index): name") }\n"
        }.joined() + "}"
        #expect(errors(of: rule, in: dogs) == [
            "3:3, 3:9, 11:3, 11:9: Fields \"dog\" conflict because subfields \"x\" conflict because \"name\" and "
                + "\"nickname\" are different fields." + suffix
        ])
    }

    /// A document that keeps finding conflicts stops after `ConflictFinder.limit` of them; the
    /// report itself stops earlier, at the validation error limit.
    @Test func conflictsStopAtTheLimit() {
        let text = "{ dog { " + (0..<1100).map { "x: doesKnowCommand(dogCommand: $v\($0)) " }.joined() + "} }"
        let found = errors(of: rule, in: text)
        #expect(ConflictFinderLimit.value > ValidationContext.maximumErrors)
        #expect(found.count == ValidationContext.maximumErrors + 1)
        #expect(found.last == ": Too many validation errors, error limit reached. Validation aborted.")
    }

    /// Many fields of one response name with different sub-selections: merged, not compared
    /// pair by pair (two thousand would make two million pairs).
    @Test func manyFieldsOfOneNameAreAnsweredQuickly() {
        let start = Date()
        #expect(errors(of: rule, in: "{ " + (0..<2000).map { "dog { a\($0): name } " }.joined() + "}") == [])
        #expect(errors(of: rule, in: "{ " + (0..<500).map { "dog { owner { a\($0): name } } " }.joined() + "}") == [])
        let seconds = Date().timeIntervalSince(start)
        #expect(seconds < 2, "took \(seconds) s")
    }

    /// SEMANTICS.md §10.10: fragments are never expanded. In the first document each of 30
    /// fragments spreads the next one twice, in two sub-selections that must be merged (2^30
    /// fields once expanded); in the second two chains of 40 spread each other's next fragments
    /// (2^40), so that every pair of fragments is comparable. Each is validated by this rule and
    /// by every specified rule in well under a second, debug build included.
    @Test func hostileSpreadsAreAnsweredQuickly() {
        var doubled = "{ dog { ...F0 } }\n"
        for level in 0..<30 {
            let next = level < 29 ? "...F\(level + 1)" : "name"
            doubled += "fragment F\(level) on Dog { a: owner { pets { ... on Dog { \(next) } } } "
            doubled += "a: owner { pets { ... on Dog { \(next) } } } }\n"
        }
        let depth = 40
        var text = "{ dog { ...A0 ...B0 } }\n"
        for level in 0..<depth {
            let next = level + 1 < depth ? "...A\(level + 1) ...B\(level + 1)" : "name"
            let swapped = level + 1 < depth ? "...B\(level + 1) ...A\(level + 1)" : "name"
            text += "fragment A\(level) on Dog { name owner { pets { ... on Dog { \(next) } } } "
            text += "owner { pets { ... on Dog { \(swapped) } } } }\n"
            text += "fragment B\(level) on Dog { nickname owner { pets { ... on Dog { \(swapped) } } } }\n"
        }
        for document in [doubled, text] {
            let source = Source(document)
            let parsed = try! parse(source)
            let start = Date()
            #expect(validate(parsed, source: source, schema: specExampleSchema, rules: [rule]).isEmpty)
            #expect(validate(parsed, source: source, schema: specExampleSchema).isEmpty)
            let seconds = Date().timeIntervalSince(start)
            #expect(seconds < 1, "took \(seconds) s")
        }

        // The same shape with a conflict between the last two fragments is found, once, from
        // the outermost selection that reaches it.
        let conflicting = text.replacingOccurrences(
            of: "fragment B\(depth - 1) on Dog { nickname", with: "fragment B\(depth - 1) on Dog { name: nickname")
        let found = errors(of: rule, in: conflicting)
        #expect(found.count == 1)
        #expect(found.first?.contains(": Fields \"owner\" conflict because subfields \"pets\" conflict") == true)
        #expect(found.first?.contains("subfields \"name\" conflict because \"name\" and \"nickname\" are different fields") == true)
    }
}
