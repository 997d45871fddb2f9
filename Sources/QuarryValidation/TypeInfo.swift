import QuarryLanguage
import QuarrySchema

/// The types at the current node of a walk (spec §5 relies on them throughout): the parent type
/// of the selection set, the current field's definition and output type, the expected input type
/// of the current value, the current directive and argument. Unknown names leave nil entries so
/// that rules can tell "unknown" from "not applicable".
public final class TypeInfo {
    public let schema: Schema
    private var parentTypes: [TypeID?] = []
    private var outputTypes: [TypeRef?] = []
    private var fieldDefinitions: [FieldDef?] = []
    private var inputTypes: [TypeRef?] = []
    private var defaultValues: [Value?] = []
    public private(set) var directive: DirectiveDef?
    /// True between a directive's enter and leave, known or not: its arguments are never the
    /// field's.
    public private(set) var isInDirective = false
    public private(set) var argument: InputValueDef?

    // The meta fields (§4.1 "Type Name Introspection", §4.2 "__schema and __type").
    let typenameField: FieldDef
    let schemaField: FieldDef?
    let typeField: FieldDef?

    init(schema: Schema) {
        self.schema = schema
        let string = schema.typeID(named: "String")!
        typenameField = FieldDef(name: "__typename", description: "The name of the object type.", type: .nonNull(.named(string)))
        schemaField = schema.typeID(named: "__Schema").map {
            FieldDef(name: "__schema", description: "The schema: types, root types, directives.", type: .nonNull(.named($0)))
        }
        typeField = schema.typeID(named: "__Type").map {
            var field = FieldDef(name: "__type", description: "A named type of the schema.", type: .named($0))
            field.arguments = [InputValueDef(name: "name", type: .nonNull(.named(string)))]
            return field
        }
    }

    /// The composite type whose selection set is being visited.
    public var parentType: TypeID? { parentTypes.last ?? nil }
    /// The output type of the current field (or of the operation / fragment at their top).
    public var outputType: TypeRef? { outputTypes.last ?? nil }
    public var fieldDefinition: FieldDef? { fieldDefinitions.last ?? nil }
    /// The input type the current value must have.
    public var inputType: TypeRef? { inputTypes.last ?? nil }
    /// The input type of the list or object that holds the current value.
    public var parentInputType: TypeRef? { inputTypes.count >= 2 ? inputTypes[inputTypes.count - 2] : nil }
    /// The default value of the argument, input field or variable being visited.
    public var defaultValue: Value? { defaultValues.last ?? nil }

    /// The definition of field `name` on `type`, meta fields included.
    public func field(named name: String, on type: TypeID) -> FieldDef? {
        if name == "__typename" { return schema[type].kind.isComposite ? typenameField : nil }
        if type == schema.queryType {
            if name == "__schema" { return schemaField }
            if name == "__type" { return typeField }
        }
        let named = schema[type]
        guard named.kind == .object || named.kind == .interface else { return nil }
        return named.field(named: name)
    }

    func enterOperation(_ node: OperationDefinition) {
        let root: TypeID? = switch node.operation {
        case .query: schema.queryType
        case .mutation: schema.mutationType
        case .subscription: schema.subscriptionType
        }
        outputTypes.append(root.map(TypeRef.named))
    }

    func leaveOperation(_ node: OperationDefinition) { outputTypes.removeLast() }

    func enterFragmentDefinition(_ node: FragmentDefinition) {
        outputTypes.append(schema.typeID(named: node.typeCondition.value).map(TypeRef.named))
    }

    func leaveFragmentDefinition(_ node: FragmentDefinition) { outputTypes.removeLast() }

    func enterInlineFragment(_ node: InlineFragment) {
        if let condition = node.typeCondition {
            outputTypes.append(schema.typeID(named: condition.value).map(TypeRef.named))
        } else {
            outputTypes.append(outputType)
        }
    }

    func leaveInlineFragment(_ node: InlineFragment) { outputTypes.removeLast() }

    func enterSelectionSet(_ node: SelectionSet) {
        let named = outputType?.namedType
        parentTypes.append(named.flatMap { schema[$0].kind.isComposite ? $0 : nil })
    }

    func leaveSelectionSet(_ node: SelectionSet) { parentTypes.removeLast() }

    func enterField(_ node: Field) {
        let definition = parentType.flatMap { field(named: node.name.value, on: $0) }
        fieldDefinitions.append(definition)
        outputTypes.append(definition?.type)
    }

    func leaveField(_ node: Field) {
        fieldDefinitions.removeLast()
        outputTypes.removeLast()
    }

    func enterVariableDefinition(_ node: VariableDefinition) {
        inputTypes.append(schema.typeRef(for: node.type))
        defaultValues.append(nil)
    }

    func leaveVariableDefinition(_ node: VariableDefinition) {
        inputTypes.removeLast()
        defaultValues.removeLast()
    }

    func enterDirective(_ node: Directive) {
        directive = schema.directive(named: node.name.value)
        isInDirective = true
    }

    func leaveDirective(_ node: Directive) {
        directive = nil
        isInDirective = false
    }

    func enterArgument(_ node: Argument) {
        // An unknown directive's arguments have no definitions (not the enclosing field's).
        let definitions = (isInDirective ? directive?.arguments : fieldDefinition?.arguments) ?? []
        argument = definitions.first { $0.name == node.name.value }
        inputTypes.append(argument?.type)
        defaultValues.append(argument?.defaultValue)
    }

    func leaveArgument(_ node: Argument) {
        argument = nil
        inputTypes.removeLast()
        defaultValues.removeLast()
    }

    /// Values nested in lists and objects get their expected type from their container.
    func enterValue(_ node: Value, context: ValueContext) {
        switch context {
        case .argument, .defaultValue:
            // The argument or variable definition already pushed the expected type.
            inputTypes.append(inputType)
            defaultValues.append(defaultValue)
        case .listItem:
            var item: TypeRef?
            if case .list(let inner) = inputType?.nullable { item = inner }
            inputTypes.append(item)
            defaultValues.append(nil)
        case .objectField(let name):
            // The named type, as graphql-js does: an object written where a list is expected is
            // coerced as a list of one (§3.11 "Input Coercion"), so `[T]` holds a `T` here.
            var fieldType: TypeRef?
            var fieldDefault: Value?
            if let container = inputType?.namedType,
                let field = schema[container].inputFields.first(where: { $0.name == name })
            {
                fieldType = field.type
                fieldDefault = field.defaultValue
            }
            inputTypes.append(fieldType)
            defaultValues.append(fieldDefault)
        }
    }

    func leaveValue(_ node: Value, context: ValueContext) {
        inputTypes.removeLast()
        defaultValues.removeLast()
    }
}
