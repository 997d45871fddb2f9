import Testing

@testable import QuarryValidation

/// §5.6.2 Input Object Field Names.
@Suite struct InputObjectFieldNamesRuleTests {
    let rule = InputObjectFieldNamesRule.self

    func check(_ query: String) -> [String] { errors(of: rule, in: query, schema: extendedExampleSchema) }

    @Test func specExamples() {
        #expect(check("""
            {
              findDog(complex: { name: "Fido" })
            }
            """) == [])
        #expect(check("""
            {
              findDog(complex: { favoriteCookieFlavor: "Bacon" })
            }
            """) == ["2:22: Field \"favoriteCookieFlavor\" is not defined by type \"ComplexInput\"."])
    }

    /// A list where one input object is expected is §5.6.1's to report; its items are not
    /// looked into.
    @Test func nestedObjectsListsAndDefaultValues() {
        #expect(check("""
            query ($v: NestedInput = { inner: { nam: "x" }, extra: 1 }) {
              values(nested: { list: [{ requiredField: true, owner: "o", age: 3 }], oneOf: { c: 1 } }, oneOfs: { d: 1 })
              findDog(complex: [{ name: "x" }, { nickname: "y" }]) { name }
            }
            """) == [
            "1:37: Field \"nam\" is not defined by type \"ComplexInput\".",
            "1:49: Field \"extra\" is not defined by type \"NestedInput\".",
            "2:62: Field \"age\" is not defined by type \"ComplexInput\".",
            "2:82: Field \"c\" is not defined by type \"OneOfInput\".",
            "2:102: Field \"d\" is not defined by type \"OneOfInput\".",
        ])
    }

    @Test func onlyInputObjectPositionsAreChecked() {
        // A custom scalar takes any object; an object where a scalar is expected, or at an
        // unknown place, is another rule's to report.
        #expect(check("""
            {
              values(json: { anything: 1 }, id: { a: 1 })
              arguments { intArgField(intArg: { b: 2 }) unknownArg: intArgField(unknown: { c: 3 }) }
              findDog(complex: { inner: { name: 1 } }) { name }
            }
            """) == ["4:22: Field \"inner\" is not defined by type \"ComplexInput\"."])
    }
}
