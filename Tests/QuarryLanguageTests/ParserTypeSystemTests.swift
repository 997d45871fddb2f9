import Testing
@testable import QuarryLanguage

/// Type-system documents (spec §3, Appendix B "Type System"): every definition and extension
/// parsed into the AST, descriptions included, and every position where one can go wrong.
@Suite("Parser: type system")
struct ParserTypeSystemTests {
    @Test func schemaDefinition() throws {
        let text = "\"The schema.\" schema @a @b(x: 1) { query: Q mutation: M, subscription: S }"
        let document = try parsed(text)
        guard case .schema(let schema) = document.definitions[0] else {
            Issue.record("not a schema definition")
            return
        }
        #expect(schema.description?.value == "The schema.")
        #expect(render(schema.directives) == "@a @b(x: 1)")
        #expect(schema.operationTypes.map(\.operation) == [.query, .mutation, .subscription])
        #expect(schema.operationTypes.map(\.type.value) == ["Q", "M", "S"])
        #expect(Source(text).text(schema.operationTypes[1].range) == "mutation: M")
        #expect(Source(text).text(schema.range) == text)
        #expect(!document.definitions[0].isExecutable)
    }

    @Test func scalarDefinition() throws {
        let text = "\"\"\"\n  A URL.\n\"\"\"\nscalar URL @specifiedBy(url: \"https://url.spec.whatwg.org\")"
        guard case .scalar(let scalar) = try Nodes.type(try parsed(text).definitions[0]) else {
            Issue.record("not a scalar")
            return
        }
        #expect(scalar.description?.value == "A URL." && scalar.description?.isBlock == true)
        #expect(scalar.name.value == "URL")
        #expect(render(scalar.directives) == "@specifiedBy(url: \"https://url.spec.whatwg.org\")")
        #expect(Source(text).text(scalar.range) == text)
    }

    @Test func objectTypeDefinition() throws {
        let text = """
            "An order." type Order implements & Node & Entity @key(fields: "id") {
              "The id." id: ID!
              items("How many." first: Int = 10 @deprecated, after: String): [Item!]! @cost(weight: 2)
              total: Decimal
            }
            """
        let source = Source(text)
        guard case .object(let object) = try Nodes.type(try parsed(text).definitions[0]) else {
            Issue.record("not an object type")
            return
        }
        #expect(object.description?.value == "An order.")
        #expect(object.name.value == "Order")
        #expect(object.interfaces.map(\.value) == ["Node", "Entity"])
        #expect(render(object.directives) == "@key(fields: \"id\")")
        #expect(object.fields.map(\.name.value) == ["id", "items", "total"])
        #expect(object.fields.map { render($0.type) } == ["ID!", "[Item!]!", "Decimal"])
        #expect(object.fields.map { $0.description?.value } == ["The id.", nil, nil])
        let items = object.fields[1]
        #expect(items.arguments.map(\.name.value) == ["first", "after"])
        #expect(items.arguments.map { $0.description?.value } == ["How many.", nil])
        #expect(items.arguments.map { $0.defaultValue.map(render) } == ["10", nil])
        #expect(render(items.arguments[0].directives) == "@deprecated")
        #expect(render(items.directives) == "@cost(weight: 2)")
        #expect(source.text(items.range) == "items(\"How many.\" first: Int = 10 @deprecated, after: String): [Item!]! @cost(weight: 2)")
        #expect(source.text(items.arguments[0].range) == "\"How many.\" first: Int = 10 @deprecated")
        #expect(source.text(object.fields[0].range) == "\"The id.\" id: ID!")
        #expect(source.text(object.range) == text)
    }

    @Test func objectTypeWithoutFields() throws {
        guard case .object(let object) = try Nodes.type(try parsed("type Empty @d").definitions[0]) else {
            Issue.record("not an object type")
            return
        }
        #expect(object.fields.isEmpty && object.interfaces.isEmpty && render(object.directives) == "@d")
    }

    @Test func interfaceDefinition() throws {
        let text = "\"A resource.\" interface Resource implements Node & Entity @d { id: ID! url(scheme: String = \"https\"): String }"
        guard case .interface(let interface) = try Nodes.type(try parsed(text).definitions[0]) else {
            Issue.record("not an interface")
            return
        }
        #expect(interface.description?.value == "A resource.")
        #expect(interface.name.value == "Resource")
        #expect(interface.interfaces.map(\.value) == ["Node", "Entity"])
        #expect(render(interface.directives) == "@d")
        #expect(interface.fields.map(\.name.value) == ["id", "url"])
        #expect(interface.fields[1].arguments.map { $0.defaultValue.map(render) } == ["\"https\""])
    }

    @Test(arguments: [
        ("union U = A | B", ["A", "B"], ""), ("union U = | A | B | C", ["A", "B", "C"], ""),
        ("union U @d = A", ["A"], "@d"), ("union U @d", [], "@d"), ("union U", [], ""),
        ("union U =\n  | A\n  | B", ["A", "B"], ""),
    ])
    func unionDefinitions(text: String, members: [String], directives: String) throws {
        guard case .union(let union) = try Nodes.type(try parsed(text).definitions[0]) else {
            Issue.record("not a union")
            return
        }
        #expect(union.name.value == "U")
        #expect(union.types.map(\.value) == members)
        #expect(render(union.directives) == directives)
        #expect(Source(text).text(union.range) == text)
    }

    @Test func enumDefinition() throws {
        let text = "\"Status.\" enum Status @d { \"Placed.\" PLACED PAID @deprecated(reason: \"no\") \"\"\"Shipped.\"\"\" SHIPPED True nULL on }"
        guard case .enumeration(let enumeration) = try Nodes.type(try parsed(text).definitions[0]) else {
            Issue.record("not an enum")
            return
        }
        #expect(enumeration.description?.value == "Status.")
        #expect(render(enumeration.directives) == "@d")
        #expect(enumeration.values.map(\.name.value) == ["PLACED", "PAID", "SHIPPED", "True", "nULL", "on"])
        #expect(enumeration.values.map { $0.description?.value } == ["Placed.", nil, "Shipped.", nil, nil, nil])
        #expect(render(enumeration.values[1].directives) == "@deprecated(reason: \"no\")")
        #expect(Source(text).text(enumeration.values[0].range) == "\"Placed.\" PLACED")
    }

    @Test func inputObjectDefinition() throws {
        let text = "\"Filter.\" input OrderFilter @oneOf { \"By id.\" id: ID @d, status: [Status!] = [PLACED, PAID] and: [OrderFilter!] = [{id: \"1\"}] }"
        guard case .inputObject(let input) = try Nodes.type(try parsed(text).definitions[0]) else {
            Issue.record("not an input object")
            return
        }
        #expect(input.description?.value == "Filter.")
        #expect(render(input.directives) == "@oneOf")
        #expect(input.fields.map(\.name.value) == ["id", "status", "and"])
        #expect(input.fields.map { render($0.type) } == ["ID", "[Status!]", "[OrderFilter!]"])
        #expect(input.fields.map { $0.defaultValue.map(render) } == [nil, "[enum:PLACED, enum:PAID]", "[{id: \"1\"}]"])
        #expect(input.fields.map { $0.description?.value } == ["By id.", nil, nil])
        #expect(render(input.fields[0].directives) == "@d")
    }

    @Test func directiveDefinition() throws {
        let text = "\"Cost.\" directive @cost(\"Weight.\" weight: Int! = 1 @d, multipliers: [String!]) repeatable on | FIELD_DEFINITION | OBJECT"
        let document = try parsed(text)
        guard case .directive(let directive) = document.definitions[0] else {
            Issue.record("not a directive definition")
            return
        }
        #expect(directive.description?.value == "Cost.")
        #expect(directive.name.value == "cost")
        #expect(directive.isRepeatable)
        #expect(directive.arguments.map(\.name.value) == ["weight", "multipliers"])
        #expect(directive.arguments.map { $0.description?.value } == ["Weight.", nil])
        #expect(directive.arguments.map { $0.defaultValue.map(render) } == ["1", nil])
        #expect(directive.locations.map(\.value) == ["FIELD_DEFINITION", "OBJECT"])
        #expect(Source(text).text(directive.range) == text)
        guard case .directive(let plain) = try parsed("directive @skip(if: Boolean!) on FIELD").definitions[0] else {
            Issue.record("not a directive definition")
            return
        }
        #expect(!plain.isRepeatable && plain.locations.map(\.value) == ["FIELD"])
    }

    /// Every location of §3.13 DirectiveLocations, executable and type system.
    @Test(arguments: DirectiveLocation.allCases)
    func directiveLocations(location: DirectiveLocation) throws {
        guard case .directive(let directive) = try parsed("directive @d on \(location.rawValue)").definitions[0] else {
            Issue.record("not a directive definition")
            return
        }
        #expect(directive.locations.map(\.value) == [location.rawValue])
    }

    @Test func allLocationsTogether() throws {
        let text = "directive @d on " + DirectiveLocation.allCases.map(\.rawValue).joined(separator: "\n  | ")
        guard case .directive(let directive) = try parsed(text).definitions[0] else {
            Issue.record("not a directive definition")
            return
        }
        #expect(directive.locations.count == 19)
    }

    // MARK: Extensions (§3.3.2, §3.5.1, §3.6.3, §3.7.1, §3.8.1, §3.9.1, §3.10.1)

    @Test func schemaExtensions() throws {
        let document = try parsed("extend schema @a\nextend schema { mutation: M }\nextend schema @b { subscription: S }")
        var shapes: [String] = []
        for definition in document.definitions {
            guard case .schemaExtension(let schema) = definition else {
                Issue.record("not a schema extension")
                return
            }
            shapes.append(render(schema.directives) + "|" + schema.operationTypes.map { "\($0.operation):\($0.type)" }.joined())
        }
        #expect(shapes == ["@a|", "|mutation:M", "@b|subscription:S"])
    }

    @Test(arguments: [
        ("extend scalar S @d", "scalar S @d"),
        ("extend type T implements I", "type T implements I"),
        ("extend type T implements & I & J @d { f: Int }", "type T implements I J @d { f }"),
        ("extend type T @d", "type T @d"),
        ("extend type T { f: Int g: [T] }", "type T { f g }"),
        ("extend interface I implements J", "interface I implements J"),
        ("extend interface I @d", "interface I @d"),
        ("extend interface I { f: Int }", "interface I { f }"),
        ("extend union U = A | B", "union U = A B"),
        ("extend union U @d", "union U @d"),
        ("extend union U @d = | A", "union U @d = A"),
        ("extend enum E { A B }", "enum E { A B }"),
        ("extend enum E @d", "enum E @d"),
        ("extend input I { a: Int = 1 }", "input I { a }"),
        ("extend input I @d", "input I @d"),
    ])
    func typeExtensions(text: String, shape: String) throws {
        let definition = try parsed(text).definitions[0]
        let type = try Nodes.typeExtension(definition)
        #expect(Self.shape(type) == shape)
        #expect(type.description == nil)
        #expect(Source(text).text(definition.range) == text)
    }

    /// A compact summary of a type definition: kind, name, interfaces, directives, members.
    static func shape(_ type: TypeDefinition) -> String {
        func join(_ parts: [String]) -> String { parts.filter { !$0.isEmpty }.joined(separator: " ") }
        switch type {
        case .scalar(let node):
            return join(["scalar", node.name.value, render(node.directives)])
        case .object(let node):
            return join([
                "type", node.name.value, node.interfaces.isEmpty ? "" : "implements " + node.interfaces.map(\.value).joined(separator: " "),
                render(node.directives), node.fields.isEmpty ? "" : "{ " + node.fields.map(\.name.value).joined(separator: " ") + " }",
            ])
        case .interface(let node):
            return join([
                "interface", node.name.value,
                node.interfaces.isEmpty ? "" : "implements " + node.interfaces.map(\.value).joined(separator: " "),
                render(node.directives), node.fields.isEmpty ? "" : "{ " + node.fields.map(\.name.value).joined(separator: " ") + " }",
            ])
        case .union(let node):
            return join([
                "union", node.name.value, render(node.directives),
                node.types.isEmpty ? "" : "= " + node.types.map(\.value).joined(separator: " "),
            ])
        case .enumeration(let node):
            return join([
                "enum", node.name.value, render(node.directives),
                node.values.isEmpty ? "" : "{ " + node.values.map(\.name.value).joined(separator: " ") + " }",
            ])
        case .inputObject(let node):
            return join([
                "input", node.name.value, render(node.directives),
                node.fields.isEmpty ? "" : "{ " + node.fields.map(\.name.value).joined(separator: " ") + " }",
            ])
        }
    }

    @Test func definitionsWithDescriptions() throws {
        let text = """
            "s" schema { query: Q }
            "a" scalar A
            "b" type B
            "c" interface C
            "d" union D
            "e" enum E
            "f" input F
            "g" directive @g on FIELD
            """
        let document = try parsed(text)
        var descriptions: [String?] = []
        for definition in document.definitions {
            switch definition {
            case .schema(let node): descriptions.append(node.description?.value)
            case .type(let node): descriptions.append(node.description?.value)
            case .directive(let node): descriptions.append(node.description?.value)
            default: Issue.record("unexpected definition")
            }
        }
        #expect(descriptions == ["s", "a", "b", "c", "d", "e", "f", "g"])
        #expect(document.definitions.allSatisfy { !$0.isExecutable })
    }

    /// Type-system and executable definitions may share a document (validation refuses the mix
    /// in a request, not the parser: SEMANTICS.md §10.1).
    @Test func mixedDocument() throws {
        let document = try parsed("type Query { a: Int } { a } extend type Query { b: Int } fragment F on Query { b }")
        #expect(document.definitions.map(\.isExecutable) == [false, true, false, true])
    }

    // MARK: Errors in every position

    @Test(arguments: [
        ErrorCase("schema", 1, 7, "Expected \"{\", found <EOF>."),
        ErrorCase("schema {}", 1, 9, "Expected Name, found \"}\"."),
        ErrorCase("schema { query }", 1, 16, "Expected \":\", found \"}\"."),
        ErrorCase("schema { query: }", 1, 17, "Expected Name, found \"}\"."),
        ErrorCase("schema { foo: Bar }", 1, 10, "Unexpected Name \"foo\"."),
        ErrorCase("schema { : Bar }", 1, 10, "Expected Name, found \":\"."),
        ErrorCase("schema { query: Query, 1: X }", 1, 24, "Expected Name, found Int \"1\"."),
        ErrorCase("schema { query: Query", 1, 22, "Expected Name, found <EOF>."),
        ErrorCase("schema @ { query: Q }", 1, 10, "Expected Name, found \"{\"."),
        ErrorCase("schema @d(x: $v) { query: Q }", 1, 14, "Unexpected variable \"$v\" in constant value."),
        ErrorCase("schema { foo 😀", 1, 14, "Unexpected character: U+1F600."),
        ErrorCase("schema { query: Q } }", 1, 21, "Unexpected \"}\"."),
        ErrorCase("scalar", 1, 7, "Expected Name, found <EOF>."),
        ErrorCase("scalar 1", 1, 8, "Expected Name, found Int \"1\"."),
        ErrorCase("scalar S @", 1, 11, "Expected Name, found <EOF>."),
        ErrorCase("scalar S @d(x: $v)", 1, 16, "Unexpected variable \"$v\" in constant value."),
        ErrorCase("scalar S @d(x:)", 1, 15, "Unexpected \")\"."),
        ErrorCase("scalar S {", 1, 11, "Expected Name, found <EOF>."),
        ErrorCase("type", 1, 5, "Expected Name, found <EOF>."),
        ErrorCase("type T {}", 1, 9, "Expected Name, found \"}\"."),
        ErrorCase("type T { a }", 1, 12, "Expected \":\", found \"}\"."),
        ErrorCase("type T { a: }", 1, 13, "Expected Name, found \"}\"."),
        ErrorCase("type T { a(): Int }", 1, 12, "Expected Name, found \")\"."),
        ErrorCase("type T { a(b): Int }", 1, 13, "Expected \":\", found \")\"."),
        ErrorCase("type T { a(b:): Int }", 1, 14, "Expected Name, found \")\"."),
        ErrorCase("type T { a(b: Int = $v): Int }", 1, 21, "Unexpected variable \"$v\" in constant value."),
        ErrorCase("type T { a(b: Int = ): Int }", 1, 21, "Unexpected \")\"."),
        ErrorCase("type T { a(b: Int @d(x: $v)): Int }", 1, 25, "Unexpected variable \"$v\" in constant value."),
        ErrorCase("type T implements { a: Int }", 1, 19, "Expected Name, found \"{\"."),
        ErrorCase("type T implements A & { a: Int }", 1, 23, "Expected Name, found \"{\"."),
        ErrorCase("type T implements & { a: Int }", 1, 21, "Expected Name, found \"{\"."),
        ErrorCase("type T implements A, B { a: Int }", 1, 22, "Unexpected Name \"B\"."),
        ErrorCase("type T implements A && B { a: Int }", 1, 22, "Expected Name, found \"&\"."),
        ErrorCase("type T { a: Int } }", 1, 19, "Unexpected \"}\"."),
        ErrorCase("type T { a: [Int }", 1, 18, "Expected \"]\", found \"}\"."),
        ErrorCase("type T { a: Int! ! }", 1, 18, "Expected Name, found \"!\"."),
        ErrorCase("type T { \"desc\" }", 1, 17, "Expected Name, found \"}\"."),
        ErrorCase("type T { a: Int \"desc\" }", 1, 24, "Expected Name, found \"}\"."),
        ErrorCase("type T { a: Int @d(x: $v) }", 1, 23, "Unexpected variable \"$v\" in constant value."),
        ErrorCase("type T @d(x: $v) { a: Int }", 1, 14, "Unexpected variable \"$v\" in constant value."),
        ErrorCase("type T { a: Int", 1, 16, "Expected Name, found <EOF>."),
        ErrorCase("type T { a: Int, b }", 1, 20, "Expected \":\", found \"}\"."),
        ErrorCase("type T { a: Int = 1 }", 1, 17, "Expected Name, found \"=\"."),
        ErrorCase("type T = A", 1, 8, "Unexpected \"=\"."),
        ErrorCase("type 1", 1, 6, "Expected Name, found Int \"1\"."),
        ErrorCase("type T @ { a: Int }", 1, 10, "Expected Name, found \"{\"."),
        ErrorCase("interface", 1, 10, "Expected Name, found <EOF>."),
        ErrorCase("interface I {}", 1, 14, "Expected Name, found \"}\"."),
        ErrorCase("interface I { a }", 1, 17, "Expected \":\", found \"}\"."),
        ErrorCase("interface I implements { a: Int }", 1, 24, "Expected Name, found \"{\"."),
        ErrorCase("interface I implements & & A { a: Int }", 1, 26, "Expected Name, found \"&\"."),
        ErrorCase("union", 1, 6, "Expected Name, found <EOF>."),
        ErrorCase("union U =", 1, 10, "Expected Name, found <EOF>."),
        ErrorCase("union U = |", 1, 12, "Expected Name, found <EOF>."),
        ErrorCase("union U = | |", 1, 13, "Expected Name, found \"|\"."),
        ErrorCase("union U = A |", 1, 14, "Expected Name, found <EOF>."),
        ErrorCase("union U = A || B", 1, 14, "Expected Name, found \"|\"."),
        ErrorCase("union U @d = A & B", 1, 16, "Unexpected \"&\"."),
        ErrorCase("union U = 1", 1, 11, "Expected Name, found Int \"1\"."),
        ErrorCase("union U @ = A", 1, 11, "Expected Name, found \"=\"."),
        ErrorCase("enum", 1, 5, "Expected Name, found <EOF>."),
        ErrorCase("enum E {}", 1, 9, "Expected Name, found \"}\"."),
        ErrorCase("enum E { true }", 1, 10, "Name \"true\" is reserved and cannot be used for an enum value."),
        ErrorCase("enum E { A, null }", 1, 13, "Name \"null\" is reserved and cannot be used for an enum value."),
        ErrorCase("enum E { false }", 1, 10, "Name \"false\" is reserved and cannot be used for an enum value."),
        ErrorCase("enum E { A B", 1, 13, "Expected Name, found <EOF>."),
        ErrorCase("enum E { 1 }", 1, 10, "Expected Name, found Int \"1\"."),
        ErrorCase("enum E { \"d\" }", 1, 14, "Expected Name, found \"}\"."),
        ErrorCase("enum E { A = 1 }", 1, 12, "Expected Name, found \"=\"."),
        ErrorCase("enum E { A(x: 1) }", 1, 11, "Expected Name, found \"(\"."),
        ErrorCase("enum E { A @d(x: $v) }", 1, 18, "Unexpected variable \"$v\" in constant value."),
        ErrorCase("enum E { \"d\" true }", 1, 14, "Name \"true\" is reserved and cannot be used for an enum value."),
        ErrorCase("input", 1, 6, "Expected Name, found <EOF>."),
        ErrorCase("input I {}", 1, 10, "Expected Name, found \"}\"."),
        ErrorCase("input I { a }", 1, 13, "Expected \":\", found \"}\"."),
        ErrorCase("input I { a: Int = }", 1, 20, "Unexpected \"}\"."),
        ErrorCase("input I { a(b: Int): Int }", 1, 12, "Expected \":\", found \"(\"."),
        ErrorCase("input I { a: Int = $v }", 1, 20, "Unexpected variable \"$v\" in constant value."),
        ErrorCase("input I { a: Int = {b: $v} }", 1, 24, "Unexpected variable \"$v\" in constant value."),
        ErrorCase("input I { a: }", 1, 14, "Expected Name, found \"}\"."),
        ErrorCase("directive", 1, 10, "Expected \"@\", found <EOF>."),
        ErrorCase("directive d on FIELD", 1, 11, "Expected \"@\", found Name \"d\"."),
        ErrorCase("directive @d", 1, 13, "Expected \"on\", found <EOF>."),
        ErrorCase("directive @d on", 1, 16, "Expected Name, found <EOF>."),
        ErrorCase("directive @d on FOO", 1, 17, "Unexpected Name \"FOO\"."),
        ErrorCase("directive @d on field", 1, 17, "Unexpected Name \"field\"."),
        ErrorCase("directive @d on FIELD |", 1, 24, "Expected Name, found <EOF>."),
        ErrorCase("directive @d on | | FIELD", 1, 19, "Expected Name, found \"|\"."),
        ErrorCase("directive @d on FIELD || QUERY", 1, 24, "Expected Name, found \"|\"."),
        ErrorCase("directive @d repeatable", 1, 24, "Expected \"on\", found <EOF>."),
        ErrorCase("directive @d on FIELD repeatable", 1, 23, "Unexpected Name \"repeatable\"."),
        ErrorCase("directive @d() on FIELD", 1, 14, "Expected Name, found \")\"."),
        ErrorCase("directive @d(a) on FIELD", 1, 15, "Expected \":\", found \")\"."),
        ErrorCase("directive @d(a: Int = $v) on FIELD", 1, 23, "Unexpected variable \"$v\" in constant value."),
        ErrorCase("directive @d on FIELD_😀", 1, 23, "Unexpected character: U+1F600."),
        ErrorCase("directive @d on FOO 😀", 1, 21, "Unexpected character: U+1F600."),
        ErrorCase("directive @d on FIELD | FOO", 1, 25, "Unexpected Name \"FOO\"."),
        ErrorCase("directive @d repeatable repeatable on FIELD", 1, 25, "Expected \"on\", found Name \"repeatable\"."),
        ErrorCase("directive @d on 1", 1, 17, "Expected Name, found Int \"1\"."),
        ErrorCase("directive @d on \"FIELD\"", 1, 17, "Expected Name, found String \"FIELD\"."),
        ErrorCase("extend", 1, 7, "Unexpected <EOF>."),
        ErrorCase("extend foo", 1, 8, "Unexpected Name \"foo\"."),
        ErrorCase("extend schema", 1, 14, "Unexpected <EOF>."),
        ErrorCase("extend schema {}", 1, 16, "Expected Name, found \"}\"."),
        ErrorCase("extend schema { query }", 1, 23, "Expected \":\", found \"}\"."),
        ErrorCase("extend schema @d {", 1, 19, "Expected Name, found <EOF>."),
        ErrorCase("extend scalar S", 1, 16, "Unexpected <EOF>."),
        ErrorCase("extend scalar S {", 1, 17, "Unexpected \"{\"."),
        ErrorCase("extend type T", 1, 14, "Unexpected <EOF>."),
        ErrorCase("extend type T {}", 1, 16, "Expected Name, found \"}\"."),
        ErrorCase("extend type T implements", 1, 25, "Expected Name, found <EOF>."),
        ErrorCase("extend interface I", 1, 19, "Unexpected <EOF>."),
        ErrorCase("extend interface I {}", 1, 21, "Expected Name, found \"}\"."),
        ErrorCase("extend union U", 1, 15, "Unexpected <EOF>."),
        ErrorCase("extend union U =", 1, 17, "Expected Name, found <EOF>."),
        ErrorCase("extend union U = |", 1, 19, "Expected Name, found <EOF>."),
        ErrorCase("extend enum E", 1, 14, "Unexpected <EOF>."),
        ErrorCase("extend enum E {}", 1, 16, "Expected Name, found \"}\"."),
        ErrorCase("extend input I", 1, 15, "Unexpected <EOF>."),
        ErrorCase("extend input I {}", 1, 17, "Expected Name, found \"}\"."),
        ErrorCase("extend directive @d on FIELD", 1, 8, "Unexpected Name \"directive\"."),
        ErrorCase("extend type", 1, 12, "Expected Name, found <EOF>."),
        ErrorCase("extend 1", 1, 8, "Unexpected Int \"1\"."),
        ErrorCase("extend type T @d(x: $v)", 1, 21, "Unexpected variable \"$v\" in constant value."),
        ErrorCase("extend extend type T @d", 1, 8, "Unexpected Name \"extend\"."),
        ErrorCase("type T { a: Int } extend", 1, 25, "Unexpected <EOF>."),
        ErrorCase("extend scalar S @d extend", 1, 26, "Unexpected <EOF>."),
        ErrorCase("extend type T { a(b: Int = $c): Int }", 1, 28, "Unexpected variable \"$c\" in constant value."),
    ])
    func syntaxErrors(_ errorCase: ErrorCase) {
        expectSyntaxError(errorCase)
    }
}
