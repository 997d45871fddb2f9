import QuarryLanguage
import QuarrySchema
import QuarryStore

/// The fields of one selection set for one object type, compiled once per (document, operation,
/// variables): fields collected (spec §6.3.2), each field's definition found, its arguments
/// coerced and, for stored types, the layout slot its value sits in; sub-plans compiled for every
/// concrete type a field's value can have. A list of 10 000 objects then writes each one without
/// looking anything up by name, and a repeated request compiles nothing. Immutable once built,
/// so requests on many threads share it.
final class SelectionPlan: @unchecked Sendable {
    let fields: [FieldPlan]
    /// The same fields, unretained (`fields` holds them): the writer borrows each per object
    /// instead of retaining and releasing it.
    let unretainedFields: [Unmanaged<FieldPlan>]

    init(fields: [FieldPlan]) {
        self.fields = fields
        unretainedFields = fields.map { Unmanaged.passUnretained($0) }
    }
}

/// One response key of a selection plan.
final class FieldPlan: @unchecked Sendable {
    enum Kind {
        case typename
        /// Validation keeps unknown fields out; written as null should one get through.
        case unknown
        case field(FieldDef)
    }

    let responseKey: String
    /// `"responseKey":`, escaped once, and `,"responseKey":` for every field but an object's
    /// first (one copy instead of a comma and then the key).
    let key: PreparedJSON
    let separatedKey: PreparedJSON
    let nodes: [Field]
    let kind: Kind
    /// The field's type (of `__typename` and unknown fields: String's place, never read), and
    /// whether it is non-null: read per value, without copying the whole definition.
    let type: TypeRef
    let isNonNull: Bool
    /// The object type the field belongs to (error messages name it).
    let owner: TypeID
    /// The coerced arguments, or why they could not be coerced (reported where the field is
    /// written, with its path).
    let arguments: Result<[String: InputValue], FieldFailure>
    let subselections: [SelectionSet]
    /// The slot of a stored field (a scalar, enum, embedded object, single `@ref` or list of
    /// those, not a list of `@ref`, which is a connection) in its type's layout.
    let slot: Int?
    /// The JSON strings of the field's enum values, when its named type is an enum.
    let enumJSON: [PreparedJSON]
    /// How a stored field's value is written (`.general` for any other field).
    let storedShape: StoredShape
    /// Sub-plans by concrete object type: one in practice, more under a union or interface.
    /// Set once, while the plan is built.
    fileprivate(set) var children: [(type: TypeID, plan: SelectionPlan)] = []

    init(responseKey: String, nodes: [Field], kind: Kind, owner: TypeID, arguments: Result<[String: InputValue], FieldFailure>,
         slot: Int?, enumJSON: [PreparedJSON], storedShape: StoredShape = .general) {
        self.responseKey = responseKey
        var key = JSONWriter(capacity: responseKey.utf8.count + 3)
        key.key(responseKey)
        self.key = PreparedJSON(key.bytes)
        separatedKey = PreparedJSON([UInt8(ascii: ",")] + key.bytes)
        self.nodes = nodes
        self.kind = kind
        if case .field(let definition) = kind { type = definition.type } else { type = .named(owner) }
        isNonNull = type.isNonNull
        self.owner = owner
        self.arguments = arguments
        self.subselections = nodes.compactMap(\.selectionSet)
        self.slot = slot
        self.enumJSON = enumJSON
        self.storedShape = slot == nil ? .general : storedShape
    }

    var node: Field { nodes[0] }

    /// The plan of the sub-selections for objects of `type` (compiled afresh, unshared, for a
    /// type the plan did not foresee).
    @inline(__always)
    func child(for type: TypeID, _ compile: (TypeID, [SelectionSet]) -> SelectionPlan) -> SelectionPlan {
        for entry in children where entry.type == type { return entry.plan }
        return compile(type, subselections)
    }
}

extension Executor {
    /// Compiles the plan of `selectionSets` for objects of `type`.
    func plan(_ type: TypeID, _ selectionSets: [SelectionSet]) -> SelectionPlan {
        let layout = snapshot.layouts[type]
        let named = schema[type]
        let fields = collector.collect(selectionSets, for: type).map { collected -> FieldPlan in
            let node = collected.nodes[0]
            let name = node.name.value
            let kind: FieldPlan.Kind
            var slot: Int?
            var enumJSON: [PreparedJSON] = []
            var arguments: Result<[String: InputValue], FieldFailure> = .success([:])
            var shape = StoredShape.general
            if name == "__typename" {
                kind = .typename
            } else if let definition = fieldDefinition(name, on: type) {
                kind = .field(definition)
                do throws(FieldFailure) {
                    arguments = .success(try self.arguments.arguments(node.arguments, definitions: definition.arguments))
                } catch {
                    arguments = .failure(error)
                }
                let valueType = schema[definition.type.namedType]
                if valueType.kind == .enumeration {
                    enumJSON = valueType.enumValues.map { value in
                        var json = JSONWriter(capacity: value.name.utf8.count + 2)
                        json.string(value.name)
                        return PreparedJSON(json.bytes)
                    }
                }
                switch definition.source {
                case .reference where definition.type.isList: break
                case .stored, .reference:
                    if let index = named.fieldIndex(named: name) { slot = layout?.slotOfField[index] }
                    shape = StoredShape(definition.type, schema: schema)
                default: break
                }
            } else {
                kind = .unknown
            }
            return FieldPlan(responseKey: collected.responseKey, nodes: collected.nodes, kind: kind, owner: type,
                             arguments: arguments, slot: slot, enumJSON: enumJSON, storedShape: shape)
        }
        for field in fields where !field.subselections.isEmpty {
            field.children = concreteTypes(of: field.type.namedType).map { ($0, plan($0, field.subselections)) }
        }
        return SelectionPlan(fields: fields)
    }

    /// The object types a value of `type` can have (spec §6.4.3 ResolveAbstractType).
    private func concreteTypes(of type: TypeID) -> [TypeID] {
        let named = schema.types[Int(type.index)]
        return named.kind.isAbstract ? named.possibleTypes : [type]
    }

    /// A field's definition, the introspection entry points of the query type included
    /// (spec §4.2: `__schema` and `__type` are implicit).
    func fieldDefinition(_ name: String, on type: TypeID) -> FieldDef? {
        if type == schema.queryType {
            if name == "__schema", let id = types.schema { return FieldDef(name: name, type: .nonNull(.named(id))) }
            if name == "__type", let id = types.type {
                var field = FieldDef(name: name, type: .named(id))
                field.arguments = [InputValueDef(name: "name", type: .nonNull(.named(schema.typeID(named: "String")!)))]
                return field
            }
        }
        return schema[type].field(named: name)
    }
}
