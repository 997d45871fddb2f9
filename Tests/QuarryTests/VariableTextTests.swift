import Testing
import QuarryExecution
import QuarryLanguage

@testable import Quarry

/// `--var` and URL-parameter texts typed by the declared type (SEMANTICS.md §14.3, §15.3).
@Suite struct VariableTextTests {
    let typing = VariableText(schema: sample.snapshot.schema)

    /// The declared type of `$v` in a one-variable operation.
    func type(_ text: String) -> TypeReference {
        DeclaredVariable.declared(in: "query($v: \(text)) { __typename }")![0].type
    }

    @Test(arguments: [
        ("ID!", "007", JSONValue.string("007")),
        ("String", "  spaced ", .string("  spaced ")),
        ("String", "", .string("")),
        ("Int", "-42", .number("-42")),
        ("Int!", "2147483647", .number("2147483647")),
        ("Float", "1.5e3", .number("1.5e3")),
        ("Float", "10", .number("10")),
        ("Boolean", "true", .bool(true)),
        ("Boolean!", "false", .bool(false)),
        ("OrderStatus", "SHIPPED", .string("SHIPPED")),
        ("Decimal", "035.50", .string("035.50")),
        ("Date", "2025-11-01", .string("2025-11-01")),
        ("[ID!]", #"["a","b"]"#, .array([.string("a"), .string("b")])),
        ("[OrderStatus!]!", "SHIPPED", .string("SHIPPED")),
        ("[Int]", "[1, null]", .array([.number("1"), .null])),
        ("OrderFilter", #"{"status":{"eq":"PAID"}}"#, .object([(key: "status", value: .object([(key: "eq", value: .string("PAID"))]))])),
    ])
    func typedByDeclaration(declared: String, text: String, expected: JSONValue) throws {
        #expect(try typing.value(text, as: type(declared), variable: "v") == expected)
    }

    @Test(arguments: [
        ("Int", "ten", #"expected an Int, got "ten"."#),
        ("Int", "2147483648", #"expected an Int, got "2147483648"."#),
        ("Int", "+5", #"expected an Int, got "+5"."#),
        ("Int", "1.0", #"expected an Int, got "1.0"."#),
        ("Float", "0x1p3", #"expected a Float, got "0x1p3"."#),
        ("Float", "inf", #"expected a Float, got "inf"."#),
        ("Float", ".5", #"expected a Float, got ".5"."#),
        ("Boolean", "yes", #"expected true or false, got "yes"."#),
        ("[ID]", "[a", #"expected a JSON list for [ID], got "[a"."#),
        ("OrderFilter", "status=PAID", #"expected a JSON object for OrderFilter, got "status=PAID"."#),
    ])
    func textThatDoesNotFit(declared: String, text: String, message: String) {
        #expect(throws: VariableInputError(variable: "v", message: message)) {
            try typing.value(text, as: type(declared), variable: "v")
        }
    }

    @Test func unknownEnumValueListsTheNames() throws {
        let error = try #require(throws: VariableInputError.self) { try typing.value("SENT", as: type("OrderStatus"), variable: "status") }
        #expect(error.description.hasPrefix("Variable $status: expected one of "))
        #expect(error.description.contains("SHIPPED"))
        #expect(error.description.hasSuffix(#"(OrderStatus), got "SENT"."#))
    }

    /// Without a schema a named type that is not built in is text, or JSON when it is an object.
    @Test func withoutSchema() throws {
        let plain = VariableText()
        #expect(try plain.value("NOPE", as: type("OrderStatus"), variable: "v") == .string("NOPE"))
        #expect(try plain.value(#"{"a":1}"#, as: type("OrderFilter"), variable: "v") == .object([(key: "a", value: .number("1"))]))
    }

    @Test func inputsMergeJSONThenTexts() throws {
        let declared = DeclaredVariable.declared(in: "query($a: Int, $b: String = \"x\", $c: ID!) { __typename }")
        let inputs = VariableInputs(declared: declared, schema: sample.snapshot.schema)
        let values = try inputs.collect(json: [(key: "a", value: .number("1")), (key: "c", value: .string("j"))],
                                        texts: [("a", "2"), ("b", "007")])
        #expect(values == ["a": .number("2"), "b": .string("007"), "c": .string("j")])
        #expect(throws: VariableInputError(variable: "c", message: "required (ID!) but not given.")) {
            try inputs.collect(texts: [("a", "3")])
        }
        #expect(throws: VariableInputError(variable: "zz", message: "the operation declares no variable $zz.")) {
            try inputs.collect(texts: [("zz", "3")])
        }
    }

    /// A document that does not parse: texts pass through, execution reports the syntax error.
    @Test func unknownDeclarationsPassTextsThrough() throws {
        #expect(DeclaredVariable.declared(in: "query($a: Int) {") == nil)
        #expect(try VariableInputs(declared: nil).collect(texts: [("a", "1")]) == ["a": .string("1")])
    }

    @Test func declarationsOfTheNamedOperation() throws {
        let text = "query A($x: Int = 3) { __typename } query B($y: [String!]! = [\"p\"]) { __typename }"
        let b = try #require(DeclaredVariable.declared(in: text, operationName: "B"))
        #expect(b.map(\.name) == ["y"])
        #expect(b[0].typeText == "[String!]!")
        #expect(b[0].defaultValueText == #"["p"]"#)
        #expect(!b[0].isRequired)
        #expect(DeclaredVariable.declared(in: text) == nil)
        #expect(DeclaredVariable.declared(in: "query A($x: Int = 3) { __typename }")?.first?.defaultValueText == "3")
        #expect(DeclaredVariable.declared(in: text, operationName: "C") == nil)
    }
}
