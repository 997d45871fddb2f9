import QuarrySchema
import QuarryStore

/// What a compiled filter, sort key, aggregate or group reads a value from: a stored document
/// (its collection and position, which computed fields need) or an embedded value.
struct Subject {
    let values: [StoredValue]
    /// The collection index of a stored document, -1 for an embedded value.
    let collection: Int
    let position: Int32

    @inline(__always)
    init(document data: CollectionData, collection: Int, position: Int32) {
        self.values = data.documents[Int(position)].values
        self.collection = collection
        self.position = position
    }

    @inline(__always)
    init(embedded values: [StoredValue]) {
        self.values = values
        self.collection = -1
        self.position = -1
    }
}

/// How one field of a type is read, decided once when a filter, sort or aggregate is compiled:
/// a slot of the type's `FieldLayout`, the Swift code of a computed field (SEMANTICS.md §8.7),
/// or nothing (a field the layout does not store reads as null).
enum ValueAccess {
    case slot(Int)
    case computed(key: String, ComputedFields.Resolver)
    case absent
}

/// A stored collection a compiled condition or key reaches through a `@ref` or `@reverse`.
struct Target {
    let index: Int
    let data: CollectionData
}

/// Reads documents of one snapshot for the connection machinery: field accesses compiled
/// once per connection field, values read per document without looking names up.
struct DocumentReader {
    let snapshot: StoreSnapshot
    let computed: ComputedFields

    var schema: Schema { snapshot.schema }

    /// How to read `field` (the field at `index` of `type`).
    func access(_ field: FieldDef, at index: Int, of type: TypeID) throws(FieldFailure) -> ValueAccess {
        switch field.source {
        case .stored, .reference:
            guard let layout = snapshot.layouts[type], let slot = layout.slotOfField[index] else { return .absent }
            return .slot(slot)
        case .computed:
            let key = "\(schema[type].name).\(field.name)"
            guard let resolver = computed.resolvers[key] else {
                throw FieldFailure("No Swift code is registered for the computed field \(key).")
            }
            return .computed(key: key, resolver)
        case .reverse, .connection, .engine:
            return .absent
        }
    }

    /// How to read the field named `name` of `type`; nil when the type has no such field.
    func access(named name: String, of type: TypeID) throws(FieldFailure) -> (FieldDef, ValueAccess)? {
        guard let index = schema[type].fieldIndex(named: name) else { return nil }
        let field = schema[type].fields[index]
        return (field, try access(field, at: index, of: type))
    }

    /// The collection of a stored type.
    func target(_ type: TypeID) -> Target? {
        guard let index = snapshot.collections.firstIndex(where: { $0.type == type }) else { return nil }
        return Target(index: index, data: snapshot.collections[index])
    }

    @inline(__always)
    func read(_ access: ValueAccess, _ subject: Subject) throws(FieldFailure) -> StoredValue {
        switch access {
        case .slot(let slot): return slot < subject.values.count ? subject.values[slot] : .null
        case .absent: return .null
        case .computed(_, let resolver):
            guard subject.collection >= 0 else { return .null }
            do {
                return try resolver(ComputedInput(snapshot: snapshot, collection: subject.collection, position: subject.position))
            } catch {
                throw FieldFailure(error.message)
            }
        }
    }

    /// The referenced document of a `@ref` value, nil when null or dangling (SEMANTICS.md §1.6).
    @inline(__always)
    func follow(_ value: StoredValue, into target: Target) -> Subject? {
        guard case .reference(let id) = value, let position = target.data.position(of: id) else { return nil }
        return Subject(document: target.data, collection: target.index, position: position)
    }
}
