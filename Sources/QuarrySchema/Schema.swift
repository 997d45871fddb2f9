import QuarryLanguage

/// An immutable, validated schema: the source types of the SDL files plus the built-in types
/// and, once generated, the query API of PRODUCT.md §5. Safe to share between threads.
public final class Schema: Sendable {
    /// All named types; `TypeID.index` indexes this array.
    public let types: [NamedType]
    public let directives: [DirectiveDef]
    public let queryType: TypeID
    /// Always nil until mutations arrive (SEMANTICS.md §2.2).
    public let mutationType: TypeID?
    public let subscriptionType: TypeID?
    public let description: String?
    /// The schema files, in the order they were read, for turning locations into
    /// `file:line:column`.
    public let files: [Source]
    private let typeIndex: [String: TypeID]

    init(
        types: [NamedType], directives: [DirectiveDef], queryType: TypeID, mutationType: TypeID?,
        subscriptionType: TypeID?, description: String?, files: [Source]
    ) {
        self.types = types
        self.directives = directives
        self.queryType = queryType
        self.mutationType = mutationType
        self.subscriptionType = subscriptionType
        self.description = description
        self.files = files
        var index: [String: TypeID] = [:]
        for (position, type) in types.enumerated() { index[type.name] = TypeID(position) }
        self.typeIndex = index
    }

    public subscript(id: TypeID) -> NamedType { types[Int(id.index)] }

    public func typeID(named name: String) -> TypeID? { typeIndex[name] }
    public func type(named name: String) -> NamedType? { typeIndex[name].map { self[$0] } }
    public func directive(named name: String) -> DirectiveDef? { directives.first { $0.name == name } }

    /// The stored types, in the order the SDL defines them.
    public var collections: [TypeID] {
        types.indices.compactMap { types[$0].collection != nil ? TypeID($0) : nil }
    }

    /// `file:line:column` of a location, the file named as it was given to the builder.
    public func describe(_ location: SchemaLocation) -> (file: String, line: Int, column: Int) {
        let source = files[Int(location.file)]
        let position = source.location(at: Int(location.offset))
        return (source.name, position.line, position.column)
    }

    /// Whether `sub` can be used where `superType` is expected (spec §3.6.1 IsValidImplementation
    /// / IsSubType for output types).
    public func isSubtype(_ sub: TypeRef, of superType: TypeRef) -> Bool {
        switch (sub, superType) {
        case (.nonNull(let inner), .nonNull(let superInner)): return isSubtype(inner, of: superInner)
        case (.nonNull(let inner), _): return isSubtype(inner, of: superType)
        case (_, .nonNull): return false
        case (.list(let inner), .list(let superInner)): return isSubtype(inner, of: superInner)
        case (.list, _), (_, .list): return false
        case (.named(let a), .named(let b)):
            if a == b { return true }
            return isPossibleType(a, of: b)
        }
    }

    /// Whether object type `object` is a member of abstract type `abstract`.
    public func isPossibleType(_ object: TypeID, of abstract: TypeID) -> Bool {
        let type = self[abstract]
        return type.kind.isAbstract && type.possibleTypes.contains(object)
            || (type.kind == .interface && self[object].interfaces.contains(abstract))
    }

    /// The type a type reference of a document names (`[Order!]!`), or nil when a name in it is
    /// not a type of this schema.
    public func typeRef(for reference: TypeReference) -> TypeRef? {
        switch reference {
        case .named(let name): typeID(named: name.value).map(TypeRef.named)
        case .list(let inner, _): typeRef(for: inner).map(TypeRef.list)
        case .nonNull(let inner, _): typeRef(for: inner).map(TypeRef.nonNull)
        }
    }

    /// `[Order!]!` for a type reference.
    public func render(_ type: TypeRef) -> String {
        switch type {
        case .named(let id): self[id].name
        case .list(let inner): "[\(render(inner))]"
        case .nonNull(let inner): "\(render(inner))!"
        }
    }
}
