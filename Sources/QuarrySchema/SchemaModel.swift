import QuarryLanguage

/// The index of a named type in `Schema.types`: the hot paths look types up by index, never by
/// name.
public struct TypeID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let index: Int32

    public init(_ index: Int) { self.index = Int32(index) }

    public static func < (lhs: TypeID, rhs: TypeID) -> Bool { lhs.index < rhs.index }
    public var description: String { "#\(index)" }
}

/// The six kinds of named types (spec §3.4 "Types").
public enum TypeKind: String, Sendable, Hashable {
    case scalar = "SCALAR", object = "OBJECT", interface = "INTERFACE", union = "UNION"
    case enumeration = "ENUM", inputObject = "INPUT_OBJECT"

    /// Input types (§3.4.2 "Input and Output Types").
    public var isInput: Bool { self == .scalar || self == .enumeration || self == .inputObject }
    /// Output types.
    public var isOutput: Bool { self != .inputObject }
    /// Types whose values have fields to select.
    public var isComposite: Bool { self == .object || self == .interface || self == .union }
    public var isAbstract: Bool { self == .interface || self == .union }
}

/// A type as used by a field, argument or variable: a named type wrapped in lists and non-null.
public indirect enum TypeRef: Hashable, Sendable {
    case named(TypeID)
    case list(TypeRef)
    case nonNull(TypeRef)

    public var namedType: TypeID {
        switch self {
        case .named(let id): id
        case .list(let inner), .nonNull(let inner): inner.namedType
        }
    }

    public var isNonNull: Bool {
        if case .nonNull = self { return true }
        return false
    }

    /// The type without its outer non-null wrapper.
    public var nullable: TypeRef {
        if case .nonNull(let inner) = self { return inner }
        return self
    }

    /// Whether this is a list once the outer non-null is removed.
    public var isList: Bool {
        if case .list = nullable { return true }
        return false
    }
}

/// A named type of the schema with everything introspection and execution need.
public struct NamedType: Sendable {
    public var kind: TypeKind
    public var name: String
    public var description: String?
    /// Objects and interfaces.
    public var fields: [FieldDef] = []
    /// Objects and interfaces: the interfaces they implement (transitively declared).
    public var interfaces: [TypeID] = []
    /// Unions: the members; interfaces: the object types implementing them (filled by the
    /// builder).
    public var possibleTypes: [TypeID] = []
    public var enumValues: [EnumValueDef] = []
    public var inputFields: [InputValueDef] = []
    /// `@specifiedBy(url:)` on a scalar.
    public var specifiedByURL: String?
    /// `@oneOf` on an input object.
    public var isOneOf = false
    /// `@collection(path:, plural:)`: the type is stored in a folder of `data/`.
    public var collection: CollectionInfo?
    /// Directives applied in the SDL, kept for printing and for Quarry's own directives.
    public var directives: [QuarryLanguage.Directive] = []
    /// Where it was defined, for messages.
    public var location: SchemaLocation?
    /// True for the types every schema has (`String`, `__Type`, …).
    public var isBuiltIn = false
    /// True for the types of the generated query API (PRODUCT.md §5).
    public var isGenerated = false
    /// A generated type that turned out empty: left out of the served schema (SEMANTICS.md
    /// §15.2) but kept in `Schema.types` so that type ids stay stable.
    public var isHidden = false

    public init(kind: TypeKind, name: String, description: String? = nil) {
        self.kind = kind
        self.name = name
        self.description = description
    }

    /// The field named `name` (linear: types have few fields; execution uses indexes).
    public func field(named name: String) -> FieldDef? { fields.first { $0.name == name } }
    public func fieldIndex(named name: String) -> Int? { fields.firstIndex { $0.name == name } }
}

/// `@collection(path:, plural:)` on an object type (PRODUCT.md §4).
public struct CollectionInfo: Sendable, Hashable {
    /// The folder under `data/`.
    public var path: String
    /// `orders` for `Order` unless `plural:` says otherwise.
    public var plural: String
    /// `order` for `Order`.
    public var singular: String
}

/// How a field of a stored or embedded type gets its value (PRODUCT.md §4).
public enum FieldSource: Sendable, Hashable {
    /// Read from the document under `key` (the field name unless `@key(name:)` renames it).
    case stored(key: String)
    /// The stored value is the id (or ids) of documents of the field's type (`@ref`).
    case reference(key: String)
    /// The documents of the field's type whose `@ref` field `field` points here (`@reverse`).
    case reverse(field: String)
    /// Resolved by Swift code registered under `Type.field` (`@computed`).
    case computed
    /// The generated `<field>Connection` sibling of a list field of stored documents: the same
    /// documents as a connection.
    case connection(of: String)
    /// A field of a type the schema generated or of an introspection type: resolved by the
    /// engine.
    case engine
}

public struct FieldDef: Sendable {
    public var name: String
    public var description: String?
    public var arguments: [InputValueDef] = []
    public var type: TypeRef
    public var deprecationReason: String?
    public var source: FieldSource = .engine
    public var directives: [QuarryLanguage.Directive] = []
    public var location: SchemaLocation?

    public init(name: String, description: String? = nil, type: TypeRef) {
        self.name = name
        self.description = description
        self.type = type
    }

    public var isDeprecated: Bool { deprecationReason != nil }
}

/// An argument or an input object field.
public struct InputValueDef: Sendable {
    public var name: String
    public var description: String?
    public var type: TypeRef
    /// As written in the SDL; coerced when used.
    public var defaultValue: QuarryLanguage.Value?
    public var deprecationReason: String?
    public var directives: [QuarryLanguage.Directive] = []
    public var location: SchemaLocation?

    public init(name: String, description: String? = nil, type: TypeRef, defaultValue: QuarryLanguage.Value? = nil) {
        self.name = name
        self.description = description
        self.type = type
        self.defaultValue = defaultValue
    }

    public var isDeprecated: Bool { deprecationReason != nil }
}

public struct EnumValueDef: Sendable {
    public var name: String
    public var description: String?
    public var deprecationReason: String?
    public var directives: [QuarryLanguage.Directive] = []
    public var location: SchemaLocation?

    public init(name: String, description: String? = nil) {
        self.name = name
        self.description = description
    }

    public var isDeprecated: Bool { deprecationReason != nil }
}

public struct DirectiveDef: Sendable {
    public var name: String
    public var description: String?
    public var arguments: [InputValueDef]
    public var locations: [DirectiveLocation]
    public var isRepeatable: Bool
    public var location: SchemaLocation?
    public var isBuiltIn = false

    public init(
        name: String, description: String? = nil, arguments: [InputValueDef] = [], locations: [DirectiveLocation],
        isRepeatable: Bool = false
    ) {
        self.name = name
        self.description = description
        self.arguments = arguments
        self.locations = locations
        self.isRepeatable = isRepeatable
    }
}

/// A place in one of the schema's files: the file's index in `Schema.files` and a byte offset.
public struct SchemaLocation: Sendable, Hashable {
    public var file: Int32
    public var offset: UInt32

    public init(file: Int, offset: UInt32) {
        self.file = Int32(file)
        self.offset = offset
    }
}
