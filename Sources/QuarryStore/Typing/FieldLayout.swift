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
                slots.append(Slot(field: index, name: field.name, key: Array(key.utf8), type: field.type, isReference: isReference))
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

    public init(schema: Schema) {
        layouts = schema.types.map { $0.kind == .object && !$0.isBuiltIn && !$0.isGenerated ? FieldLayout(type: $0) : nil }
    }

    public subscript(type: TypeID) -> FieldLayout? { layouts[Int(type.index)] }
}
