import Testing

@testable import QuarrySchema

/// Each type-system validation rule (spec §3) with the exact message and location it reports.
@Suite struct TypeSystemRuleTests {
    @Test(arguments: [
        // §3 Names: `__` is reserved.
        ("type Query { __a: Int }", "1:14: Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection."),
        ("type Query { a: Int }\ntype __T { a: Int }", "2:6: Name \"__T\" must not begin with \"__\", which is reserved by GraphQL introspection."),
        // §3.6 objects: fields.
        ("type Query { a: Int }\ntype Empty", "2:6: Object type \"Empty\" must define one or more fields."),
        ("type Query { a: Int a: String }", "1:21: Field \"Query.a\" can only be defined once."),
        ("type Query { a: In }\ninput In { x: Int }",
         "1:14: The type of \"Query.a\" must be an output type but got \"In\"."),
        ("type Query { a(x: Query): Int }", "1:16: The type of \"Query.a(x:)\" must be an input type but got \"Query\"."),
        ("type Query { a(x: Int, x: Int): Int }", "1:24: Argument \"Query.a(x:)\" can only be defined once."),
        ("type Query { a(x: Int! @deprecated): Int }", "1:16: Required argument \"Query.a(x:)\" cannot be deprecated."),
        // §3.6 interfaces.
        ("type Query implements Query { a: Int }",
         "1:6: Type \"Query\" must only implement Interface types, it cannot implement \"Query\"."),
        ("type Query implements I & I { a: Int }\ninterface I { a: Int }", "1:6: Type \"Query\" can only implement \"I\" once."),
        ("type Query implements I { a: Int }\ninterface I { a: Int b: String }",
         "1:6: Interface field \"I.b\" expected but \"Query\" does not provide it."),
        ("type Query implements I { a: String }\ninterface I { a: Int }",
         "1:27: Interface field \"I.a\" expects type \"Int\" but \"Query.a\" is type \"String\"."),
        ("type Query implements I & J { a: Int }\ninterface I implements J { a: Int }\ninterface J { a: Int }\ninterface K implements K { a: Int }",
         "4:11: Type \"K\" cannot implement itself."),
        ("type Query implements I { a: Int }\ninterface I implements J { a: Int }\ninterface J { a: Int }",
         "1:6: Type \"Query\" must implement \"J\" because it is implemented by \"I\"."),
        ("type Query implements I { a(x: String): Int }\ninterface I { a(x: Int): Int }",
         "1:29: Interface field argument \"I.a(x:)\" expects type \"Int\" but \"Query.a(x:)\" is type \"String\"."),
        ("type Query implements I { a: Int }\ninterface I { a(x: Int): Int }",
         "1:27: Interface field argument \"I.a(x:)\" expected but \"Query.a\" does not provide it."),
        ("type Query implements I { a(y: Int!): Int }\ninterface I { a: Int }",
         "1:29: Argument \"Query.a(y:)\" must not be required because it is not declared by \"I.a\"."),
        // §3.8 unions.
        ("type Query { a: Int }\nunion U", "2:7: Union type \"U\" must define one or more member types."),
        ("type Query { a: Int }\nunion U = Query | Query", "2:7: Union type \"U\" can only include type \"Query\" once."),
        ("type Query { a: Int }\nunion U = I\ninterface I { a: Int }",
         "2:7: Union type \"U\" can only include Object types, it cannot include \"I\"."),
        // §3.9 enums.
        ("type Query { a: Int }\nenum E", "2:6: Enum type \"E\" must define one or more values."),
        ("type Query { a: Int }\nenum E { A A }", "2:12: Enum value \"E.A\" can only be defined once."),
        // §3.10 input objects.
        ("type Query { a: Int }\ninput I", "2:7: Input Object type \"I\" must define one or more fields."),
        ("type Query { a: Int }\ninput I { a: Int a: Int }", "2:18: Input field \"I.a\" can only be defined once."),
        ("type Query { a: Int }\ninput I { a: Query }", "2:11: The type of \"I.a\" must be an input type but got \"Query\"."),
        ("type Query { a: Int }\ninput I { a: Int! @deprecated }", "2:11: Required input field \"I.a\" cannot be deprecated."),
        ("type Query { a: Int }\ninput I @oneOf { a: Int! b: Int }", "2:18: OneOf input field \"I.a\" must be nullable."),
        ("type Query { a: Int }\ninput I @oneOf { a: Int = 1 b: Int }", "2:18: OneOf input field \"I.a\" cannot have a default value."),
        ("type Query { a: Int }\ninput I { j: J! }\ninput J { i: I! }",
         "2:7: Cannot reference Input Object \"I\" within itself through a series of non-null fields: \"j.i\"."),
        // §3.13 directives.
        ("type Query { a: Int @nope }", "1:22: Unknown directive \"@nope\"."),
        ("type Query { a: Int @specifiedBy(url: \"x\") }", "1:22: Directive \"@specifiedBy\" may not be used on FIELD_DEFINITION."),
        ("type Query { a: Int @deprecated @deprecated }",
         "1:34: The directive \"@deprecated\" can only be used once at this location."),
        ("type Query { a: Int @deprecated(why: \"x\") }", "1:22: Unknown argument \"why\" on directive \"@deprecated\"."),
        ("scalar S @specifiedBy\ntype Query { a: S }",
         "1:11: Directive \"@specifiedBy\" argument \"url\" of type \"String!\" is required, but it was not provided."),
        ("type Query { a: Int @deprecated(reason: 3) }", "1:22: String cannot represent a non string value: 3."),
        // Default values (§3.6.1, §3.10).
        ("type Query { a(x: Int = \"no\"): Int }",
         "1:16: Invalid default value for \"Query.a(x:)\": Int cannot represent non-integer value: \"no\"."),
        ("type Query { a(x: Int = 3000000000): Int }",
         "1:16: Invalid default value for \"Query.a(x:)\": Int cannot represent non 32-bit signed integer value: 3000000000."),
        ("type Query { a(x: E = C): Int }\nenum E { A B }", "1:16: Invalid default value for \"Query.a(x:)\": Value \"C\" does not exist in \"E\" enum."),
        ("type Query { a(x: I = {}): Int }\ninput I { r: Int! }",
         "1:16: Invalid default value for \"Query.a(x:)\": Field \"I.r\" of required type \"Int!\" was not provided."),
        // §3.3.1 root types.
        ("schema { query: Q }\nscalar Q", "2:8: Query root type must be Object type, it cannot be \"Q\"."),
    ])
    func rule(sdl: String, expected: String) {
        #expect(errors(sdl) == ["schema/test.graphql:" + expected])
    }
}
