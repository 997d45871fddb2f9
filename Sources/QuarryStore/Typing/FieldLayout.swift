import QuarrySchema

/// The stored fields of an object type, in schema order, with the key each is read from: the
/// positions of a document's `values`. Computed and `@reverse` fields are not stored.
public struct FieldLayout: Sendable {
    public struct Slot: Sendable {
        /// The field's index in `NamedType.fields`.
        public var field: Int
        public var name: String
        /// The key in the document (`@key(name:)` or the field name), as UTF-8 for byte matching.
        public var key: [UInt8]
        public var type: TypeRef
        public var isReference: Bool
        /// How the store types the value, resolved once (see `SlotPlan`).
        var plan: SlotPlan
    }

    public var slots: [Slot]
    /// For each field of the type, its slot, or nil when the field is not stored.
    public var slotOfField: [Int?]

    public init(type: NamedType) {
        var slots: [Slot] = []
        var slotOfField: [Int?] = []
        for (index, field) in type.fields.enumerated() {
            switch field.source {
            case .stored(let key), .reference(let key):
                var isReference = false
                if case .reference = field.source { isReference = true }
                slotOfField.append(slots.count)
                slots.append(Slot(field: index, name: field.name, key: Array(key.utf8), type: field.type, isReference: isReference,
                                  plan: SlotPlan(field.type)))
            default:
                slotOfField.append(nil)
            }
        }
        self.slots = slots
        self.slotOfField = slotOfField
    }

    /// The slot whose key is `id`, if the type stores one.
    public var idSlot: Int? { slots.firstIndex { $0.key == Array("id".utf8) } }
}

/// The layouts of every object type of a schema, by type index.
public struct SchemaLayouts: Sendable {
    public let layouts: [FieldLayout?]
    /// How the store types a value of each named type, by type index: resolved once, so that
    /// typing a value never copies a `NamedType` or compares type names.
    let shapes: [ValueShape]
    /// The layouts, shapes and enum value names, flat, for typing's hot paths.
    let tables: TypingTables

    public init(schema: Schema) {
        layouts = schema.types.map { $0.kind == .object && !$0.isBuiltIn && !$0.isGenerated ? FieldLayout(type: $0) : nil }
        shapes = schema.types.map(ValueShape.init(type:))
        tables = TypingTables(schema: schema, layouts: layouts, shapes: shapes)
    }

    public subscript(type: TypeID) -> FieldLayout? { layouts[Int(type.index)] }
}

/// What a stored value of a named type is (PRODUCT.md §3).
enum ValueShape: Sendable {
    case int, float, boolean, decimal, date, dateTime
    /// `String`, `ID` and custom scalars: the text as written.
    case text
    case enumeration
    /// A collection type: a `@ref` holding the target's id.
    case reference
    /// An embedded object.
    case object
    /// Interfaces, unions and input objects cannot be stored.
    case unstorable

    init(type: NamedType) {
        switch type.kind {
        case .object: self = type.collection != nil ? .reference : .object
        case .enumeration: self = .enumeration
        case .interface, .union, .inputObject: self = .unstorable
        case .scalar:
            switch type.name {
            case "Int": self = .int
            case "Float": self = .float
            case "Boolean": self = .boolean
            case "Decimal": self = .decimal
            case "Date": self = .date
            case "DateTime": self = .dateTime
            default: self = .text
            }
        }
    }
}

/// A field's type in the shapes almost every field has (`T`, `T!`, `[T]`, `[T!]`, `[T]!`,
/// `[T!]!`) as plain flags: typing a value then never walks the indirect `TypeRef` (whose
/// boxes cost a retain and a release at every step). Other shapes (lists of lists) are typed
/// through the `TypeRef`.
struct SlotPlan: Sendable {
    var named = TypeID(0)
    var nonNull = false
    var isList = false
    var itemNonNull = false
    var isSimple = false

    init(_ type: TypeRef) {
        var inner = type
        nonNull = Self.strip(&inner)
        if case .list(let item) = inner {
            isList = true
            inner = item
            itemNonNull = Self.strip(&inner)
        }
        if case .named(let id) = inner {
            named = id
            isSimple = true
        }
    }

    /// Removes a non-null wrapper; whether there was one.
    private static func strip(_ type: inout TypeRef) -> Bool {
        guard case .nonNull(let wrapped) = type else { return false }
        type = wrapped
        return true
    }
}
