import Testing

@testable import QuarryValidation

/// §5.6.4 Input Object Required Fields.
@Suite struct InputObjectRequiredFieldsRuleTests {
    let rule = InputObjectRequiredFieldsRule.self

    func check(_ query: String) -> [String] { errors(of: rule, in: query, schema: extendedExampleSchema) }

    @Test func requiredFieldsGiven() {
        // A non-null field with a default value (`withDefault: Int! = 3`) is optional.
        #expect(check("""
            query ($v: ComplexInput = { requiredField: true }) {
              findDog(complex: { requiredField: false, name: "Fido" }) { name }
              values(nested: { number: 1, list: [{ requiredField: true }] })
            }
            """) == [])
    }

    /// Reported at the object. A list where one input object is expected (`[{}]`) is §5.6.1's.
    @Test func missingRequiredFields() {
        #expect(check("""
            query ($v: ComplexInput = { name: "a" }) {
              findDog(complex: { name: "Fido" }) { name }
              values(nested: { inner: {}, list: [{ requiredField: true }, { owner: "o" }] })
              a: findDog(complex: [{}]) { name }
            }
            """) == [
            "1:27: Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.",
            "2:20: Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.",
            "3:27: Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.",
            "3:63: Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.",
        ])
    }

    @Test func nullIsReportedByValuesOfCorrectTypeAlone() {
        #expect(check("{ findDog(complex: { requiredField: null }) { name } }") == [])
    }
}
