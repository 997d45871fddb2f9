import Testing

@testable import QuarryValidation

/// §5.6.3 Input Object Field Uniqueness.
@Suite struct InputObjectFieldUniquenessRuleTests {
    let rule = InputObjectFieldUniquenessRule.self

    @Test func specExample() {
        #expect(errors(of: rule, in: """
            {
              field(arg: { field: true, field: false })
            }
            """) == ["2:16, 2:29: There can be only one input field named \"field\"."])
    }

    @Test func distinctFieldsAndSeparateObjects() {
        #expect(errors(of: rule, in: """
            query ($v: ComplexInput = { name: "a", owner: "b" }) {
              findDog(complex: { name: "a", owner: "b", requiredField: true }) { name }
              values(oneOfs: [{ a: "x" }, { a: "y" }], nested: { inner: { name: "a" }, list: [{ name: "b" }] })
            }
            """) == [])
    }

    @Test func everyRepetitionAtEveryDepth() {
        #expect(errors(of: rule, in: """
            query ($v: ComplexInput = { name: "a", name: "b" }) {
              findDog(complex: { name: "a", name: "b", name: "c" }) { name }
              values(nested: { inner: { owner: "x", owner: "y" }, list: [{ name: "b", name: "c" }] })
              dog { name @include(if: { x: 1, x: 2 }) }
            }
            """) == [
            "1:29, 1:40: There can be only one input field named \"name\".",
            "2:22, 2:33: There can be only one input field named \"name\".",
            "2:22, 2:44: There can be only one input field named \"name\".",
            "3:29, 3:41: There can be only one input field named \"owner\".",
            "3:64, 3:75: There can be only one input field named \"name\".",
            "4:29, 4:35: There can be only one input field named \"x\".",
        ])
    }
}
