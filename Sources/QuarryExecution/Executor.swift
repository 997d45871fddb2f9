import QuarryLanguage
import QuarrySchema
import QuarryStore

/// What a field resolves to, before completion against its type (spec §6.4.3 CompleteValue).
enum Resolved {
    case null
    /// A stored value, completed by the field's type: leaves written, embedded objects and
    /// `@ref` ids turned into objects.
    case stored(StoredValue)
    case object(ObjectValue)
    case objects([ObjectValue])
    case text(String)
    case int(Int)
    case float(Double)
    case boolean(Bool)
    case texts([String])
}

/// Executes one operation against one snapshot, writing the response data straight to bytes
/// in selection order (spec §6 "Execution"). Field errors null the nearest nullable parent
/// (§6.4.4) by rolling the writer back to where that parent's value started.
final class Executor {
    let snapshot: StoreSnapshot
    let schema: Schema
    let types: EngineTypes
    let source: Source
    let computed: ComputedFields
    var collector: FieldCollector
    let arguments: ArgumentCoercion
    var writer = JSONWriter(capacity: 16 * 1024)
    var errors: [GraphQLError] = []
    var path: [PathComponent] = []
    /// Computed values already computed for filters, sorts, aggregates and groups.
    let memo = ComputedMemo()

    init(snapshot: StoreSnapshot, source: Source, fragments: [String: FragmentDefinition], variables: [String: InputValue],
         computed: ComputedFields) {
        self.snapshot = snapshot
        self.schema = snapshot.schema
        self.types = EngineTypes(schema: snapshot.schema)
        self.source = source
        self.computed = computed
        self.collector = FieldCollector(schema: snapshot.schema, fragments: fragments, variables: variables)
        self.arguments = ArgumentCoercion(schema: snapshot.schema, variables: variables)
    }

    /// Writes the data of a query operation; false when a non-null root field failed and the
    /// whole `data` is null.
    func executeQuery(_ operation: OperationDefinition) {
        let start = writer.count
        if !writeObject(.root, type: schema.queryType, selectionSets: [operation.selectionSet]) {
            writer.truncate(to: start)
            writer.null()
        }
    }

    /// Writes `{…}` for an object: every collected field in order. False when a non-null field
    /// of it failed, so the object itself must become null.
    func writeObject(_ object: ObjectValue, type: TypeID, selectionSets: [SelectionSet]) -> Bool {
        let fields = collector.collect(selectionSets, for: type)
        writer.byte(UInt8(ascii: "{"))
        for (index, collected) in fields.enumerated() {
            if index > 0 { writer.byte(UInt8(ascii: ",")) }
            writer.key(collected.responseKey)
            path.append(.key(collected.responseKey))
            defer { path.removeLast() }
            if !writeField(collected, of: object, type: type) { return false }
        }
        writer.byte(UInt8(ascii: "}"))
        return true
    }

    /// Resolves and completes one field; false when it is non-null and could not be completed.
    private func writeField(_ collected: CollectedField, of object: ObjectValue, type: TypeID) -> Bool {
        let node = collected.nodes[0]
        let name = node.name.value
        if name == "__typename" {
            writer.string(schema[type].name)
            return true
        }
        guard let definition = fieldDefinition(name, on: type) else {
            // Validation keeps unknown fields out; be safe anyway.
            writer.null()
            return true
        }
        let resolved: Resolved
        do {
            let given = try arguments.arguments(node.arguments, definitions: definition.arguments)
            resolved = try resolve(definition, of: object, type: type, arguments: given)
        } catch {
            return fail(error.message, at: collected, type: definition.type)
        }
        let start = writer.count
        let subselections = collected.nodes.compactMap(\.selectionSet)
        if complete(resolved, as: definition.type, selections: subselections, field: collected, owner: type) { return true }
        writer.truncate(to: start)
        if definition.type.isNonNull { return false }
        writer.null()
        return true
    }

    /// Records a field error and writes null; false when the field's type is non-null.
    private func fail(_ message: String, at collected: CollectedField, type: TypeRef) -> Bool {
        errors.append(GraphQLError(message: message, locations: [location(of: collected.nodes[0])], path: path))
        if type.isNonNull { return false }
        writer.null()
        return true
    }

    func location(of field: Field) -> SourceLocation { source.location(at: Int(field.range.start)) }

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

    // MARK: Completion (§6.4.3)

    /// Writes a resolved value as `type`; false when a non-null position got null (the caller
    /// rolls back and propagates).
    func complete(_ value: Resolved, as type: TypeRef, selections: [SelectionSet], field: CollectedField, owner: TypeID) -> Bool {
        switch type {
        case .nonNull(let inner):
            let start = writer.count
            if isNull(value, inner) {
                writer.truncate(to: start)
                errors.append(GraphQLError(
                    message: "Cannot return null for non-nullable field \(schema[owner].name).\(field.nodes[0].name.value).",
                    locations: [location(of: field.nodes[0])], path: path))
                return false
            }
            return complete(value, as: inner, selections: selections, field: field, owner: owner)
        case .list(let item):
            return completeList(value, item: item, selections: selections, field: field, owner: owner)
        case .named(let id):
            return completeNamed(value, id, selections: selections, field: field)
        }
    }

    /// Whether a value completes to null without writing anything.
    private func isNull(_ value: Resolved, _ type: TypeRef) -> Bool {
        switch value {
        case .null: return true
        case .stored(.null): return true
        case .stored(.reference(let id)):
            guard case .named(let target) = type, let collection = snapshot.collection(target) else { return false }
            return collection.position(of: id) == nil
        default: return false
        }
    }

    private func completeList(
        _ value: Resolved, item: TypeRef, selections: [SelectionSet], field: CollectedField, owner: TypeID
    ) -> Bool {
        var elements: [Resolved] = []
        switch value {
        case .null, .stored(.null):
            writer.null()
            return true
        case .stored(.list(let items)):
            elements = items.compactMap { stored in
                // Dangling ids are left out of a list of references (SEMANTICS.md §1.6).
                if case .reference = stored, isNull(.stored(stored), item.nullable) { return nil }
                return .stored(stored)
            }
        case .objects(let objects): elements = objects.map(Resolved.object)
        case .texts(let texts): elements = texts.map(Resolved.text)
        default:
            writer.null()
            return true
        }
        writer.byte(UInt8(ascii: "["))
        for (index, element) in elements.enumerated() {
            if index > 0 { writer.byte(UInt8(ascii: ",")) }
            path.append(.index(index))
            defer { path.removeLast() }
            let start = writer.count
            if !complete(element, as: item, selections: selections, field: field, owner: owner) {
                // A null in a non-null item position nulls the list (and propagates if needed).
                writer.truncate(to: start)
                return false
            }
        }
        writer.byte(UInt8(ascii: "]"))
        return true
    }

    private func completeNamed(_ value: Resolved, _ id: TypeID, selections: [SelectionSet], field: CollectedField) -> Bool {
        let named = schema[id]
        switch value {
        case .null:
            writer.null()
            return true
        case .text(let text): writer.string(text)
        case .int(let number): writer.int(number)
        case .float(let number): writer.double(number)
        case .boolean(let flag): writer.bool(flag)
        case .texts, .objects: writer.null()
        case .object(let object):
            return writeObject(object, type: runtimeType(of: object, declared: id), selectionSets: selections)
        case .stored(let stored):
            switch stored {
            case .null: writer.null()
            case .boolean(let flag): writer.bool(flag)
            case .int(let number): writer.int(Int(number))
            case .float(let number): writer.double(number)
            case .string(let text): writer.string(text)
            case .decimal(let decimal): writer.string(decimal.description)
            case .date(let date): writer.string(date.description)
            case .dateTime(let dateTime): writer.string(dateTime.description)
            case .enumValue(let index):
                let values = named.enumValues
                if Int(index) < values.count { writer.string(values[Int(index)].name) } else { writer.null() }
            case .reference(let target):
                guard let collection = snapshot.collection(id), let position = collection.position(of: target),
                    let index = collectionIndex(id)
                else {
                    writer.null()
                    return true
                }
                return writeObject(.document(collection: index, position: position), type: id, selectionSets: selections)
            case .object(let values):
                return writeObject(.embedded(type: id, values: values), type: id, selectionSets: selections)
            case .list:
                writer.null()
            }
        }
        return true
    }

    /// The concrete object type of a value (spec §6.4.3 ResolveAbstractType).
    func runtimeType(of object: ObjectValue, declared: TypeID) -> TypeID {
        switch object {
        case .root: schema.queryType
        case .document(let collection, _): snapshot.collections[collection].type
        case .embedded(let type, _): type
        case .connection(let result): types.connection[snapshot.collections[result.collection].type] ?? declared
        case .edge(let result, _): types.edge[snapshot.collections[result.collection].type] ?? declared
        case .pageInfo: types.pageInfo ?? declared
        case .aggregate, .numbers, .extremes, .group, .groupKey: declared
        case .schema: types.schema ?? declared
        case .type: types.type ?? declared
        case .field: types.field ?? declared
        case .inputValue: types.inputValue ?? declared
        case .enumValue: types.enumValue ?? declared
        case .directive: types.directive ?? declared
        }
    }

    func collectionIndex(_ type: TypeID) -> Int? { snapshot.collectionIndex(of: type) }
}
