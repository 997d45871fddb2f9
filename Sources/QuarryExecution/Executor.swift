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
    /// Documents of one collection by position (a page of a connection, a list of `@ref`s):
    /// written one by one without an `ObjectValue` array made first.
    case documents(collection: Int, positions: ArraySlice<Int32>)
    case text(String)
    case int(Int)
    case float(Double)
    case boolean(Bool)
    case texts([String])
}

/// How the executor reaches a snapshot's documents, built once per snapshot rather than per
/// request (a point lookup would otherwise spend more on this than on its answer).
final class SnapshotAccess: Sendable {
    let tables: [DocumentTable]
    let idTables: [IDTable]
    /// The same, unretained (`idTables` holds them), for lookups that borrow rather than
    /// retain and release a table per `@ref` followed.
    let unretainedIDTables: [Unmanaged<IDTable>]

    init(_ snapshot: StoreSnapshot) {
        tables = snapshot.collections.map(\.table)
        idTables = snapshot.collections.map(IDTable.init)
        unretainedIDTables = idTables.map { Unmanaged.passUnretained($0) }
    }
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
    @exclusivity(unchecked) var collector: FieldCollector
    let arguments: ArgumentCoercion
    // The writer, errors and path are touched for every value written. Only this executor's
    // own methods, on one thread, ever reach them, and none holds an access across a call that
    // could start another, so the runtime's exclusivity check per access (a quarter of the
    // instructions of a large response) proves nothing here.
    @exclusivity(unchecked) var writer: JSONWriter
    @exclusivity(unchecked) var errors: [GraphQLError] = []
    /// Where the value being written sits; turned into a response path only for an error, so a
    /// field costs no string copy here.
    @exclusivity(unchecked) var steps = PathSteps()
    /// Computed values already computed for filters, sorts, aggregates and groups.
    let memo = ComputedMemo()

    /// The documents of each collection by position (hoisted: reading them through
    /// `snapshot.collections` per document copies a `CollectionData`).
    let tables: [DocumentTable]
    /// Each collection's id lookup, holding its own copy of the collection: looking an id up
    /// through `snapshot.collections[i]` copies (and retains) the whole collection each time.
    /// Unretained: `access` holds them.
    private let idTables: [Unmanaged<IDTable>]
    /// Kept only so that the tables `idTables` borrows live as long as this executor.
    private let access: SnapshotAccess

    init(snapshot: StoreSnapshot, source: Source, fragments: [String: FragmentDefinition], variables: [String: InputValue],
         computed: ComputedFields, types: EngineTypes, responseCapacity: Int = 16 * 1024) {
        self.writer = JSONWriter(capacity: responseCapacity)
        self.snapshot = snapshot
        self.schema = snapshot.schema
        self.types = types
        self.source = source
        self.computed = computed
        self.collector = FieldCollector(schema: snapshot.schema, fragments: fragments, variables: variables)
        self.arguments = ArgumentCoercion(schema: snapshot.schema, variables: variables)
        let access = snapshot.derived("QuarryExecution.SnapshotAccess") { SnapshotAccess(snapshot) }
        self.tables = access.tables
        self.access = access
        self.idTables = access.unretainedIDTables
    }

    /// Writes the data of a query operation from its plan; `data` is null when a non-null root
    /// field failed.
    func executeQuery(_ root: SelectionPlan) {
        let start = writer.count
        if !writeObject(.root, type: schema.queryType, plan: root) {
            writer.truncate(to: start)
            writer.null()
        }
    }

    /// Writes `{…}` for an object: every planned field in order. False when a non-null field
    /// of it failed, so the object itself must become null. A stored document's or embedded
    /// value's fields are read in place from its values.
    func writeObject(_ object: ObjectValue, type: TypeID, plan: SelectionPlan) -> Bool {
        writer.byte(UInt8(ascii: "{"))
        let written: Bool
        switch object {
        case .document(let collection, let position):
            written = tables[collection][position].values.withUnsafeBufferPointer {
                writeFields(plan, of: object, type: type, stored: $0)
            }
        case .embedded(_, let values):
            written = values.withUnsafeBufferPointer { writeFields(plan, of: object, type: type, stored: $0) }
        default:
            written = writeFields(plan, of: object, type: type, stored: UnsafeBufferPointer(start: nil, count: 0))
        }
        guard written else { return false }
        writer.byte(UInt8(ascii: "}"))
        return true
    }

    private func writeFields(_ plan: SelectionPlan, of object: ObjectValue, type: TypeID, stored: UnsafeBufferPointer<StoredValue>)
        -> Bool
    {
        let fields = plan.unretainedFields
        for index in fields.indices {
            // The plan keeps its fields alive for the whole request: each is borrowed, not
            // retained and released around every value written.
            let written = fields[index]._withUnsafeGuaranteedRef { field in
                if index > 0 { writer.prepared(field.separatedKey) } else { writer.prepared(field.key) }
                return writeValue(of: field, object: object, type: type, stored: stored)
            }
            if !written { return false }
        }
        return true
    }

    /// The value of one field (its key written): read in place from `stored` when the field is
    /// stored, else resolved (`writeField`); false when it is non-null and could not be completed.
    @inline(__always)
    private func writeValue(of field: FieldPlan, object: ObjectValue, type: TypeID, stored: UnsafeBufferPointer<StoredValue>) -> Bool {
        guard let slot = field.slot, let values = stored.baseAddress else {
            steps.append(.field(Unmanaged.passUnretained(field)))
            defer { steps.removeLast() }
            return writeField(field, of: object, type: type)
        }
        // A leaf records no error unless declined, so it needs no path step; it is read in
        // place, without copying (and retaining) the value.
        if case .leaf = field.storedShape, slot < stored.count,
            writeLeaf(at: values + slot, field: field, isNonNull: field.isNonNull) == .written { return true }
        let value = slot < stored.count ? stored[slot] : .null
        steps.append(.field(Unmanaged.passUnretained(field)))
        defer { steps.removeLast() }
        let start = writer.count
        switch writeStoredFast(value, field: field) {
        case .written: return true
        case .failed: break
        case .declined: if completeStored(value, as: field.type, field: field) { return true }
        }
        writer.truncate(to: start)
        if field.isNonNull { return false }
        writer.null()
        return true
    }

    /// Resolves and completes one field; false when it is non-null and could not be completed.
    private func writeField(_ field: FieldPlan, of object: ObjectValue, type: TypeID) -> Bool {
        let definition: FieldDef
        switch field.kind {
        case .typename:
            writer.string(schema[type].name)
            return true
        case .unknown:
            writer.null()
            return true
        case .field(let found):
            definition = found
        }
        let resolved: Resolved
        do {
            resolved = try resolve(definition, of: object, type: type, arguments: try field.arguments.get())
        } catch {
            return fail(error.message, at: field, type: definition.type)
        }
        let start = writer.count
        if complete(resolved, as: definition.type, field: field) { return true }
        writer.truncate(to: start)
        if definition.type.isNonNull { return false }
        writer.null()
        return true
    }

    /// Records a field error and writes null; false when the field's type is non-null.
    private func fail(_ message: String, at field: FieldPlan, type: TypeRef) -> Bool {
        errors.append(GraphQLError(message: message, locations: [location(of: field.node)], path: path))
        if type.isNonNull { return false }
        writer.null()
        return true
    }

    func location(of field: Field) -> SourceLocation { source.location(at: Int(field.range.start)) }

    /// The response path of the value being written (spec §7.1.2 "path").
    var path: [PathComponent] {
        steps.map { step in
            switch step {
            case .field(let field): .key(field.takeUnretainedValue().responseKey)
            case .index(let index): .index(index)
            }
        }
    }

    /// Records that a non-null position got null (spec §6.4.4).
    func nullError(_ field: FieldPlan) {
        errors.append(GraphQLError(
            message: "Cannot return null for non-nullable field \(schema[field.owner].name).\(field.node.name.value).",
            locations: [location(of: field.node)], path: path))
    }

    // MARK: Completion (§6.4.3)

    /// Writes a resolved value as `type`; false when a non-null position got null (the caller
    /// rolls back and propagates).
    func complete(_ value: Resolved, as type: TypeRef, field: FieldPlan) -> Bool {
        if case .stored(let stored) = value { return completeStored(stored, as: type, field: field) }
        switch type {
        case .nonNull(let inner):
            if case .null = value {
                nullError(field)
                return false
            }
            return complete(value, as: inner, field: field)
        case .list(let item):
            return completeList(value, item: item, field: field)
        case .named(let id):
            return completeNamed(value, id, field: field)
        }
    }

    private func completeList(_ value: Resolved, item: TypeRef, field: FieldPlan) -> Bool {
        switch value {
        case .objects(let objects): return completeObjectList(objects, item: item, field: field)
        case .documents(let collection, let positions):
            return completeDocumentList(collection: collection, positions: positions, item: item, field: field)
        case .texts(let texts):
            return writeItems(count: texts.count, itemIsNonNull: item.isNonNull) { complete(.text(texts[$0]), as: item, field: field) }
        default:
            writer.null()
            return true
        }
    }

    private func completeNamed(_ value: Resolved, _ id: TypeID, field: FieldPlan) -> Bool {
        switch value {
        case .null, .texts, .objects, .documents, .stored: writer.null()
        case .text(let text): writer.string(text)
        case .int(let number): writer.int(number)
        case .float(let number): writer.double(number)
        case .boolean(let flag): writer.bool(flag)
        case .object(let object):
            let type = runtimeType(of: object, declared: id)
            return writeObject(object, type: type, plan: field.child(for: type, plan))
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

    /// The position of the document of `collection` with this id.
    @inline(__always)
    func position(of id: String, in collection: Int) -> Int32? {
        idTables[collection]._withUnsafeGuaranteedRef { $0.position(of: id) }
    }
}
