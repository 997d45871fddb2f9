/// Prints syntax trees back to GraphQL text in one canonical layout: two-space indentation, one
/// selection, field or enum value per line, arguments inline `(a: 1, b: 2)`, definitions
/// separated by a blank line, descriptions on the line before what they describe.
///
/// Printing keeps meaning, not spelling: comments, commas and the original layout are gone,
/// numbers keep their literal text, and a string may change between quoted and block form
/// (`StringLiteral`). For every parsed document `parse(printed())` gives the same tree apart
/// from ranges, and printing that tree again gives the same text.
extension Document {
    /// The document as GraphQL text, ending with a newline (empty for no definitions).
    public func printed() -> String {
        var printer = Printer()
        printer.document(self)
        return printer.output
    }
}

extension Definition {
    public func printed() -> String {
        var printer = Printer()
        printer.definition(self)
        return printer.output
    }
}

extension SelectionSet {
    public func printed() -> String {
        var printer = Printer()
        printer.selectionSet(self)
        return printer.output
    }
}

extension Selection {
    public func printed() -> String {
        var printer = Printer()
        printer.selection(self)
        return printer.output
    }
}

extension Directive {
    public func printed() -> String {
        var printer = Printer()
        printer.directive(self)
        return printer.output
    }
}

extension Value {
    /// The value as a GraphQL literal: `[1, "two", { three: THREE }]`.
    public func printed() -> String {
        var printer = Printer()
        printer.value(self)
        return printer.output
    }
}

extension TypeReference {
    /// `Name`, `[Name]`, `Name!`, `[Name!]!`.
    public func printed() -> String {
        var printer = Printer()
        printer.typeReference(self)
        return printer.output
    }
}

/// Writes nodes to a string, one production at a time; `indentation` is the indentation of the
/// line being written.
struct Printer {
    private(set) var output = ""
    private var indentation = ""

    // MARK: Layout

    private mutating func write(_ text: String) {
        output += text
    }

    /// Ends the line and starts the next one at the current indentation.
    private mutating func newline() {
        output += "\n"
        output += indentation
    }

    private mutating func indent() {
        indentation += "  "
    }

    private mutating func outdent() {
        indentation.removeLast(2)
    }

    /// ` {`, each item on its own line one level deeper, `}`; nothing when there are no items
    /// (a type without fields, an extension that adds none).
    private mutating func body<Item>(_ items: [Item], _ printItem: (inout Printer, Item) -> Void) {
        guard !items.isEmpty else { return }
        write(" {")
        indent()
        for item in items {
            newline()
            printItem(&self, item)
        }
        outdent()
        newline()
        write("}")
    }

    /// `(a, b)` inline, or one item per line when `isBlock` (used when items have descriptions);
    /// nothing when there are no items.
    private mutating func parenthesized<Item>(
        _ items: [Item], isBlock: Bool, _ printItem: (inout Printer, Item) -> Void
    ) {
        guard !items.isEmpty else { return }
        write("(")
        if isBlock { indent() }
        for (index, item) in items.enumerated() {
            if isBlock {
                newline()
            } else if index > 0 {
                write(", ")
            }
            printItem(&self, item)
        }
        if isBlock {
            outdent()
            newline()
        }
        write(")")
    }

    // MARK: Document (§2.2)

    mutating func document(_ node: Document) {
        for (index, definition) in node.definitions.enumerated() {
            if index > 0 { write("\n\n") }
            let previous = index > 0 ? node.definitions[index - 1] : nil
            self.definition(definition, allowsShorthand: !(previous.map(Self.takesBraceAfter) ?? false))
        }
        if !node.definitions.isEmpty { write("\n") }
    }

    /// Whether a `{` printed after this definition would be read as its body: a type, input,
    /// enum or schema extension printed without one (`type A`). The query shorthand cannot
    /// follow it, so a query printed there keeps its keyword.
    private static func takesBraceAfter(_ definition: Definition) -> Bool {
        switch definition {
        case .schema(let schema), .schemaExtension(let schema): schema.operationTypes.isEmpty
        case .type(let type), .typeExtension(let type):
            switch type {
            case .object(let object): object.fields.isEmpty
            case .interface(let interface): interface.fields.isEmpty
            case .enumeration(let enumeration): enumeration.values.isEmpty
            case .inputObject(let inputObject): inputObject.fields.isEmpty
            case .scalar, .union: false
            }
        case .operation, .fragment, .directive: false
        }
    }

    mutating func definition(_ node: Definition, allowsShorthand: Bool = true) {
        switch node {
        case .operation(let operation): self.operation(operation, allowsShorthand: allowsShorthand)
        case .fragment(let fragment): fragmentDefinition(fragment)
        case .schema(let schema): schemaDefinition(schema, isExtension: false)
        case .schemaExtension(let schema): schemaDefinition(schema, isExtension: true)
        case .type(let type): typeDefinition(type, isExtension: false)
        case .typeExtension(let type): typeDefinition(type, isExtension: true)
        case .directive(let directive): directiveDefinition(directive)
        }
    }

    /// A description (§3.2, and on executable definitions in the September 2025 edition) on its
    /// own line: a block string when it spans lines or was written as one, if a block string can
    /// hold it exactly.
    private mutating func description(_ node: StringValue?) {
        guard let node else { return }
        let preferBlock = node.isBlock || node.value.utf8.contains(0x0A)
        write(StringLiteral.printed(node.value, preferBlock: preferBlock, indentation: indentation))
        newline()
    }

    // MARK: Operations and fragments (§2.3, §2.8)

    /// An operation; a query with no description, name, variables or directives as the shorthand
    /// `{ … }` when `allowsShorthand`.
    mutating func operation(_ node: OperationDefinition, allowsShorthand: Bool) {
        let isShorthand =
            allowsShorthand && node.description == nil && node.operation == .query && node.name == nil
            && node.variableDefinitions.isEmpty && node.directives.isEmpty
        if isShorthand {
            selectionSet(node.selectionSet)
            return
        }
        description(node.description)
        write(node.operation.rawValue)
        if let name = node.name {
            write(" ")
            write(name.value)
        } else if !node.variableDefinitions.isEmpty {
            write(" ")
        }
        let hasDescriptions = node.variableDefinitions.contains { $0.description != nil }
        parenthesized(node.variableDefinitions, isBlock: hasDescriptions) { $0.variableDefinition($1) }
        directives(node.directives)
        write(" ")
        selectionSet(node.selectionSet)
    }

    private mutating func variableDefinition(_ node: VariableDefinition) {
        description(node.description)
        write("$")
        write(node.variable.name.value)
        write(": ")
        typeReference(node.type)
        if let defaultValue = node.defaultValue {
            write(" = ")
            value(defaultValue)
        }
        directives(node.directives)
    }

    mutating func fragmentDefinition(_ node: FragmentDefinition) {
        description(node.description)
        write("fragment ")
        write(node.name.value)
        write(" on ")
        write(node.typeCondition.value)
        directives(node.directives)
        write(" ")
        selectionSet(node.selectionSet)
    }

    // MARK: Selections (§2.4–§2.8)

    mutating func selectionSet(_ node: SelectionSet) {
        write("{")
        indent()
        for selection in node.selections {
            newline()
            self.selection(selection)
        }
        outdent()
        newline()
        write("}")
    }

    mutating func selection(_ node: Selection) {
        switch node {
        case .field(let field):
            if let alias = field.alias {
                write(alias.value)
                write(": ")
            }
            write(field.name.value)
            arguments(field.arguments)
            directives(field.directives)
            if let selectionSet = field.selectionSet {
                write(" ")
                self.selectionSet(selectionSet)
            }
        case .fragmentSpread(let spread):
            write("...")
            write(spread.name.value)
            directives(spread.directives)
        case .inlineFragment(let fragment):
            write("...")
            if let typeCondition = fragment.typeCondition {
                write(" on ")
                write(typeCondition.value)
            }
            directives(fragment.directives)
            write(" ")
            selectionSet(fragment.selectionSet)
        }
    }

    private mutating func arguments(_ nodes: [Argument]) {
        parenthesized(nodes, isBlock: false) { printer, argument in
            printer.write(argument.name.value)
            printer.write(": ")
            printer.value(argument.value)
        }
    }

    /// Each directive after a space: ` @a @b(c: 1)`.
    private mutating func directives(_ nodes: [Directive]) {
        for node in nodes {
            write(" ")
            directive(node)
        }
    }

    mutating func directive(_ node: Directive) {
        write("@")
        write(node.name.value)
        arguments(node.arguments)
    }

    // MARK: Values (§2.9) and type references (§2.11)

    mutating func value(_ node: Value) {
        switch node {
        case .variable(let variable):
            write("$")
            write(variable.name.value)
        case .int(let number), .float(let number):
            write(number.text)
        case .string(let string):
            write(StringLiteral.printed(string.value, preferBlock: string.isBlock, indentation: indentation))
        case .boolean(let boolean):
            write(boolean.value ? "true" : "false")
        case .null:
            write("null")
        case .enumValue(let name):
            write(name.value)
        case .list(let list):
            write("[")
            for (index, item) in list.values.enumerated() {
                if index > 0 { write(", ") }
                value(item)
            }
            write("]")
        case .object(let object):
            guard !object.fields.isEmpty else {
                write("{}")
                return
            }
            write("{ ")
            for (index, field) in object.fields.enumerated() {
                if index > 0 { write(", ") }
                write(field.name.value)
                write(": ")
                value(field.value)
            }
            write(" }")
        }
    }

    mutating func typeReference(_ node: TypeReference) {
        switch node {
        case .named(let name):
            write(name.value)
        case .list(let inner, _):
            write("[")
            typeReference(inner)
            write("]")
        case .nonNull(let inner, _):
            typeReference(inner)
            write("!")
        }
    }

    // MARK: Type system (§3.3–§3.13) and extensions

    /// `schema @d { query: Q }`; an extension without operation types has no braces. Extensions
    /// never print a description: the grammar has no place for one.
    private mutating func schemaDefinition(_ node: SchemaDefinition, isExtension: Bool) {
        if !isExtension { description(node.description) }
        write(isExtension ? "extend schema" : "schema")
        directives(node.directives)
        body(node.operationTypes) { printer, operationType in
            printer.write(operationType.operation.rawValue)
            printer.write(": ")
            printer.write(operationType.type.value)
        }
    }

    private mutating func typeDefinition(_ node: TypeDefinition, isExtension: Bool) {
        if isExtension {
            write("extend ")
        } else {
            description(node.description)
        }
        switch node {
        case .scalar(let scalar):
            write("scalar ")
            write(scalar.name.value)
            directives(scalar.directives)
        case .object(let object):
            write("type ")
            write(object.name.value)
            implements(object.interfaces)
            directives(object.directives)
            body(object.fields) { $0.fieldDefinition($1) }
        case .interface(let interface):
            write("interface ")
            write(interface.name.value)
            implements(interface.interfaces)
            directives(interface.directives)
            body(interface.fields) { $0.fieldDefinition($1) }
        case .union(let union):
            write("union ")
            write(union.name.value)
            directives(union.directives)
            if !union.types.isEmpty {
                write(" = ")
                write(union.types.map(\.value).joined(separator: " | "))
            }
        case .enumeration(let enumeration):
            write("enum ")
            write(enumeration.name.value)
            directives(enumeration.directives)
            body(enumeration.values) { printer, value in
                printer.description(value.description)
                printer.write(value.name.value)
                printer.directives(value.directives)
            }
        case .inputObject(let inputObject):
            write("input ")
            write(inputObject.name.value)
            directives(inputObject.directives)
            body(inputObject.fields) { $0.inputValueDefinition($1) }
        }
    }

    /// ` implements A & B`, or nothing.
    private mutating func implements(_ interfaces: [Name]) {
        guard !interfaces.isEmpty else { return }
        write(" implements ")
        write(interfaces.map(\.value).joined(separator: " & "))
    }

    private mutating func fieldDefinition(_ node: FieldDefinition) {
        description(node.description)
        write(node.name.value)
        argumentDefinitions(node.arguments)
        write(": ")
        typeReference(node.type)
        directives(node.directives)
    }

    /// `(a: Int, b: String = "x")`, or one argument per line when any has a description.
    private mutating func argumentDefinitions(_ nodes: [InputValueDefinition]) {
        let hasDescriptions = nodes.contains { $0.description != nil }
        parenthesized(nodes, isBlock: hasDescriptions) { $0.inputValueDefinition($1) }
    }

    private mutating func inputValueDefinition(_ node: InputValueDefinition) {
        description(node.description)
        write(node.name.value)
        write(": ")
        typeReference(node.type)
        if let defaultValue = node.defaultValue {
            write(" = ")
            value(defaultValue)
        }
        directives(node.directives)
    }

    private mutating func directiveDefinition(_ node: DirectiveDefinition) {
        description(node.description)
        write("directive @")
        write(node.name.value)
        argumentDefinitions(node.arguments)
        if node.isRepeatable { write(" repeatable") }
        write(" on ")
        write(node.locations.map(\.value).joined(separator: " | "))
    }
}
