import Testing

@testable import QuarryValidation

/// §5.6.1 Values of Correct Type.
@Suite struct ValuesOfCorrectTypeRuleTests {
    let rule = ValuesOfCorrectTypeRule.self

    func check(_ query: String) -> [String] { errors(of: rule, in: query, schema: extendedExampleSchema) }

    @Test func specValidExamples() {
        #expect(check("""
            fragment goodBooleanArg on Arguments {
              booleanArgField(booleanArg: true)
            }

            fragment coercedIntIntoFloatArg on Arguments {
              # Note: The input coercion rules for Float allow Int literals.
              floatArgField(floatArg: 123)
            }

            query goodComplexDefaultValue($search: ComplexInput = { name: "Fido" }) {
              findDog(complex: $search)
            }
            """) == [])
    }

    @Test func specInvalidExamples() {
        #expect(check("""
            fragment stringIntoInt on Arguments {
              intArgField(intArg: "123")
            }

            query badComplexValue {
              findDog(complex: { name: 123 })
            }
            """) == [
            "2:23: Int cannot represent non-integer value: \"123\".",
            "6:28: String cannot represent a non string value: 123.",
        ])
    }

    /// SEMANTICS.md §10.6: an Int outside 32 bits and a Float that is not a finite double.
    @Test func numbersMustFit() {
        #expect(check("""
            {
              arguments {
                a: intArgField(intArg: 2147483647)
                b: intArgField(intArg: -2147483648)
                c: floatArgField(floatArg: 1.7976931348623157e308)
                d: floatArgField(floatArg: -5e-324)
                e: floatArgField(floatArg: 12345678901234567890)
              }
            }
            """) == [])
        #expect(check("""
            {
              arguments {
                a: intArgField(intArg: 2147483648)
                b: intArgField(intArg: -2147483649)
                c: intArgField(intArg: 1.0)
                d: floatArgField(floatArg: 1e400)
                e: floatArgField(floatArg: -1e309)
                f: floatArgField(floatArg: "1.5")
              }
            }
            """) == [
            "3:28: Int cannot represent non 32-bit signed integer value: 2147483648.",
            "4:28: Int cannot represent non 32-bit signed integer value: -2147483649.",
            "5:28: Int cannot represent non-integer value: 1.0.",
            "6:32: Float cannot represent non numeric value: 1e400.",
            "7:32: Float cannot represent non numeric value: -1e309.",
            "8:32: Float cannot represent non numeric value: \"1.5\".",
        ])
    }

    @Test func stringsBooleansIDsAndEnums() {
        #expect(check("""
            {
              a: values(string: "x", id: "1", float: 1, command: HEEL)
              b: values(id: 1, string: \"""block\""")
              dog { doesKnowCommand(dogCommand: SIT) }
            }
            """) == [])
        #expect(check("""
            {
              a: values(string: X, id: 1.5, command: "SIT")
              b: values(command: JUMP, id: true)
              dog { isHouseTrained(atOtherHomes: "true") }
            }
            """) == [
            "2:21: String cannot represent a non string value: X.",
            "2:28: ID cannot represent a non-string and non-integer value: 1.5.",
            "2:42: Enum \"DogCommand\" cannot represent non-enum value: \"SIT\".",
            "3:22: Value \"JUMP\" does not exist in \"DogCommand\" enum.",
            "3:32: ID cannot represent a non-string and non-integer value: true.",
            "4:38: Boolean cannot represent a non boolean value: \"true\".",
        ])
    }

    @Test func nullOnlyWhereNullable() {
        #expect(check("{ arguments { booleanArgField(booleanArg: null) } values(required: [], ints: [null, [null]]) }") == [])
        #expect(check("""
            {
              arguments { nonNullBooleanArgField(nonNullBooleanArg: null) }
              booleanList(booleanListArg: [true, null])
              findDog(complex: { requiredField: null }) { name }
            }
            """) == [
            "2:57: Expected value of non-null type \"Boolean!\", found null.",
            "3:38: Expected value of non-null type \"Boolean!\", found null.",
            "4:37: Expected value of non-null type \"Boolean!\", found null.",
        ])
    }

    @Test func listsAndNestedInputObjects() {
        // A single value stands for a list of one, at any depth of lists.
        #expect(check("""
            {
              a: values(required: 1, ints: 2, nested: { list: { requiredField: true } })
              b: values(required: [1, 2], ints: [[1], 2, [3, null]])
              arguments { booleanListArgField(booleanListArg: true) }
            }
            """) == [])
        #expect(check("""
            {
              a: values(required: [1, "2"], ints: [[1, true], 2.5])
              b: values(nested: { inner: { name: 1, requiredField: "no" }, list: [{ requiredField: true }, 3] })
              c: values(nested: [{ number: "3" }])
              d: findDog(complex: [1]) { name }
            }
            """) == [
            "2:27: Int cannot represent non-integer value: \"2\".",
            "2:44: Int cannot represent non-integer value: true.",
            "2:51: Int cannot represent non-integer value: 2.5.",
            "3:38: String cannot represent a non string value: 1.",
            "3:56: Boolean cannot represent a non boolean value: \"no\".",
            "3:96: Expected value of type \"ComplexInput!\", found 3.",
            "4:21: Expected value of type \"NestedInput\", found [{number: \"3\"}].",
            "5:23: Expected value of type \"ComplexInput\", found [1].",
        ])
    }

    @Test func customScalarsAcceptAnyLiteral() {
        #expect(check("""
            { values(json: { a: [1, "two", THREE, null, { b: 1e400 }], c: 99999999999 }) }
            """) == [])
        #expect(check("{ values(json: 1) a: values(json: X) b: values(json: [true]) }") == [])
    }

    @Test func variablesAreNotCheckedHere() {
        #expect(check("""
            query ($b: Boolean, $s: String) {
              arguments { intArgField(intArg: $b) }
              findDog(complex: { name: $b, requiredField: $s }) { name }
              values(ints: [[$s]])
            }
            """) == [])
    }

    @Test func defaultValuesOfVariables() {
        #expect(check("""
            query ($a: Int = 1, $b: [Int!] = [1, 2], $c: ComplexInput = { requiredField: false }, $d: Int = null) {
              dog { name }
            }
            """) == [])
        #expect(check("""
            query ($a: Int = "1", $b: [Int!] = [1, null], $c: Boolean! = null, $d: DogCommand = SITS) {
              dog { name }
            }
            """) == [
            "1:18: Int cannot represent non-integer value: \"1\".",
            "1:40: Expected value of non-null type \"Int!\", found null.",
            "1:62: Expected value of non-null type \"Boolean!\", found null.",
            "1:85: Value \"SITS\" does not exist in \"DogCommand\" enum.",
        ])
    }

    @Test func directiveArguments() {
        #expect(check("{ dog { name @include(if: \"yes\") nickname @skip(if: 1) } }") == [
            "1:27: Boolean cannot represent a non boolean value: \"yes\".",
            "1:53: Boolean cannot represent a non boolean value: 1.",
        ])
        // An unknown directive's arguments have no type: the field's are not borrowed.
        #expect(check("{ dog { doesKnowCommand(dogCommand: SIT) @unknown(dogCommand: \"x\") } }") == [])
    }

    @Test func unknownArgumentsAndFieldsAreOtherRulesConcern() {
        #expect(check("""
            {
              arguments { intArgField(other: "x") }
              findDog(complex: { unknown: 1, requiredField: true }) { name }
              unknownField(a: 1)
            }
            """) == [])
    }

    /// §3.10.1 "OneOf Input Objects": exactly one field, not null.
    @Test func oneOfInputObjects() {
        #expect(check("""
            query ($a: String) {
              a: findByOneOf(by: { a: "x" }) { name }
              b: findByOneOf(by: { b: 1 }) { name }
              c: findByOneOf(by: { a: $a }) { name }
              values(nested: { oneOf: { b: 2 } }, oneOfs: [{ a: "y" }, { b: 3 }])
            }
            """) == [])
        #expect(check("""
            {
              a: findByOneOf(by: { a: "x", b: 1 }) { name }
              b: findByOneOf(by: {}) { name }
              c: findByOneOf(by: { a: null }) { name }
              d: findByOneOf(by: { b: "x" }) { name }
              values(nested: { oneOf: { } }, oneOfs: [{ a: "y", b: null }])
            }
            """) == [
            "2:22: OneOf Input Object \"OneOfInput\" must specify exactly one key.",
            "3:22: OneOf Input Object \"OneOfInput\" must specify exactly one key.",
            "4:22: Field \"OneOfInput.a\" must be non-null.",
            "5:27: Int cannot represent non-integer value: \"x\".",
            "6:27: OneOf Input Object \"OneOfInput\" must specify exactly one key.",
            "6:43: OneOf Input Object \"OneOfInput\" must specify exactly one key.",
        ])
    }
}
