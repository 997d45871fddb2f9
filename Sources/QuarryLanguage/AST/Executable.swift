/// Operations (§2.3 "Operations"): `query`, `mutation` or `subscription`.
public enum OperationType: String, Sendable, CaseIterable {
    case query, mutation, subscription
}

/// An operation (§2.3), the shorthand `{ … }` included (then `name` is nil and
/// `isShorthand` true).
public struct OperationDefinition: Sendable {
    /// Executable descriptions (September 2025 edition).
    public var description: StringValue?
    public var operation: OperationType
    public var name: Name?
    public var variableDefinitions: [VariableDefinition]
    public var directives: [Directive]
    public var selectionSet: SelectionSet
    public var isShorthand: Bool
    public var range: SourceRange

    public init(
        description: StringValue? = nil, operation: OperationType, name: Name? = nil,
        variableDefinitions: [VariableDefinition] = [], directives: [Directive] = [],
        selectionSet: SelectionSet, isShorthand: Bool = false, range: SourceRange = SourceRange(start: 0, end: 0)
    ) {
        self.description = description
        self.operation = operation
        self.name = name
        self.variableDefinitions = variableDefinitions
        self.directives = directives
        self.selectionSet = selectionSet
        self.isShorthand = isShorthand
        self.range = range
    }
}

/// `$name: Type = default @directives` (§2.10 "Variables").
public struct VariableDefinition: Sendable {
    public var description: StringValue?
    public var variable: Variable
    public var type: TypeReference
    public var defaultValue: Value?
    public var directives: [Directive]
    public var range: SourceRange

    public init(
        description: StringValue? = nil, variable: Variable, type: TypeReference, defaultValue: Value? = nil,
        directives: [Directive] = [], range: SourceRange = SourceRange(start: 0, end: 0)
    ) {
        self.description = description
        self.variable = variable
        self.type = type
        self.defaultValue = defaultValue
        self.directives = directives
        self.range = range
    }
}

/// `{ … }` (§2.4 "Selection Sets").
public struct SelectionSet: Sendable {
    public var selections: [Selection]
    public var range: SourceRange

    public init(selections: [Selection], range: SourceRange = SourceRange(start: 0, end: 0)) {
        self.selections = selections
        self.range = range
    }
}

public enum Selection: Sendable {
    case field(Field)
    case fragmentSpread(FragmentSpread)
    case inlineFragment(InlineFragment)

    public var range: SourceRange {
        switch self {
        case .field(let node): node.range
        case .fragmentSpread(let node): node.range
        case .inlineFragment(let node): node.range
        }
    }
}

/// `alias: name(arguments) @directives { … }` (§2.5 "Fields", §2.7 "Field Alias").
public struct Field: Sendable {
    public var alias: Name?
    public var name: Name
    public var arguments: [Argument]
    public var directives: [Directive]
    public var selectionSet: SelectionSet?
    public var range: SourceRange

    public init(
        alias: Name? = nil, name: Name, arguments: [Argument] = [], directives: [Directive] = [],
        selectionSet: SelectionSet? = nil, range: SourceRange = SourceRange(start: 0, end: 0)
    ) {
        self.alias = alias
        self.name = name
        self.arguments = arguments
        self.directives = directives
        self.selectionSet = selectionSet
        self.range = range
    }

    /// The key of this field in the response: the alias if there is one, else the name.
    public var responseKey: String { alias?.value ?? name.value }
}

/// `...Name @directives` (§2.8 "Fragments").
public struct FragmentSpread: Sendable {
    public var name: Name
    public var directives: [Directive]
    public var range: SourceRange

    public init(name: Name, directives: [Directive] = [], range: SourceRange = SourceRange(start: 0, end: 0)) {
        self.name = name
        self.directives = directives
        self.range = range
    }
}

/// `... on Type @directives { … }` (§2.8.2 "Inline Fragments").
public struct InlineFragment: Sendable {
    public var typeCondition: Name?
    public var directives: [Directive]
    public var selectionSet: SelectionSet
    public var range: SourceRange

    public init(
        typeCondition: Name? = nil, directives: [Directive] = [], selectionSet: SelectionSet,
        range: SourceRange = SourceRange(start: 0, end: 0)
    ) {
        self.typeCondition = typeCondition
        self.directives = directives
        self.selectionSet = selectionSet
        self.range = range
    }
}

/// `fragment Name on Type @directives { … }` (§2.8).
public struct FragmentDefinition: Sendable {
    public var description: StringValue?
    public var name: Name
    public var typeCondition: Name
    public var directives: [Directive]
    public var selectionSet: SelectionSet
    public var range: SourceRange

    public init(
        description: StringValue? = nil, name: Name, typeCondition: Name, directives: [Directive] = [],
        selectionSet: SelectionSet, range: SourceRange = SourceRange(start: 0, end: 0)
    ) {
        self.description = description
        self.name = name
        self.typeCondition = typeCondition
        self.directives = directives
        self.selectionSet = selectionSet
        self.range = range
    }
}
