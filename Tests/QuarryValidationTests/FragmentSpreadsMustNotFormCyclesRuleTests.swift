import Foundation
import QuarryLanguage
import Testing

@testable import QuarryValidation

/// §5.5.2.2 Fragment Spreads Must Not Form Cycles.
@Suite struct FragmentSpreadsMustNotFormCyclesRuleTests {
    @Test func anInfiniteSpread() {
        // Counter example № 154: the error is located at every spread along the cycle.
        #expect(errors(of: FragmentSpreadsMustNotFormCyclesRule.self, in: """
            {
              dog {
                ...nameFragment
              }
            }

            fragment nameFragment on Dog {
              name
              ...barkVolumeFragment
            }

            fragment barkVolumeFragment on Dog {
              barkVolume
              ...nameFragment
            }
            """) == ["9:3, 14:3: Cannot spread fragment \"nameFragment\" within itself via \"barkVolumeFragment\"."])
    }

    @Test func anInfiniteRecursionOverCyclicData() {
        // Counter example № 156: spreads nested in fields count.
        #expect(errors(of: FragmentSpreadsMustNotFormCyclesRule.self, in: """
            {
              dog {
                ...dogFragment
              }
            }

            fragment dogFragment on Dog {
              name
              owner {
                ...ownerFragment
              }
            }

            fragment ownerFragment on Human {
              name
              pets {
                ...dogFragment
              }
            }
            """) == ["10:5, 17:5: Cannot spread fragment \"dogFragment\" within itself via \"ownerFragment\"."])
    }

    @Test func aFragmentSpreadingItself() {
        #expect(errors(of: FragmentSpreadsMustNotFormCyclesRule.self, in: """
            fragment F on Dog { ...F }
            fragment G on Dog { ... on Dog { ...G } }
            """) == [
            "1:21: Cannot spread fragment \"F\" within itself.",
            "2:34: Cannot spread fragment \"G\" within itself.",
        ])
    }

    @Test func sharedFragmentsAreNotCycles() {
        // A diamond, and the same fragment spread twice.
        #expect(errors(of: FragmentSpreadsMustNotFormCyclesRule.self, in: """
            { dog { ...A } }
            fragment A on Dog { ...B ...C ...D }
            fragment B on Dog { ...D }
            fragment C on Dog { ...D ...D }
            fragment D on Dog { name ...Undefined }
            """) == [])
    }

    @Test func eachCycleIsReportedOnce() {
        #expect(errors(of: FragmentSpreadsMustNotFormCyclesRule.self, in: """
            fragment A on Dog { ...B }
            fragment B on Dog { ...C ...A }
            fragment C on Dog { ...A }
            fragment X on Dog { ...Y }
            fragment Y on Dog { ...X }
            """) == [
            "1:21, 2:21, 3:21: Cannot spread fragment \"A\" within itself via \"B\", \"C\".",
            "1:21, 2:26: Cannot spread fragment \"A\" within itself via \"B\".",
            "4:21, 5:21: Cannot spread fragment \"X\" within itself via \"Y\".",
        ])
    }

    @Test func aCycleEnteredFromOutside() {
        // A leads into the cycle B → C → B, which is reported once, without A.
        #expect(errors(of: FragmentSpreadsMustNotFormCyclesRule.self, in: """
            fragment A on Dog { ...B }
            fragment B on Dog { ...C }
            fragment C on Dog { ...B }
            """) == ["2:21, 3:21: Cannot spread fragment \"B\" within itself via \"C\"."])
    }

    @Test func aLongCycleIsFoundWithoutRecursion() {
        // 20 000 fragments in one cycle: one error with a location per spread, and no stack
        // overflow.
        let count = 20_000
        var text = ""
        for index in 0..<count { text += "fragment F\(index) on Dog { ...F\((index + 1) % count) }\n" }
        let source = Source(text)
        let document = try! parse(source)
        let found = validate(document, source: source, schema: specExampleSchema, rules: [FragmentSpreadsMustNotFormCyclesRule.self])
        #expect(found.count == 1)
        #expect(found.first?.locations.count == count)
        #expect(found.first?.locations.first.map { "\($0.line):\($0.column)" } == "1:22")
        #expect(found.first?.locations.last.map { "\($0.line):\($0.column)" } == "\(count):26")
    }

    @Test func manyPathsAreExploredOnce() {
        // Every fragment spreads every later one: exponentially many paths, no cycle; the search
        // visits each fragment once.
        let count = 300
        var text = ""
        for index in 0..<count {
            let spreads = (index + 1..<count).map { "...F\($0)" }.joined(separator: " ")
            text += "fragment F\(index) on Dog { name \(spreads) }\n"
        }
        let started = Date()
        #expect(errors(of: FragmentSpreadsMustNotFormCyclesRule.self, in: text) == [])
        #expect(Date().timeIntervalSince(started) < 5)
    }
}
