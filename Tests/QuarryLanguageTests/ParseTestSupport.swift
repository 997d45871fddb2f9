import Testing
@testable import QuarryLanguage

/// A document that must fail to parse: the message and the 1-based line and column (code
/// points, SEMANTICS.md §10.3) it must fail with.
///
/// Unless a test says otherwise, the expectations were produced by graphql-core 3.2.8 (the
/// reference for error positions, SEMANTICS.md §10.3), its quotes normalized to ours (`'x'` →
/// `"x"`), its line and column recomputed from its character offset the spec's way (graphql-core's
/// own `get_location` reports a position at the start of a line as the end of the previous one).
struct ErrorCase: Sendable, CustomTestStringConvertible {
    let source: String
    let line: Int
    let column: Int
    let message: String

    init(_ source: String, _ line: Int, _ column: Int, _ message: String) {
        self.source = source
        self.line = line
        self.column = column
        self.message = message
    }

    var testDescription: String { source.debugDescription }
}

/// The error parsing `source` fails with, or nil when it parses.
func syntaxError(_ source: Source, options: ParseOptions = ParseOptions()) -> SyntaxError? {
    do {
        _ = try parse(source, options: options)
        return nil
    } catch {
        return error
    }
}

func syntaxError(_ text: String, options: ParseOptions = ParseOptions()) -> SyntaxError? {
    syntaxError(Source(text), options: options)
}

/// Checks that `errorCase.source` fails with exactly its message, line and column.
func expectSyntaxError(_ errorCase: ErrorCase, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    guard let error = syntaxError(errorCase.source) else {
        Issue.record("parsed without error", sourceLocation: sourceLocation)
        return
    }
    #expect(error.message == errorCase.message, sourceLocation: sourceLocation)
    #expect(error.line == errorCase.line, "line", sourceLocation: sourceLocation)
    #expect(error.column == errorCase.column, "column", sourceLocation: sourceLocation)
}

/// Parses a document that must be valid.
func parsed(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Document {
    do {
        return try parse(text)
    } catch {
        Issue.record("\(error)", sourceLocation: sourceLocation)
        throw error
    }
}

/// The Unicode scalars of a string: values are compared scalar by scalar, not by Swift's
/// canonical equivalence.
func scalars(_ text: String) -> [UInt32] {
    text.unicodeScalars.map(\.value)
}

/// A node of another kind than a test expected.
struct UnexpectedNode: Error, CustomStringConvertible {
    let description: String
}

/// Unwraps AST enums for tests; a mismatch throws, which fails the test.
enum Nodes {
    static func operation(_ definition: Definition) throws -> OperationDefinition {
        guard case .operation(let node) = definition else { throw UnexpectedNode(description: "not an operation") }
        return node
    }

    static func fragment(_ definition: Definition) throws -> FragmentDefinition {
        guard case .fragment(let node) = definition else { throw UnexpectedNode(description: "not a fragment") }
        return node
    }

    static func field(_ selection: Selection) throws -> Field {
        guard case .field(let node) = selection else { throw UnexpectedNode(description: "not a field") }
        return node
    }

    static func fragmentSpread(_ selection: Selection) throws -> FragmentSpread {
        guard case .fragmentSpread(let node) = selection else { throw UnexpectedNode(description: "not a spread") }
        return node
    }

    static func inlineFragment(_ selection: Selection) throws -> InlineFragment {
        guard case .inlineFragment(let node) = selection else { throw UnexpectedNode(description: "not an inline fragment") }
        return node
    }

    static func type(_ definition: Definition) throws -> TypeDefinition {
        guard case .type(let node) = definition else { throw UnexpectedNode(description: "not a type definition") }
        return node
    }

    static func typeExtension(_ definition: Definition) throws -> TypeDefinition {
        guard case .typeExtension(let node) = definition else { throw UnexpectedNode(description: "not a type extension") }
        return node
    }

    /// The only field of a document `{ field }`.
    static func onlyField(_ document: Document) throws -> Field {
        let operation = try operation(try #require(document.definitions.first))
        return try field(try #require(operation.selectionSet.selections.first))
    }
}

/// A value written back compactly, for comparisons: `[1, "s", {a: $v}]`. Strings show their
/// decoded value between quotes, block strings between triple quotes.
func render(_ value: Value) -> String {
    switch value {
    case .variable(let variable): "$\(variable.name)"
    case .int(let number): number.text
    case .float(let number): "float:\(number.text)"
    case .string(let string): string.isBlock ? "\"\"\"\(string.value)\"\"\"" : "\"\(string.value)\""
    case .boolean(let boolean): String(boolean.value)
    case .null: "null"
    case .enumValue(let name): "enum:\(name)"
    case .list(let list): "[" + list.values.map(render).joined(separator: ", ") + "]"
    case .object(let object): "{" + object.fields.map { "\($0.name): \(render($0.value))" }.joined(separator: ", ") + "}"
    }
}

/// A type reference written back: `[Int!]!`.
func render(_ type: TypeReference) -> String {
    switch type {
    case .named(let name): name.value
    case .list(let inner, _): "[\(render(inner))]"
    case .nonNull(let inner, _): "\(render(inner))!"
    }
}

/// Directives written back: `@a @b(x: 1)`.
func render(_ directives: [Directive]) -> String {
    directives.map { directive in
        "@\(directive.name)"
            + (directive.arguments.isEmpty
                ? "" : "(" + directive.arguments.map { "\($0.name): \(render($0.value))" }.joined(separator: ", ") + ")")
    }.joined(separator: " ")
}
