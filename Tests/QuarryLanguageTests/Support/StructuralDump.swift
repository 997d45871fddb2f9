import QuarryLanguage

/// A canonical text dump of a document's structure, one node per line, indented by depth:
/// every node kind and every field, ranges left out. Two documents are structurally equal when
/// their dumps are equal.
///
/// Spelling is left out too, because the printer may change it: whether a string was written as
/// a block string (`isBlock`; the string's value is compared) and whether a query was written as
/// the `{ … }` shorthand (`isShorthand`; it is still a query). Strings are dumped with every
/// non-ASCII scalar escaped, so comparing dumps compares scalars, not Swift's canonical
/// equivalence.
///
/// Built with `walk(_:with:)`, so every comparison also exercises the visitor.
func structuralDump(_ document: Document) -> String {
    var dump = StructuralDump()
    walk(document, with: &dump)
    return dump.lines.joined(separator: "\n")
}

struct StructuralDump: ASTVisitor {
    private(set) var lines: [String] = []
    private var depth = 0

    private mutating func open(_ text: String) -> VisitAction {
        lines.append(String(repeating: "  ", count: depth) + text)
        depth += 1
        return .continue
    }

    private mutating func close() {
        depth -= 1
    }

    mutating func enterDocument(_ node: Document) -> VisitAction { open("Document") }
    mutating func leaveDocument(_ node: Document) { close() }

    mutating func enterOperation(_ node: OperationDefinition) -> VisitAction {
        open("Operation \(node.operation.rawValue) name=\(name(node.name))\(described(node.description))")
    }
    mutating func leaveOperation(_ node: OperationDefinition) { close() }

    mutating func enterFragmentDefinition(_ node: FragmentDefinition) -> VisitAction {
        open("FragmentDefinition \(node.name) on=\(node.typeCondition)\(described(node.description))")
    }
    mutating func leaveFragmentDefinition(_ node: FragmentDefinition) { close() }

    mutating func enterVariableDefinition(_ node: VariableDefinition) -> VisitAction {
        open(
            "VariableDefinition $\(node.variable.name) default=\(node.defaultValue != nil)"
                + described(node.description))
    }
    mutating func leaveVariableDefinition(_ node: VariableDefinition) { close() }

    mutating func enterSelectionSet(_ node: SelectionSet) -> VisitAction { open("SelectionSet") }
    mutating func leaveSelectionSet(_ node: SelectionSet) { close() }

    mutating func enterField(_ node: Field) -> VisitAction {
        open("Field alias=\(name(node.alias)) name=\(node.name) selections=\(node.selectionSet != nil)")
    }
    mutating func leaveField(_ node: Field) { close() }

    mutating func enterFragmentSpread(_ node: FragmentSpread) -> VisitAction { open("FragmentSpread \(node.name)") }
    mutating func leaveFragmentSpread(_ node: FragmentSpread) { close() }

    mutating func enterInlineFragment(_ node: InlineFragment) -> VisitAction {
        open("InlineFragment on=\(name(node.typeCondition))")
    }
    mutating func leaveInlineFragment(_ node: InlineFragment) { close() }

    mutating func enterArgument(_ node: Argument) -> VisitAction { open("Argument \(node.name)") }
    mutating func leaveArgument(_ node: Argument) { close() }

    mutating func enterDirective(_ node: Directive, location: DirectiveLocation) -> VisitAction {
        open("Directive @\(node.name) at=\(location.rawValue)")
    }
    mutating func leaveDirective(_ node: Directive, location: DirectiveLocation) { close() }

    mutating func enterValue(_ node: Value, context: ValueContext) -> VisitAction {
        let kind: String =
            switch node {
            case .variable(let variable): "variable $\(variable.name)"
            case .int(let number): "int \(number.text)"
            case .float(let number): "float \(number.text)"
            case .string(let string): "string \(scalarEscaped(string.value))"
            case .boolean(let boolean): "boolean \(boolean.value)"
            case .null: "null"
            case .enumValue(let name): "enum \(name)"
            case .list(let list): "list count=\(list.values.count)"
            case .object(let object): "object count=\(object.fields.count)"
            }
        return open("Value (\(contextText(context))) \(kind)")
    }
    mutating func leaveValue(_ node: Value, context: ValueContext) { close() }

    mutating func enterObjectField(_ node: ObjectField) -> VisitAction { open("ObjectField \(node.name)") }
    mutating func leaveObjectField(_ node: ObjectField) { close() }

    mutating func enterTypeReference(_ node: TypeReference) -> VisitAction { open("Type \(typeText(node))") }
    mutating func leaveTypeReference(_ node: TypeReference) { close() }

    mutating func enterSchemaDefinition(_ node: SchemaDefinition, isExtension: Bool) -> VisitAction {
        open((isExtension ? "SchemaExtension" : "SchemaDefinition") + described(node.description))
    }
    mutating func leaveSchemaDefinition(_ node: SchemaDefinition, isExtension: Bool) { close() }

    mutating func enterOperationTypeDefinition(_ node: OperationTypeDefinition) -> VisitAction {
        open("OperationType \(node.operation.rawValue): \(node.type)")
    }
    mutating func leaveOperationTypeDefinition(_ node: OperationTypeDefinition) { close() }

    mutating func enterTypeDefinition(_ node: TypeDefinition, isExtension: Bool) -> VisitAction {
        let prefix = isExtension ? "Extension " : ""
        let text: String =
            switch node {
            case .scalar(let scalar): "Scalar \(scalar.name)"
            case .object(let object):
                "Object \(object.name) implements=\(names(object.interfaces)) fields=\(object.fields.count)"
            case .interface(let interface):
                "Interface \(interface.name) implements=\(names(interface.interfaces)) fields=\(interface.fields.count)"
            case .union(let union): "Union \(union.name) types=\(names(union.types))"
            case .enumeration(let enumeration): "Enum \(enumeration.name) values=\(enumeration.values.count)"
            case .inputObject(let inputObject): "InputObject \(inputObject.name) fields=\(inputObject.fields.count)"
            }
        return open(prefix + text + described(node.description))
    }
    mutating func leaveTypeDefinition(_ node: TypeDefinition, isExtension: Bool) { close() }

    mutating func enterFieldDefinition(_ node: FieldDefinition) -> VisitAction {
        open("FieldDefinition \(node.name) arguments=\(node.arguments.count)" + described(node.description))
    }
    mutating func leaveFieldDefinition(_ node: FieldDefinition) { close() }

    mutating func enterInputValueDefinition(_ node: InputValueDefinition, isInputField: Bool) -> VisitAction {
        open(
            "\(isInputField ? "InputField" : "ArgumentDefinition") \(node.name) default=\(node.defaultValue != nil)"
                + described(node.description))
    }
    mutating func leaveInputValueDefinition(_ node: InputValueDefinition, isInputField: Bool) { close() }

    mutating func enterEnumValueDefinition(_ node: EnumValueDefinition) -> VisitAction {
        open("EnumValue \(node.name)" + described(node.description))
    }
    mutating func leaveEnumValueDefinition(_ node: EnumValueDefinition) { close() }

    mutating func enterDirectiveDefinition(_ node: DirectiveDefinition) -> VisitAction {
        open(
            "DirectiveDefinition @\(node.name) repeatable=\(node.isRepeatable) on=\(names(node.locations))"
                + described(node.description))
    }
    mutating func leaveDirectiveDefinition(_ node: DirectiveDefinition) { close() }

    // MARK: Field text

    private func name(_ name: Name?) -> String { name?.value ?? "-" }

    private func names(_ names: [Name]) -> String { "[" + names.map(\.value).joined(separator: ", ") + "]" }

    private func described(_ description: StringValue?) -> String {
        description.map { " description=\(scalarEscaped($0.value))" } ?? ""
    }

    private func contextText(_ context: ValueContext) -> String {
        switch context {
        case .argument(let name): "argument \(name)"
        case .defaultValue: "default"
        case .listItem(let index): "item \(index)"
        case .objectField(let name): "field \(name)"
        }
    }

    private func typeText(_ type: TypeReference) -> String {
        switch type {
        case .named(let name): name.value
        case .list(let inner, _): "[\(typeText(inner))]"
        case .nonNull(let inner, _): "\(typeText(inner))!"
        }
    }
}

/// `"…"` with `"` and `\` escaped and every scalar outside printable ASCII as `\u{…}`.
func scalarEscaped(_ text: String) -> String {
    var output = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": output += "\\\""
        case "\\": output += "\\\\"
        case " "..."~": output.unicodeScalars.append(scalar)
        default: output += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
        }
    }
    return output + "\""
}
