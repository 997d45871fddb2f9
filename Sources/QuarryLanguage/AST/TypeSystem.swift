/// `schema @directives { query: Query … }` (§3.3 "Schema"); also the body of `extend schema`.
public struct SchemaDefinition: Sendable {
    public var description: StringValue?
    public var directives: [Directive]
    public var operationTypes: [OperationTypeDefinition]
    public var range: SourceRange

    public init(
        description: StringValue? = nil, directives: [Directive] = [], operationTypes: [OperationTypeDefinition] = [],
        range: SourceRange = SourceRange(start: 0, end: 0)
    ) {
        self.description = description
        self.directives = directives
        self.operationTypes = operationTypes
        self.range = range
    }
}

/// `query: Query` inside a schema definition (§3.3.1 "Root Operation Types").
public struct OperationTypeDefinition: Sendable {
    public var operation: OperationType
    public var type: Name
    public var range: SourceRange

    public init(operation: OperationType, type: Name, range: SourceRange = SourceRange(start: 0, end: 0)) {
        self.operation = operation
        self.type = type
        self.range = range
    }
}

/// A type definition or, wrapped in `Definition.typeExtension`, what an extension adds (§3.4
/// "Types", §3.5–§3.10).
public enum TypeDefinition: Sendable {
    case scalar(ScalarTypeDefinition)
    case object(ObjectTypeDefinition)
    case interface(InterfaceTypeDefinition)
    case union(UnionTypeDefinition)
    case enumeration(EnumTypeDefinition)
    case inputObject(InputObjectTypeDefinition)

    public var name: Name {
        switch self {
        case .scalar(let node): node.name
        case .object(let node): node.name
        case .interface(let node): node.name
        case .union(let node): node.name
        case .enumeration(let node): node.name
        case .inputObject(let node): node.name
        }
    }

    public var description: StringValue? {
        switch self {
        case .scalar(let node): node.description
        case .object(let node): node.description
        case .interface(let node): node.description
        case .union(let node): node.description
        case .enumeration(let node): node.description
        case .inputObject(let node): node.description
        }
    }

    public var directives: [Directive] {
        switch self {
        case .scalar(let node): node.directives
        case .object(let node): node.directives
        case .interface(let node): node.directives
        case .union(let node): node.directives
        case .enumeration(let node): node.directives
        case .inputObject(let node): node.directives
        }
    }

    public var range: SourceRange {
        switch self {
        case .scalar(let node): node.range
        case .object(let node): node.range
        case .interface(let node): node.range
        case .union(let node): node.range
        case .enumeration(let node): node.range
        case .inputObject(let node): node.range
        }
    }
}

/// `scalar Name @directives` (§3.5 "Scalars").
public struct ScalarTypeDefinition: Sendable {
    public var description: StringValue?
    public var name: Name
    public var directives: [Directive]
    public var range: SourceRange

    public init(
        description: StringValue? = nil, name: Name, directives: [Directive] = [],
        range: SourceRange = SourceRange(start: 0, end: 0)
    ) {
        self.description = description
        self.name = name
        self.directives = directives
        self.range = range
    }
}

/// `type Name implements A & B @directives { fields }` (§3.6 "Objects").
public struct ObjectTypeDefinition: Sendable {
    public var description: StringValue?
    public var name: Name
    public var interfaces: [Name]
    public var directives: [Directive]
    public var fields: [FieldDefinition]
    public var range: SourceRange

    public init(
        description: StringValue? = nil, name: Name, interfaces: [Name] = [], directives: [Directive] = [],
        fields: [FieldDefinition] = [], range: SourceRange = SourceRange(start: 0, end: 0)
    ) {
        self.description = description
        self.name = name
        self.interfaces = interfaces
        self.directives = directives
        self.fields = fields
        self.range = range
    }
}

/// `interface Name implements A @directives { fields }` (§3.7 "Interfaces").
public struct InterfaceTypeDefinition: Sendable {
    public var description: StringValue?
    public var name: Name
    public var interfaces: [Name]
    public var directives: [Directive]
    public var fields: [FieldDefinition]
    public var range: SourceRange

    public init(
        description: StringValue? = nil, name: Name, interfaces: [Name] = [], directives: [Directive] = [],
        fields: [FieldDefinition] = [], range: SourceRange = SourceRange(start: 0, end: 0)
    ) {
        self.description = description
        self.name = name
        self.interfaces = interfaces
        self.directives = directives
        self.fields = fields
        self.range = range
    }
}

/// `name(arguments): Type @directives` in an object or interface (§3.6.1 "Field Arguments").
public struct FieldDefinition: Sendable {
    public var description: StringValue?
    public var name: Name
    public var arguments: [InputValueDefinition]
    public var type: TypeReference
    public var directives: [Directive]
    public var range: SourceRange

    public init(
        description: StringValue? = nil, name: Name, arguments: [InputValueDefinition] = [], type: TypeReference,
        directives: [Directive] = [], range: SourceRange = SourceRange(start: 0, end: 0)
    ) {
        self.description = description
        self.name = name
        self.arguments = arguments
        self.type = type
        self.directives = directives
        self.range = range
    }
}

/// An argument definition or an input object field: `name: Type = default @directives`.
public struct InputValueDefinition: Sendable {
    public var description: StringValue?
    public var name: Name
    public var type: TypeReference
    public var defaultValue: Value?
    public var directives: [Directive]
    public var range: SourceRange

    public init(
        description: StringValue? = nil, name: Name, type: TypeReference, defaultValue: Value? = nil,
        directives: [Directive] = [], range: SourceRange = SourceRange(start: 0, end: 0)
    ) {
        self.description = description
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.directives = directives
        self.range = range
    }
}

/// `union Name @directives = A | B` (§3.8 "Unions").
public struct UnionTypeDefinition: Sendable {
    public var description: StringValue?
    public var name: Name
    public var directives: [Directive]
    public var types: [Name]
    public var range: SourceRange

    public init(
        description: StringValue? = nil, name: Name, directives: [Directive] = [], types: [Name] = [],
        range: SourceRange = SourceRange(start: 0, end: 0)
    ) {
        self.description = description
        self.name = name
        self.directives = directives
        self.types = types
        self.range = range
    }
}

/// `enum Name @directives { VALUES }` (§3.9 "Enums").
public struct EnumTypeDefinition: Sendable {
    public var description: StringValue?
    public var name: Name
    public var directives: [Directive]
    public var values: [EnumValueDefinition]
    public var range: SourceRange

    public init(
        description: StringValue? = nil, name: Name, directives: [Directive] = [], values: [EnumValueDefinition] = [],
        range: SourceRange = SourceRange(start: 0, end: 0)
    ) {
        self.description = description
        self.name = name
        self.directives = directives
        self.values = values
        self.range = range
    }
}

public struct EnumValueDefinition: Sendable {
    public var description: StringValue?
    public var name: Name
    public var directives: [Directive]
    public var range: SourceRange

    public init(
        description: StringValue? = nil, name: Name, directives: [Directive] = [],
        range: SourceRange = SourceRange(start: 0, end: 0)
    ) {
        self.description = description
        self.name = name
        self.directives = directives
        self.range = range
    }
}

/// `input Name @directives { fields }` (§3.10 "Input Objects").
public struct InputObjectTypeDefinition: Sendable {
    public var description: StringValue?
    public var name: Name
    public var directives: [Directive]
    public var fields: [InputValueDefinition]
    public var range: SourceRange

    public init(
        description: StringValue? = nil, name: Name, directives: [Directive] = [], fields: [InputValueDefinition] = [],
        range: SourceRange = SourceRange(start: 0, end: 0)
    ) {
        self.description = description
        self.name = name
        self.directives = directives
        self.fields = fields
        self.range = range
    }
}

/// `directive @name(arguments) repeatable on LOCATION | …` (§3.13 "Directives").
public struct DirectiveDefinition: Sendable {
    public var description: StringValue?
    public var name: Name
    public var arguments: [InputValueDefinition]
    public var isRepeatable: Bool
    public var locations: [Name]
    public var range: SourceRange

    public init(
        description: StringValue? = nil, name: Name, arguments: [InputValueDefinition] = [],
        isRepeatable: Bool = false, locations: [Name], range: SourceRange = SourceRange(start: 0, end: 0)
    ) {
        self.description = description
        self.name = name
        self.arguments = arguments
        self.isRepeatable = isRepeatable
        self.locations = locations
        self.range = range
    }
}

/// The places a directive may be used (§3.13 DirectiveLocations).
public enum DirectiveLocation: String, Sendable, CaseIterable {
    case query = "QUERY", mutation = "MUTATION", subscription = "SUBSCRIPTION", field = "FIELD"
    case fragmentDefinition = "FRAGMENT_DEFINITION", fragmentSpread = "FRAGMENT_SPREAD"
    case inlineFragment = "INLINE_FRAGMENT", variableDefinition = "VARIABLE_DEFINITION"
    case schema = "SCHEMA", scalar = "SCALAR", object = "OBJECT", fieldDefinition = "FIELD_DEFINITION"
    case argumentDefinition = "ARGUMENT_DEFINITION", interface = "INTERFACE", union = "UNION"
    case enumeration = "ENUM", enumValue = "ENUM_VALUE", inputObject = "INPUT_OBJECT"
    case inputFieldDefinition = "INPUT_FIELD_DEFINITION"
}
