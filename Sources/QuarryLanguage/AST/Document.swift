/// The syntax tree of a GraphQL document (spec §2.2 "Document"). Nodes are values; each keeps
/// the byte range it was parsed from, and line/column come from `Source.location(at:)`.
public struct Document: Sendable {
    public var definitions: [Definition]
    public var range: SourceRange

    public init(definitions: [Definition], range: SourceRange = SourceRange(start: 0, end: 0)) {
        self.definitions = definitions
        self.range = range
    }
}

/// One definition of a document: executable (§2.3, §2.8) or type system (§3).
public enum Definition: Sendable {
    case operation(OperationDefinition)
    case fragment(FragmentDefinition)
    case schema(SchemaDefinition)
    case type(TypeDefinition)
    case directive(DirectiveDefinition)
    /// `extend schema …`: the operation types and directives it adds.
    case schemaExtension(SchemaDefinition)
    /// `extend type …` and the other type extensions: what they add (no description).
    case typeExtension(TypeDefinition)

    public var range: SourceRange {
        switch self {
        case .operation(let node): node.range
        case .fragment(let node): node.range
        case .schema(let node), .schemaExtension(let node): node.range
        case .type(let node), .typeExtension(let node): node.range
        case .directive(let node): node.range
        }
    }

    /// Operations and fragments; everything else describes a type system (§2.2 "Executable
    /// Definitions").
    public var isExecutable: Bool {
        switch self {
        case .operation, .fragment: true
        default: false
        }
    }
}

/// A name (§2.1.9 "Names") with where it was written.
public struct Name: Hashable, Sendable, CustomStringConvertible {
    public var value: String
    public var range: SourceRange

    public init(_ value: String, range: SourceRange = SourceRange(start: 0, end: 0)) {
        self.value = value
        self.range = range
    }

    public var description: String { value }
}

/// A directive applied to a definition or selection (§2.12 "Directives").
public struct Directive: Sendable {
    public var name: Name
    public var arguments: [Argument]
    public var range: SourceRange

    public init(name: Name, arguments: [Argument] = [], range: SourceRange = SourceRange(start: 0, end: 0)) {
        self.name = name
        self.arguments = arguments
        self.range = range
    }
}

/// `name: value` in a field or directive (§2.6 "Arguments").
public struct Argument: Sendable {
    public var name: Name
    public var value: Value
    public var range: SourceRange

    public init(name: Name, value: Value, range: SourceRange = SourceRange(start: 0, end: 0)) {
        self.name = name
        self.value = value
        self.range = range
    }
}

/// A type reference (§2.11 "Type References"): a named type, a list, or a non-null wrapper.
public enum TypeReference: Sendable {
    case named(Name)
    indirect case list(TypeReference, SourceRange)
    indirect case nonNull(TypeReference, SourceRange)

    /// The named type inside any wrappers.
    public var namedType: Name {
        switch self {
        case .named(let name): name
        case .list(let inner, _), .nonNull(let inner, _): inner.namedType
        }
    }

    public var range: SourceRange {
        switch self {
        case .named(let name): name.range
        case .list(_, let range), .nonNull(_, let range): range
        }
    }
}
