import Testing
@testable import QuarryLanguage

/// Executable documents (spec §2.2–§2.12, Appendix B): every production parsed into the AST,
/// and every position where a document can go wrong.
@Suite("Parser: executable definitions")
struct ParserExecutableTests {
    // MARK: Operations (§2.3)

    @Test func shorthandQuery() throws {
        let text = "  { a }  "
        let document = try parsed(text)
        #expect(document.definitions.count == 1)
        let operation = try Nodes.operation(document.definitions[0])
        #expect(operation.operation == .query)
        #expect(operation.isShorthand)
        #expect(operation.name == nil && operation.description == nil)
        #expect(operation.variableDefinitions.isEmpty && operation.directives.isEmpty)
        #expect(Source(text).text(operation.range) == "{ a }")
        #expect(Source(text).text(document.range) == "{ a }")
        #expect(try Nodes.field(operation.selectionSet.selections[0]).name.value == "a")
    }

    @Test(arguments: OperationType.allCases)
    func operationTypes(type: OperationType) throws {
        let text = "\(type.rawValue) Named($v: Int) @d { a }"
        let operation = try Nodes.operation(try parsed(text).definitions[0])
        #expect(operation.operation == type)
        #expect(!operation.isShorthand)
        #expect(operation.name?.value == "Named")
        #expect(operation.variableDefinitions.map(\.variable.name.value) == ["v"])
        #expect(render(operation.directives) == "@d")
        #expect(Source(text).text(operation.range) == text)
        #expect(Source(text).text(try #require(operation.name).range) == "Named")
    }

    @Test func anonymousOperationWithKeyword() throws {
        let operation = try Nodes.operation(try parsed("query { a }").definitions[0])
        #expect(operation.name == nil)
        #expect(!operation.isShorthand)
    }

    @Test func severalDefinitionsKeepTheirOrderAndRanges() throws {
        let text = "# leading comment\nquery A { a }\nfragment F on T { b }\n{ c }\nmutation { d } # trailing"
        let source = Source(text)
        let document = try parsed(text)
        #expect(document.definitions.map { source.text($0.range) } == [
            "query A { a }", "fragment F on T { b }", "{ c }", "mutation { d }",
        ])
        #expect(source.text(document.range) == "query A { a }\nfragment F on T { b }\n{ c }\nmutation { d }")
        #expect(document.definitions.allSatisfy { $0.isExecutable })
    }

    // MARK: Variables (§2.10) and types (§2.11)

    @Test func variableDefinitions() throws {
        let text = """
            query Q($a: Int, $b: [String!]! = ["x", "y"], $c: In = {f: [1, 2.5, "s", true, null, ENUM]} @dir(x: 1) @e,
              $d: Boolean = false $e: [[ID]!] = null) { a }
            """
        let source = Source(text)
        let variables = try Nodes.operation(try parsed(text).definitions[0]).variableDefinitions
        #expect(variables.map(\.variable.name.value) == ["a", "b", "c", "d", "e"])
        #expect(variables.map { render($0.type) } == ["Int", "[String!]!", "In", "Boolean", "[[ID]!]"])
        #expect(variables.map { $0.defaultValue.map(render) } == [
            nil, "[\"x\", \"y\"]", "{f: [1, float:2.5, \"s\", true, null, enum:ENUM]}", "false", "null",
        ])
        #expect(variables.map { render($0.directives) } == ["", "", "@dir(x: 1) @e", "", ""])
        #expect(variables.allSatisfy { $0.description == nil })
        #expect(source.text(variables[1].range) == "$b: [String!]! = [\"x\", \"y\"]")
        #expect(source.text(variables[2].range) == "$c: In = {f: [1, 2.5, \"s\", true, null, ENUM]} @dir(x: 1) @e")
        #expect(source.text(variables[0].variable.range) == "$a")
        #expect(source.text(variables[1].type.range) == "[String!]!")
        #expect(source.text(variables[4].type.range) == "[[ID]!]")
        #expect(source.text(try #require(variables[2].defaultValue).range) == "{f: [1, 2.5, \"s\", true, null, ENUM]}")
    }

    @Test(arguments: [
        ("Int", "Int"), ("Int!", "Int!"), ("[Int]", "[Int]"), ("[Int!]", "[Int!]"), ("[Int]!", "[Int]!"),
        ("[Int!]!", "[Int!]!"), ("[[[Int!]]!]", "[[[Int!]]!]"), ("[ Int ! ] !", "[Int!]!"),
    ])
    func typeReferences(text: String, rendered: String) throws {
        let variable = try Nodes.operation(try parsed("query($v: \(text)) { a }").definitions[0]).variableDefinitions[0]
        #expect(render(variable.type) == rendered)
        #expect(variable.type.namedType.value == "Int")
    }

    // MARK: Selections (§2.4–§2.8)

    @Test func fieldsWithAliasesArgumentsDirectivesAndSelections() throws {
        let text = "{ alias: name(x: 1, y: $v) @skip(if: $s) @include(if: true) { sub { leaf } } plain, other: leaf }"
        let source = Source(text)
        let selections = try Nodes.operation(try parsed(text).definitions[0]).selectionSet.selections
        #expect(selections.count == 3)
        let first = try Nodes.field(selections[0])
        #expect(first.alias?.value == "alias" && first.name.value == "name" && first.responseKey == "alias")
        #expect(first.arguments.map { "\($0.name): \(render($0.value))" } == ["x: 1", "y: $v"])
        #expect(render(first.directives) == "@skip(if: $s) @include(if: true)")
        #expect(source.text(first.range) == "alias: name(x: 1, y: $v) @skip(if: $s) @include(if: true) { sub { leaf } }")
        #expect(source.text(first.arguments[1].range) == "y: $v")
        #expect(source.text(first.directives[0].range) == "@skip(if: $s)")
        let sub = try Nodes.field(try #require(first.selectionSet).selections[0])
        #expect(sub.name.value == "sub")
        #expect(try Nodes.field(try #require(sub.selectionSet).selections[0]).name.value == "leaf")
        #expect(source.text(try #require(first.selectionSet).range) == "{ sub { leaf } }")
        let plain = try Nodes.field(selections[1])
        #expect(plain.alias == nil && plain.arguments.isEmpty && plain.directives.isEmpty && plain.selectionSet == nil)
        #expect(plain.responseKey == "plain")
        #expect(try Nodes.field(selections[2]).responseKey == "other")
    }

    @Test func fragmentSpreadsAndInlineFragments() throws {
        let text = "{ ...F ...G @d(x: 1) ... on T { a } ... @include(if: $c) { b } ... { c } ... on on { e } ...onF }"
        let source = Source(text)
        let selections = try Nodes.operation(try parsed(text).definitions[0]).selectionSet.selections
        #expect(selections.count == 7)
        #expect(try Nodes.fragmentSpread(selections[0]).name.value == "F")
        let g = try Nodes.fragmentSpread(selections[1])
        #expect(g.name.value == "G" && render(g.directives) == "@d(x: 1)")
        #expect(source.text(g.range) == "...G @d(x: 1)")
        #expect(source.text(g.name.range) == "G")
        let onT = try Nodes.inlineFragment(selections[2])
        #expect(onT.typeCondition?.value == "T" && onT.directives.isEmpty)
        #expect(source.text(onT.range) == "... on T { a }")
        #expect(source.text(onT.selectionSet.range) == "{ a }")
        let conditional = try Nodes.inlineFragment(selections[3])
        #expect(conditional.typeCondition == nil && render(conditional.directives) == "@include(if: $c)")
        #expect(try Nodes.inlineFragment(selections[4]).typeCondition == nil)
        // `on` is the keyword after `...`, then a type that may itself be named `on`.
        #expect(try Nodes.inlineFragment(selections[5]).typeCondition?.value == "on")
        // A name that merely starts with `on` is a spread.
        #expect(try Nodes.fragmentSpread(selections[6]).name.value == "onF")
    }

    @Test func fragmentDefinitions() throws {
        let text = "fragment F on User @d(x: 1) @e { id ...G }"
        let fragment = try Nodes.fragment(try parsed(text).definitions[0])
        #expect(fragment.name.value == "F" && fragment.typeCondition.value == "User")
        #expect(render(fragment.directives) == "@d(x: 1) @e")
        #expect(fragment.selectionSet.selections.count == 2)
        #expect(fragment.description == nil)
        #expect(Source(text).text(fragment.range) == text)
        #expect(Source(text).text(fragment.typeCondition.range) == "User")
    }

    /// GraphQL has no reserved words: keywords are ordinary names wherever a Name is expected,
    /// but for a fragment's name (`on`) and enum values (`true`, `false`, `null`).
    @Test func keywordsAreNames() throws {
        let text = """
            query query($query: query = query) { query: mutation(fragment: on, on: null, true: false) { on subscription type } }
            fragment fragment on on { on }
            mutation mutation { ...fragment ... on query { schema } }
            """
        let document = try parsed(text)
        let operation = try Nodes.operation(document.definitions[0])
        #expect(operation.name?.value == "query")
        #expect(operation.variableDefinitions[0].defaultValue.map(render) == "enum:query")
        let field = try Nodes.field(operation.selectionSet.selections[0])
        #expect(field.alias?.value == "query" && field.name.value == "mutation")
        #expect(field.arguments.map { "\($0.name): \(render($0.value))" } == ["fragment: enum:on", "on: null", "true: false"])
        let fragment = try Nodes.fragment(document.definitions[1])
        #expect(fragment.name.value == "fragment" && fragment.typeCondition.value == "on")
        let mutation = try Nodes.operation(document.definitions[2])
        #expect(try Nodes.fragmentSpread(mutation.selectionSet.selections[0]).name.value == "fragment")
        #expect(try Nodes.inlineFragment(mutation.selectionSet.selections[1]).typeCondition?.value == "query")
    }

    // MARK: Values (§2.9)

    @Test(arguments: [
        ("1", "1"), ("-0", "-0"), ("-12", "-12"), ("1.5", "float:1.5"), ("-1.5e-3", "float:-1.5e-3"), ("1E3", "float:1E3"),
        ("\"s\"", "\"s\""), ("\"\\u{1F600}\\n\"", "\"😀\n\""), ("\"\"\"\n  block\n\"\"\"", "\"\"\"block\"\"\""),
        ("true", "true"), ("false", "false"), ("null", "null"), ("ENUM", "enum:ENUM"), ("True", "enum:True"),
        ("NULL", "enum:NULL"), ("$v", "$v"), ("[]", "[]"), ("{}", "{}"), ("[1 [2, [3]] {a: []}]", "[1, [2, [3]], {a: []}]"),
        ("{a: 1, b: {c: [$v, \"x\"]}, d: null}", "{a: 1, b: {c: [$v, \"x\"]}, d: null}"), ("{a: 1 a: 2}", "{a: 1, a: 2}"),
    ])
    func values(text: String, rendered: String) throws {
        let value = try #require(try Nodes.onlyField(try parsed("{ f(x: \(text)) }")).arguments.first).value
        #expect(render(value) == rendered)
        #expect(Source("{ f(x: \(text)) }").text(value.range) == text)
    }

    @Test func valuesKeepTheirParts() throws {
        let text = "{ f(x: [1, \"two\", {three: 3.0}]) }"
        let source = Source(text)
        guard case .list(let list) = try #require(try Nodes.onlyField(try parsed(text)).arguments.first).value else {
            Issue.record("not a list")
            return
        }
        #expect(list.values.map { source.text($0.range) } == ["1", "\"two\"", "{three: 3.0}"])
        guard case .object(let object) = list.values[2], case .string(let two) = list.values[1] else {
            Issue.record("not an object and a string")
            return
        }
        #expect(source.text(object.fields[0].range) == "three: 3.0")
        #expect(source.text(object.fields[0].name.range) == "three")
        #expect(two.value == "two" && !two.isBlock)
    }

    /// Constant positions (default values, directives on variable definitions) refuse variables
    /// at any depth; other positions accept them at any depth.
    @Test func variablesOnlyWhereValuesMayVary() throws {
        _ = try parsed("query($a: Int) @d(x: $a) { f(x: [{y: [$a]}]) @d(x: {y: $a}) ...F @d(x: $a) ... @d(x: $a) { g } }")
        _ = try parsed("fragment F on T @d(x: $a) { f(x: $a) }")
        #expect(syntaxError("query($a: Int = [{y: [$b]}]) { f }")?.message == "Unexpected variable \"$b\" in constant value.")
    }

    // MARK: Descriptions on executable definitions (September 2025, §2.3, §2.8, §2.10)

    @Test func descriptionsOnOperationsFragmentsAndVariables() throws {
        let text = """
            \"\"\"
              Loads an order.
                Indented line.
            \"\"\"
            query Order("The id." $id: ID!, $plain: Int, \"\"\"Block\"\"\" $b: Int = 1 @d) { order(id: $id) { ...F } }

            "Cancels." mutation { cancel }
            "Watches." subscription S("Which." $id: ID) { s }
            "Fields of an order. \\u{1F600}" fragment F on Order { id }
            \"\"\"Block.\"\"\"
            query { a }
            """
        let source = Source(text)
        let document = try parsed(text)
        let order = try Nodes.operation(document.definitions[0])
        #expect(order.description?.value == "Loads an order.\n  Indented line.")
        #expect(order.description?.isBlock == true)
        #expect(order.name?.value == "Order")
        #expect(source.text(order.range).hasPrefix("\"\"\"\n  Loads an order."))
        #expect(source.text(try #require(order.description).range) == "\"\"\"\n  Loads an order.\n    Indented line.\n\"\"\"")
        #expect(order.variableDefinitions.map { $0.description?.value } == ["The id.", nil, "Block"])
        #expect(order.variableDefinitions.map { $0.description?.isBlock } == [false, nil, true])
        #expect(source.text(order.variableDefinitions[0].range) == "\"The id.\" $id: ID!")
        #expect(render(order.variableDefinitions[2].directives) == "@d")
        let cancel = try Nodes.operation(document.definitions[1])
        #expect(cancel.description?.value == "Cancels." && cancel.operation == .mutation && cancel.name == nil)
        let watch = try Nodes.operation(document.definitions[2])
        #expect(watch.description?.value == "Watches." && watch.operation == .subscription)
        #expect(watch.variableDefinitions[0].description?.value == "Which.")
        let fragment = try Nodes.fragment(document.definitions[3])
        #expect(scalars(fragment.description?.value ?? "") == scalars("Fields of an order. 😀"))
        #expect(source.text(fragment.range).hasPrefix("\"Fields of an order."))
        let last = try Nodes.operation(document.definitions[4])
        #expect(last.description?.value == "Block." && last.name == nil && !last.isShorthand)
    }

    /// Where a description may not stand. The messages are graphql-js 17's (the first to
    /// implement September 2025 descriptions); graphql-core 3.2.8 predates them and refuses every
    /// executable description ("descriptions are supported only on type definitions").
    @Test(arguments: [
        ErrorCase("\"desc\" { a }", 1, 1, "Unexpected description, descriptions are not supported on shorthand queries."),
        ErrorCase("\"\"\"desc\"\"\"\n{ a }", 1, 1, "Unexpected description, descriptions are not supported on shorthand queries."),
        ErrorCase("{ a }\n\"desc\" { b }", 2, 1, "Unexpected description, descriptions are not supported on shorthand queries."),
        ErrorCase("\"desc\" extend type T @d", 1, 1, "Unexpected description, only GraphQL definitions support descriptions."),
        ErrorCase("\"desc\" extend schema @d", 1, 1, "Unexpected description, only GraphQL definitions support descriptions."),
        ErrorCase("\"desc\" foo", 1, 1, "Unexpected description, only GraphQL definitions support descriptions."),
        ErrorCase("\"d\" query", 1, 10, "Expected \"{\", found <EOF>."),
        ErrorCase("\"d\" \"e\" query { a }", 1, 5, "Unexpected String \"e\"."),
        ErrorCase("\"d\" fragment on on T { a }", 1, 14, "Unexpected Name \"on\"."),
        ErrorCase("query (\"d\" \"e\" $a: Int) { a }", 1, 12, "Expected \"$\", found String \"e\"."),
        ErrorCase("query (\"d\") { a }", 1, 11, "Expected \"$\", found \")\"."),
        ErrorCase("query (\"d\" $a: Int \"e\") { a }", 1, 23, "Expected \"$\", found \")\"."),
        ErrorCase("query Q($a: Int \"d\") { a }", 1, 20, "Expected \"$\", found \")\"."),
    ])
    func misplacedDescriptions(_ errorCase: ErrorCase) {
        expectSyntaxError(errorCase)
    }

    // MARK: Errors in every position

    @Test(arguments: [
        ErrorCase("", 1, 1, "Unexpected <EOF>."),
        ErrorCase("   ", 1, 4, "Unexpected <EOF>."),
        ErrorCase("# only a comment", 1, 17, "Unexpected <EOF>."),
        ErrorCase("\n\n# comment\n", 4, 1, "Unexpected <EOF>."),
        ErrorCase(",,,", 1, 4, "Unexpected <EOF>."),
        ErrorCase("{", 1, 2, "Expected Name, found <EOF>."),
        ErrorCase("{}", 1, 2, "Expected Name, found \"}\"."),
        ErrorCase("{ }", 1, 3, "Expected Name, found \"}\"."),
        ErrorCase("{ a", 1, 4, "Expected Name, found <EOF>."),
        ErrorCase("{ a }}", 1, 6, "Unexpected \"}\"."),
        ErrorCase("{ a } b", 1, 7, "Unexpected Name \"b\"."),
        ErrorCase("{ a } }", 1, 7, "Unexpected \"}\"."),
        ErrorCase("query", 1, 6, "Expected \"{\", found <EOF>."),
        ErrorCase("query Q", 1, 8, "Expected \"{\", found <EOF>."),
        ErrorCase("query Q (", 1, 10, "Expected \"$\", found <EOF>."),
        ErrorCase("query Q ()", 1, 10, "Expected \"$\", found \")\"."),
        ErrorCase("query Q ($)", 1, 11, "Expected Name, found \")\"."),
        ErrorCase("query Q ($a)", 1, 12, "Expected \":\", found \")\"."),
        ErrorCase("query Q ($a:)", 1, 13, "Expected Name, found \")\"."),
        ErrorCase("query Q ($a: Int =)", 1, 19, "Unexpected \")\"."),
        ErrorCase("query Q ($a: Int = $b) { a }", 1, 20, "Unexpected variable \"$b\" in constant value."),
        ErrorCase("query Q ($a: Int = $) { a }", 1, 20, "Unexpected \"$\"."),
        ErrorCase("query Q ($a: Int @d(x: $b)) { a }", 1, 24, "Unexpected variable \"$b\" in constant value."),
        ErrorCase("query Q ($a: [Int) { a }", 1, 18, "Expected \"]\", found \")\"."),
        ErrorCase("query Q ($a: [[Int]!) { a }", 1, 21, "Expected \"]\", found \")\"."),
        ErrorCase("query Q ($a: Int!!) { a }", 1, 18, "Expected \"$\", found \"!\"."),
        ErrorCase("query Q ($a: !Int) { a }", 1, 14, "Expected Name, found \"!\"."),
        ErrorCase("query Q ($a: Int, b: Int) { a }", 1, 19, "Expected \"$\", found Name \"b\"."),
        ErrorCase("query Q (a: Int) { a }", 1, 10, "Expected \"$\", found Name \"a\"."),
        ErrorCase("query Q @ { a }", 1, 11, "Expected Name, found \"{\"."),
        ErrorCase("query Q @d( { a }", 1, 13, "Expected Name, found \"{\"."),
        ErrorCase("query Q @d() { a }", 1, 12, "Expected Name, found \")\"."),
        ErrorCase("query Q @d(x) { a }", 1, 13, "Expected \":\", found \")\"."),
        ErrorCase("query Q @d(x:) { a }", 1, 14, "Unexpected \")\"."),
        ErrorCase("query Q @d(x: 1 { a }", 1, 17, "Expected Name, found \"{\"."),
        ErrorCase("query Q { a } query", 1, 20, "Expected \"{\", found <EOF>."),
        ErrorCase("mutation", 1, 9, "Expected \"{\", found <EOF>."),
        ErrorCase("subscription", 1, 13, "Expected \"{\", found <EOF>."),
        ErrorCase("mutation M", 1, 11, "Expected \"{\", found <EOF>."),
        ErrorCase("subscription S @d", 1, 18, "Expected \"{\", found <EOF>."),
        ErrorCase("Query { a }", 1, 1, "Unexpected Name \"Query\"."),
        ErrorCase("query Q { a(x: 1 }", 1, 18, "Expected Name, found \"}\"."),
        ErrorCase("query Q { a(x: 1) ", 1, 19, "Expected Name, found <EOF>."),
        ErrorCase("{ a() }", 1, 5, "Expected Name, found \")\"."),
        ErrorCase("{ a(x) }", 1, 6, "Expected \":\", found \")\"."),
        ErrorCase("{ a(x:) }", 1, 7, "Unexpected \")\"."),
        ErrorCase("{ a(: 1) }", 1, 5, "Expected Name, found \":\"."),
        ErrorCase("{ a(x: [1, 2 }", 1, 14, "Unexpected \"}\"."),
        ErrorCase("{ a(x: [1, 2) }", 1, 13, "Unexpected \")\"."),
        ErrorCase("{ a(x: {b 1}) }", 1, 11, "Expected \":\", found Int \"1\"."),
        ErrorCase("{ a(x: {b: }) }", 1, 12, "Unexpected \"}\"."),
        ErrorCase("{ a(x: {1: 2}) }", 1, 9, "Expected Name, found Int \"1\"."),
        ErrorCase("{ a(x: {b: 1) }", 1, 13, "Expected Name, found \")\"."),
        ErrorCase("{ a(x: {b: 1}}) }", 1, 14, "Expected Name, found \"}\"."),
        ErrorCase("{ a: }", 1, 6, "Expected Name, found \"}\"."),
        ErrorCase("{ a: b: c }", 1, 7, "Expected Name, found \":\"."),
        ErrorCase("{ a: 1 }", 1, 6, "Expected Name, found Int \"1\"."),
        ErrorCase("{ a @ }", 1, 7, "Expected Name, found \"}\"."),
        ErrorCase("{ a @1 }", 1, 6, "Expected Name, found Int \"1\"."),
        ErrorCase("{ a @d(x: 1) @ }", 1, 16, "Expected Name, found \"}\"."),
        ErrorCase("{ a { } }", 1, 7, "Expected Name, found \"}\"."),
        ErrorCase("{ ... }", 1, 7, "Expected \"{\", found \"}\"."),
        ErrorCase("{ ... on }", 1, 10, "Expected Name, found \"}\"."),
        ErrorCase("{ ... on T }", 1, 12, "Expected \"{\", found \"}\"."),
        ErrorCase("{ ... on T { } }", 1, 14, "Expected Name, found \"}\"."),
        ErrorCase("{ ...F @ }", 1, 10, "Expected Name, found \"}\"."),
        ErrorCase("{ ... @d }", 1, 10, "Expected \"{\", found \"}\"."),
        ErrorCase("{ ...on }", 1, 9, "Expected Name, found \"}\"."),
        ErrorCase("{ ... 1 }", 1, 7, "Expected \"{\", found Int \"1\"."),
        ErrorCase("{ .... }", 1, 6, "Unexpected character: \".\"."),
        ErrorCase("fragment", 1, 9, "Expected Name, found <EOF>."),
        ErrorCase("fragment on on T { a }", 1, 10, "Unexpected Name \"on\"."),
        ErrorCase("fragment F T { a }", 1, 12, "Expected \"on\", found Name \"T\"."),
        ErrorCase("fragment F on { a }", 1, 15, "Expected Name, found \"{\"."),
        ErrorCase("fragment F on T", 1, 16, "Expected \"{\", found <EOF>."),
        ErrorCase("fragment F on T @ { a }", 1, 19, "Expected Name, found \"{\"."),
        ErrorCase("fragment F($a: Int) on T { a }", 1, 11, "Expected \"on\", found \"(\"."),
        ErrorCase("fragment F on T { a } {", 1, 24, "Expected Name, found <EOF>."),
        ErrorCase("{ a(x: $) }", 1, 9, "Expected Name, found \")\"."),
        ErrorCase("{ a(x: $ 1) }", 1, 10, "Expected Name, found Int \"1\"."),
        ErrorCase("{ a(x: true false) }", 1, 18, "Expected \":\", found \")\"."),
        ErrorCase("{ a(x: @) }", 1, 8, "Unexpected \"@\"."),
        ErrorCase("{ a(x: ...) }", 1, 8, "Unexpected \"...\"."),
        ErrorCase("{ a(x: 1, x: ) }", 1, 14, "Unexpected \")\"."),
        ErrorCase("{ a @skip(if: $) }", 1, 16, "Expected Name, found \")\"."),
        ErrorCase("query Q($a: Int = {b: $c}) { a }", 1, 23, "Unexpected variable \"$c\" in constant value."),
        ErrorCase("query Q($a: Int = [$c]) { a }", 1, 20, "Unexpected variable \"$c\" in constant value."),
        ErrorCase("query Q($a: Int = [1, {b: [$c]}]) { a }", 1, 28, "Unexpected variable \"$c\" in constant value."),
        ErrorCase("\"desc\"", 1, 7, "Unexpected <EOF>."),
        ErrorCase("\"desc\" 1", 1, 8, "Unexpected Int \"1\"."),
        ErrorCase("\"\"\"desc\"\"\" $", 1, 12, "Unexpected \"$\"."),
        ErrorCase("{ a(\"d\" x: 1) }", 1, 5, "Expected Name, found String \"d\"."),
        ErrorCase("{ \"d\" a }", 1, 3, "Expected Name, found String \"d\"."),
        ErrorCase("query Q { \"d\" a }", 1, 11, "Expected Name, found String \"d\"."),
        ErrorCase("query Q { a(x: 1 \"d\") }", 1, 18, "Expected Name, found String \"d\"."),
        ErrorCase("query Q { a } \"d\"", 1, 18, "Unexpected <EOF>."),
        ErrorCase("{ a(x: 1) { b(y: [{c: [1 2 {d: 3}]}]) { ...F } } }} ", 1, 51, "Unexpected \"}\"."),
        ErrorCase("query Q($a: Int = 1 = 2) { a }", 1, 21, "Expected \"$\", found \"=\"."),
        ErrorCase("query Q($a: Int) @d(x: $a) { a }}", 1, 33, "Unexpected \"}\"."),
        ErrorCase("query Q($$a: Int) { a }", 1, 10, "Expected Name, found \"$\"."),
        ErrorCase("query Q(\n  $a: Int\n  $b\n) { a }", 4, 1, "Expected \":\", found \")\"."),
        ErrorCase("{\n  a\n  b(\n}", 4, 1, "Expected Name, found \"}\"."),
        ErrorCase("{ a(x: \"s\") \n b(y: \"\"\"block\"\"\" z: ) }", 2, 22, "Unexpected \")\"."),
    ])
    func syntaxErrors(_ errorCase: ErrorCase) {
        expectSyntaxError(errorCase)
    }
}
