import Foundation
import Testing

@testable import QuarryLanguage

// MARK: Helpers

/// `'''` written for `"""`: Swift reads `#"""` as the start of a multi-line string, so one-line
/// expectations that begin with a block string are spelled this way.
private func tq(_ text: String) -> String {
    text.replacingOccurrences(of: "'''", with: "\"\"\"")
}

/// Parses, prints, parses the printed text and prints again: the two trees must be equal apart
/// from ranges, and the two texts identical.
private func expectRoundTrip(
    _ source: String, name: String = "<query>", sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
    let document = try parse(source, name: name)
    let printed = document.printed()
    let reparsed: Document
    do {
        reparsed = try parse(printed, name: "printed \(name)")
    } catch {
        Issue.record("The printed \(name) does not parse: \(error)\n\(printed)", sourceLocation: sourceLocation)
        return
    }
    #expect(structuralDump(reparsed) == structuralDump(document), "\(name)", sourceLocation: sourceLocation)
    #expect(reparsed.printed() == printed, "printing \(name) again changes it", sourceLocation: sourceLocation)
}

/// The value of the only string in a document whose first definition is `{ f(a: "…") }` or a
/// described definition.
private func firstString(_ document: Document) -> StringValue? {
    switch document.definitions.first {
    case .operation(let operation):
        guard case .field(let field) = operation.selectionSet.selections.first,
            case .string(let string) = field.arguments.first?.value
        else { return nil }
        return string
    case .type(let type):
        if case .object(let object) = type, let field = object.fields.first, field.description != nil {
            return field.description
        }
        return type.description
    default:
        return nil
    }
}

private func sameScalars(_ left: String?, _ right: String) -> Bool {
    left.map { $0.unicodeScalars.elementsEqual(right.unicodeScalars) } ?? false
}

private let corpusFiles: [URL] = {
    guard let corpus = Bundle.module.url(forResource: "Corpus", withExtension: nil) else { return [] }
    let valid = corpus.appendingPathComponent("valid")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: valid.path)) ?? []
    return names.filter { $0.hasSuffix(".graphql") }.sorted().map { valid.appendingPathComponent($0) }
}()

private let schemaFiles: [URL] = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let directory = root.appendingPathComponent("schema")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasSuffix(".graphql") }.sorted().map { directory.appendingPathComponent($0) }
}()

/// The printer (Printer.swift, StringLiteral.swift): exact output, string forms, and round trips
/// over the corpus, the schemas and random documents.
struct PrinterTests {
    // MARK: Whole documents

    @Test func printsAKitchenSinkQuery() throws {
        let source = #"""
            # The orders console, written untidily on purpose.
            query OrderPage($id: ID!, $first: Int = 10, $statuses: [Status!] = [OPEN, SHIPPED] @tag(name: "filters"), $withItems: Boolean!) @trace {
              order(id: $id) {
                id, status
                total: amount(currency: "CNY", rounded: true)
                ... on DigitalOrder @include(if: $withItems) { downloadUrl }
                ...OrderItems @skip(if: false)
                ... @defer(label: "slow") { audit { at by } }
                ... { id }
              }
              search(filter: {text: "a\"b", range: {min: -1.5e3, max: null}, tags: []}, first: $first,) {
                __typename
              }
            }
            mutation { cancel(id: 1) }
            subscription OnStatus($id: ID!) { statusChanged(id: $id) { id status } }
            fragment OrderItems on Order @tag(name: "items") {
              items(first: 5) { sku, quantity }
            }
            { me { name } }
            query { viewer }
            query ($a: Int) { b(a: $a) }
            """#
        let expected = #"""
            query OrderPage($id: ID!, $first: Int = 10, $statuses: [Status!] = [OPEN, SHIPPED] @tag(name: "filters"), $withItems: Boolean!) @trace {
              order(id: $id) {
                id
                status
                total: amount(currency: "CNY", rounded: true)
                ... on DigitalOrder @include(if: $withItems) {
                  downloadUrl
                }
                ...OrderItems @skip(if: false)
                ... @defer(label: "slow") {
                  audit {
                    at
                    by
                  }
                }
                ... {
                  id
                }
              }
              search(filter: { text: "a\"b", range: { min: -1.5e3, max: null }, tags: [] }, first: $first) {
                __typename
              }
            }

            mutation {
              cancel(id: 1)
            }

            subscription OnStatus($id: ID!) {
              statusChanged(id: $id) {
                id
                status
              }
            }

            fragment OrderItems on Order @tag(name: "items") {
              items(first: 5) {
                sku
                quantity
              }
            }

            {
              me {
                name
              }
            }

            {
              viewer
            }

            query ($a: Int) {
              b(a: $a)
            }

            """#
        #expect(try parse(source).printed() == expected)
        try expectRoundTrip(source)
    }

    @Test func printsExecutableDescriptions() throws {
        let source = #"""
            "Loads one order." query Q("The id." $id: ID!, $x: Int = 1) { a }
            """
              Multi
              line
            """ fragment F on T { a }
            "Anonymous, so it keeps its keyword." query { b }
            mutation M($plain: Int, $other: [ID]) { c }
            """#
        let expected = #"""
            "Loads one order."
            query Q(
              "The id."
              $id: ID!
              $x: Int = 1
            ) {
              a
            }

            """
            Multi
            line
            """
            fragment F on T {
              a
            }

            "Anonymous, so it keeps its keyword."
            query {
              b
            }

            mutation M($plain: Int, $other: [ID]) {
              c
            }

            """#
        #expect(try parse(source).printed() == expected)
        try expectRoundTrip(source)
    }

    @Test func printsAKitchenSinkSchema() throws {
        let source = #"""
            """
                The shop's schema.

                Root types have custom names.
            """
            schema @contact(team: "shop") { query: ShopQuery mutation: ShopMutation }
            extend schema @versioned(major: 2)
            extend schema @audited { subscription: ShopSubscription }

            "An RFC 3339 instant." scalar DateTime @specifiedBy(url: "https://example.org/date-time")
            extend scalar DateTime @tag(name: "time")

            """A node with an id."""
            interface Node { id: ID! }
            interface Resource implements & Node & Named @tag(name: "r") { id: ID!, name: String }

            type Order implements Node @key(fields: "id") {
              id: ID!
              "Items, newest first."
              items("How many." first: Int = 10, after: String): [Item!]! @deprecated(reason: "Use `lines`.")
              lines(first: Int = 10, status: [Status!] = [OPEN]): [Item]
            }
            type Empty
            extend type Order implements Named & Tagged @tag(name: "x") { name: String }
            extend type Order @tag(name: "y")
            extend type Order implements Audited
            extend interface Resource @tag(name: "z")
            extend interface Resource implements Tagged { tags: [String!]! }

            union SearchResult @tag(name: "s") =
              | Order
              | Item
            union Nothing
            extend union SearchResult = Customer
            extend union SearchResult @tag(name: "u")

            enum Status {
              "Just placed." OPEN
              SHIPPED @deprecated
              """
              Closed for good.
              No way back.
              """
              CLOSED
            }
            enum Flag
            extend enum Status @tag(name: "e")
            extend enum Status { RETURNED }

            input OrderFilter @oneOf {
              "Exact id." id: ID
              range: Range = {min: 0, max: 100} @tag(name: "r")
              tags: [String!] = []
            }
            input NoFields
            extend input OrderFilter { text: String }
            extend input OrderFilter @tag(name: "i")

            "Caches a field."
            directive @cached(ttl: Int = 60, scope: Scope = PUBLIC) repeatable on FIELD_DEFINITION | OBJECT
            directive @tag("The tag." name: String!) repeatable on
              | SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION
              | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION
            directive @trace on QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION
            """#
        let expected = #"""
            """
            The shop's schema.

            Root types have custom names.
            """
            schema @contact(team: "shop") {
              query: ShopQuery
              mutation: ShopMutation
            }

            extend schema @versioned(major: 2)

            extend schema @audited {
              subscription: ShopSubscription
            }

            "An RFC 3339 instant."
            scalar DateTime @specifiedBy(url: "https://example.org/date-time")

            extend scalar DateTime @tag(name: "time")

            """A node with an id."""
            interface Node {
              id: ID!
            }

            interface Resource implements Node & Named @tag(name: "r") {
              id: ID!
              name: String
            }

            type Order implements Node @key(fields: "id") {
              id: ID!
              "Items, newest first."
              items(
                "How many."
                first: Int = 10
                after: String
              ): [Item!]! @deprecated(reason: "Use `lines`.")
              lines(first: Int = 10, status: [Status!] = [OPEN]): [Item]
            }

            type Empty

            extend type Order implements Named & Tagged @tag(name: "x") {
              name: String
            }

            extend type Order @tag(name: "y")

            extend type Order implements Audited

            extend interface Resource @tag(name: "z")

            extend interface Resource implements Tagged {
              tags: [String!]!
            }

            union SearchResult @tag(name: "s") = Order | Item

            union Nothing

            extend union SearchResult = Customer

            extend union SearchResult @tag(name: "u")

            enum Status {
              "Just placed."
              OPEN
              SHIPPED @deprecated
              """
              Closed for good.
              No way back.
              """
              CLOSED
            }

            enum Flag

            extend enum Status @tag(name: "e")

            extend enum Status {
              RETURNED
            }

            input OrderFilter @oneOf {
              "Exact id."
              id: ID
              range: Range = { min: 0, max: 100 } @tag(name: "r")
              tags: [String!] = []
            }

            input NoFields

            extend input OrderFilter {
              text: String
            }

            extend input OrderFilter @tag(name: "i")

            "Caches a field."
            directive @cached(ttl: Int = 60, scope: Scope = PUBLIC) repeatable on FIELD_DEFINITION | OBJECT

            directive @tag(
              "The tag."
              name: String!
            ) repeatable on SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION

            directive @trace on QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION

            """#
        #expect(try parse(source).printed() == expected)
        try expectRoundTrip(source)
    }

    @Test func anEmptyDocumentPrintsAsNothing() {
        #expect(Document(definitions: []).printed() == "")
    }

    /// `type A` without fields swallows a `{` that follows it, so a query after it keeps `query`.
    @Test func queryAfterABodilessDefinitionKeepsItsKeyword() throws {
        let source = """
            type A query { a }
            input B query { b }
            enum C query { c }
            extend schema @d query { d }
            union U query { e }
            scalar S query { f }
            """
        let expected = """
            type A

            query {
              a
            }

            input B

            query {
              b
            }

            enum C

            query {
              c
            }

            extend schema @d

            query {
              d
            }

            union U

            {
              e
            }

            scalar S

            {
              f
            }

            """
        #expect(try parse(source).printed() == expected)
        try expectRoundTrip(source)
    }

    @Test func printsNodesAlone() throws {
        let document = try parse(#"query { a: f(x: [1, {y: "z"}]) @d(e: ENUM) { ...F } }"#)
        guard case .operation(let operation) = document.definitions[0],
            case .field(let field) = operation.selectionSet.selections[0]
        else {
            Issue.record("unexpected shape")
            return
        }
        #expect(document.definitions[0].printed() == "{\n  a: f(x: [1, { y: \"z\" }]) @d(e: ENUM) {\n    ...F\n  }\n}")
        #expect(operation.selectionSet.printed() == "{\n  a: f(x: [1, { y: \"z\" }]) @d(e: ENUM) {\n    ...F\n  }\n}")
        #expect(operation.selectionSet.selections[0].printed() == "a: f(x: [1, { y: \"z\" }]) @d(e: ENUM) {\n  ...F\n}")
        #expect(field.arguments[0].value.printed() == #"[1, { y: "z" }]"#)
        #expect(field.directives[0].printed() == "@d(e: ENUM)")
    }

    // MARK: Values and types

    @Test(arguments: [
        ("$var", "$var"),
        ("0", "0"),
        ("-12", "-12"),
        ("1234567890123456789012345678901234567890", "1234567890123456789012345678901234567890"),
        ("1.5", "1.5"),
        ("-0.0", "-0.0"),
        ("6.02E+23", "6.02E+23"),
        ("1e-7", "1e-7"),
        ("true", "true"),
        ("false", "false"),
        ("null", "null"),
        ("SHIPPED", "SHIPPED"),
        ("query", "query"),
        (#""text""#, #""text""#),
        (tq("'''block'''"), tq("'''block'''")),
        ("[]", "[]"),
        ("[1 2,3]", "[1, 2, 3]"),
        ("[[1], [], [[null]]]", "[[1], [], [[null]]]"),
        ("{}", "{}"),
        ("{a:1 b:{c:[$d]}}", "{ a: 1, b: { c: [$d] } }"),
        (#"{list: [{x: "y"}, {}], e: ENUM}"#, #"{ list: [{ x: "y" }, {}], e: ENUM }"#),
    ])
    func printsValues(source: String, expected: String) throws {
        let document = try parse("{ f(a: \(source)) }")
        guard case .operation(let operation) = document.definitions[0],
            case .field(let field) = operation.selectionSet.selections[0]
        else {
            Issue.record("unexpected shape")
            return
        }
        #expect(field.arguments[0].value.printed() == expected)
    }

    @Test(arguments: [
        ("Int", "Int"), ("Int!", "Int!"), ("[Int]", "[Int]"), ("[Int!]!", "[Int!]!"), ("[ [ Int ! ] ]", "[[Int!]]"),
        ("[[[Order]!]!]!", "[[[Order]!]!]!"),
    ])
    func printsTypeReferences(source: String, expected: String) throws {
        let document = try parse("query ($v: \(source)) { a }")
        guard case .operation(let operation) = document.definitions[0] else {
            Issue.record("unexpected shape")
            return
        }
        #expect(operation.variableDefinitions[0].type.printed() == expected)
    }

    // MARK: Strings

    /// A quoted string: the value it holds and how it prints.
    @Test(arguments: [
        ("plain", #""plain""#),
        ("", "\"\""),
        (#"say "hi""#, #""say \"hi\"""#),
        (#"back\slash"#, #""back\\slash""#),
        ("slash/", #""slash/""#),
        ("line\nbreak", #""line\nbreak""#),
        ("\r\t\u{8}\u{C}", #""\r\t\b\f""#),
        ("\u{0}\u{1}\u{1B}\u{1F}", #""\u0000\u0001\u001B\u001F""#),
        ("del\u{7F} c1\u{85}\u{9F}", #""del\u007F c1\u0085\u009F""#),
        ("中文 café e\u{301} 😀 👩‍👩‍👧", "\"中文 café e\u{301} 😀 👩‍👩‍👧\""),
        ("\u{A0}\u{2028}\u{FEFF}\u{FFFF}\u{10FFFF}", "\"\u{A0}\u{2028}\u{FEFF}\u{FFFF}\u{10FFFF}\""),
        ("\"\"\"", #""\"\"\"""#),
        ("  padded  ", #""  padded  ""#),
    ])
    func printsQuotedStrings(value: String, expected: String) throws {
        let printed = Value.string(StringValue(value: value)).printed()
        #expect(printed == expected)
        let reparsed = firstString(try parse("{ f(a: \(printed)) }"))
        #expect(sameScalars(reparsed?.value, value))
        #expect(reparsed?.isBlock == false)
    }

    /// Escapes in the source decode to the value; printing writes the canonical escapes back.
    @Test func canonicalizesEscapes() throws {
        let document = try parse(#"{ f(a: "\u0041\u{1F600}\uD83D\uDE00\/\u00e9\u0007") }"#)
        #expect(sameScalars(firstString(document)?.value, "A😀😀/é\u{7}"))
        #expect(document.printed() == "{\n  f(a: \"A😀😀/é\\u0007\")\n}\n")
    }

    /// A block string: the value, and how it prints at no indentation and at two levels.
    @Test(arguments: [
        // One line stays on one line.
        ("one line", tq("'''one line'''"), tq("'''one line'''")),
        ("  leading space kept", tq("'''  leading space kept'''"), tq("'''  leading space kept'''")),
        (#"has """ inside"#, tq(#"'''has \''' inside'''"#), tq(#"'''has \''' inside'''"#)),
        (#""starts with a quote"#, tq(#"'''"starts with a quote'''"#), tq(#"'''"starts with a quote'''"#)),
        // A final quote or backslash cannot touch the closing quotes.
        (#"ends with "quote""#, "\"\"\"\nends with \"quote\"\n\"\"\"", "\"\"\"\n    ends with \"quote\"\n    \"\"\""),
        (#"ends with \"#, "\"\"\"\nends with \\\n\"\"\"", "\"\"\"\n    ends with \\\n    \"\"\""),
        (#"  "indented and quoted""#, "\"\"\"  \"indented and quoted\"\n\"\"\"", "\"\"\"  \"indented and quoted\"\n    \"\"\""),
        (#"\""""#, "\"\"\"\n\\\\\"\"\"\n\"\"\"", "\"\"\"\n    \\\\\"\"\"\n    \"\"\""),
        ("\"\"\"\"", tq("'''\n\\'''\"\n'''"), tq("'''\n    \\'''\"\n    '''")),
        // Several lines: each on its own line, indented with the surrounding text.
        ("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"", "\"\"\"\n    two\n    lines\n    \"\"\""),
        ("  first indented\nsecond not", "\"\"\"\n  first indented\nsecond not\n\"\"\"",
         "\"\"\"\n      first indented\n    second not\n    \"\"\""),
        ("a\n\n  b\n \nc", "\"\"\"\na\n\n  b\n \nc\n\"\"\"", "\"\"\"\n    a\n\n      b\n     \n    c\n    \"\"\""),
        ("\ttab\nx", "\"\"\"\n\ttab\nx\n\"\"\"", "\"\"\"\n    \ttab\n    x\n    \"\"\""),
        ("中文\n😀 \"\"\" end", "\"\"\"\n中文\n😀 \\\"\"\" end\n\"\"\"", "\"\"\"\n    中文\n    😀 \\\"\"\" end\n    \"\"\""),
        ("", tq("''''''"), tq("''''''")),
    ])
    func printsBlockStrings(value: String, atTopLevel: String, indented: String) throws {
        #expect(StringLiteral.block(value, indentation: "") == atTopLevel)
        #expect(StringLiteral.block(value, indentation: "    ") == indented)
        // Read back as a block string at both indentations.
        let topLevel = try parse("\(atTopLevel) scalar S")
        #expect(sameScalars(firstString(topLevel)?.value, value))
        let nested = try parse("{\n  a {\n    f(a: \(indented))\n  }\n}")
        guard case .operation(let operation) = nested.definitions[0], case .field(let outer) = operation.selectionSet.selections[0],
            case .field(let inner) = outer.selectionSet?.selections[0], case .string(let string) = inner.arguments[0].value
        else {
            Issue.record("unexpected shape")
            return
        }
        #expect(sameScalars(string.value, value))
        #expect(string.isBlock)
    }

    /// Values no block string can hold exactly: printed quoted even where a block string is wanted.
    @Test(arguments: [
        ("\nleading blank line", #""\nleading blank line""#),
        ("trailing blank line\n", #""trailing blank line\n""#),
        ("last line blank\n   ", #""last line blank\n   ""#),
        ("   ", #""   ""#),
        ("\t", #""\t""#),
        ("  every line\n  indented", #""  every line\n  indented""#),
        ("carriage\rreturn", #""carriage\rreturn""#),
        ("crlf\r\nline", #""crlf\r\nline""#),
        ("bell\u{7}", #""bell\u0007""#),
        ("next line\u{85}", #""next line\u0085""#),
    ])
    func fallsBackToQuotedStrings(value: String, expected: String) throws {
        #expect(StringLiteral.block(value, indentation: "  ") == nil)
        let document = Document(definitions: [
            .type(.scalar(ScalarTypeDefinition(description: StringValue(value: value, isBlock: true), name: Name("S"))))
        ])
        #expect(document.printed() == "\(expected)\nscalar S\n")
        #expect(sameScalars(firstString(try parse(document.printed()))?.value, value))
    }

    @Test func descriptionsSpanningLinesBecomeBlockStrings() throws {
        let source = #"""
            "One line." type T {
              "Two\nlines." f: Int
              "Quoted \"\"\" and a backslash \\ at the end \\\nsecond" g: Int
              "Indented lines after an unindented first line:\n  kept\n  as is" h: Int
              """
              Block, \""" escaped
                indented line
              """ i(
                """
                arg
                """ a: Int
              ): Int
            }
            """#
        let expected = #"""
            "One line."
            type T {
              """
              Two
              lines.
              """
              f: Int
              """
              Quoted \""" and a backslash \ at the end \
              second
              """
              g: Int
              """
              Indented lines after an unindented first line:
                kept
                as is
              """
              h: Int
              """
              Block, \""" escaped
                indented line
              """
              i(
                """arg"""
                a: Int
              ): Int
            }

            """#
        #expect(try parse(source).printed() == expected)
        try expectRoundTrip(source)
    }

    @Test func blockStringArgumentsAreIndentedWithTheirLine() throws {
        let source = #"""
            { a { f(text: """
              line one
                line two
            """, plain: "x\ny") } }
            """#
        let expected = #"""
            {
              a {
                f(text: """
                line one
                  line two
                """, plain: "x\ny")
              }
            }

            """#
        #expect(try parse(source).printed() == expected)
        try expectRoundTrip(source)
    }

    // MARK: Round trips

    @Test func findsTheCorpusAndTheSchemas() {
        #expect(!corpusFiles.isEmpty)
        #expect(!schemaFiles.isEmpty)
    }

    @Test(arguments: corpusFiles)
    func roundTripsCorpusFile(_ file: URL) throws {
        try expectRoundTrip(String(contentsOf: file, encoding: .utf8), name: file.lastPathComponent)
    }

    @Test(arguments: schemaFiles)
    func roundTripsSchemaFile(_ file: URL) throws {
        try expectRoundTrip(String(contentsOf: file, encoding: .utf8), name: file.lastPathComponent)
    }

    // MARK: Random cases

    /// Random strings through every place a string can be printed: an argument and a description,
    /// quoted and block, at the top level and indented. The value must come back scalar for scalar.
    @Test(arguments: 0..<8)
    func randomStringsRoundTrip(seed: Int) throws {
        var generator = RandomDocuments(seed: UInt64(1000 + seed))
        for _ in 0..<60 {
            let value = generator.string()
            for isBlock in [false, true] {
                let string = StringValue(value: value, isBlock: isBlock)
                let documents = [
                    Document(definitions: [
                        .operation(
                            OperationDefinition(
                                operation: .query,
                                selectionSet: SelectionSet(selections: [
                                    .field(
                                        Field(
                                            name: Name("f"),
                                            arguments: [Argument(name: Name("a"), value: .string(string))]))
                                ])))
                    ]),
                    Document(definitions: [.type(.scalar(ScalarTypeDefinition(description: string, name: Name("S"))))]),
                    Document(definitions: [
                        .type(
                            .object(
                                ObjectTypeDefinition(
                                    name: Name("T"),
                                    fields: [
                                        FieldDefinition(description: string, name: Name("f"), type: .named(Name("Int")))
                                    ])))
                    ]),
                ]
                for document in documents {
                    let printed = document.printed()
                    let reparsed = try parse(printed)
                    #expect(
                        sameScalars(firstString(reparsed)?.value, value),
                        "\(scalarEscaped(value)) printed as:\n\(printed)")
                    #expect(reparsed.printed() == printed)
                }
            }
        }
    }

    /// Random syntax trees: printing and parsing gives the same tree, and printing is idempotent.
    @Test(arguments: 0..<40)
    func randomDocumentsRoundTrip(seed: Int) throws {
        var generator = RandomDocuments(seed: UInt64(seed))
        for _ in 0..<10 {
            let document = generator.document()
            let printed = document.printed()
            let reparsed: Document
            do {
                reparsed = try parse(printed)
            } catch {
                Issue.record("does not parse: \(error)\n\(printed)")
                continue
            }
            #expect(structuralDump(reparsed) == structuralDump(document), "\(printed)")
            #expect(reparsed.printed() == printed)
        }
    }
}
