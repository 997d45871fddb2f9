import QuarrySchema
import QuarryStore

/// The shape of a stored field's type, decided once per plan, so that writing a document's
/// leaves, single `@ref`s, embedded objects and lists of those needs no walk of the type per
/// value (`completeStored` walks it, copying the value at each level, for every value).
enum StoredShape {
    /// Anything else (an abstract type, nested lists): the general completion.
    case general
    /// A scalar or enum.
    case leaf
    /// A concrete object type: an embedded object or a single `@ref`.
    case object(TypeID)
    /// A list of scalars or enums, or of a concrete object type, and whether its items are non-null.
    case leafList(itemIsNonNull: Bool)
    case objectList(TypeID, itemIsNonNull: Bool)

    init(_ type: TypeRef, schema: Schema) {
        func named(_ item: TypeRef) -> (TypeID, TypeKind)? {
            guard case .named(let id) = item.nullable else { return nil }
            return (id, schema[id].kind)
        }
        switch type.nullable {
        case .named:
            guard let (id, kind) = named(type) else { self = .general; return }
            switch kind {
            case .scalar, .enumeration: self = .leaf
            case .object: self = .object(id)
            default: self = .general
            }
        case .list(let item):
            guard let (id, kind) = named(item) else { self = .general; return }
            switch kind {
            case .scalar, .enumeration: self = .leafList(itemIsNonNull: item.isNonNull)
            case .object: self = .objectList(id, itemIsNonNull: item.isNonNull)
            default: self = .general
            }
        case .nonNull:
            self = .general
        }
    }
}

extension Executor {
    /// What the fast path did with a value.
    enum FastWrite {
        case written
        /// A non-null field inside failed: recorded, and the value must become null (§6.4.4).
        case failed
        /// Nothing written or recorded: the general completion writes this value (nulls in
        /// non-null positions, dangling references, values of an unexpected kind).
        case declined
    }

    /// Writes a stored field's value by its precomputed shape (spec §6.4.3 CompleteValue for
    /// the common shapes); the same bytes and errors as `completeStored`, which it leaves the
    /// rare cases to.
    @inline(__always)
    func writeStoredFast(_ value: StoredValue, field: FieldPlan) -> FastWrite {
        switch field.storedShape {
        case .general: return .declined
        case .leaf: return writeLeaf(value, field: field, isNonNull: field.isNonNull)
        case .object(let type): return writeStoredObject(value, type: type, field: field, isNonNull: field.isNonNull)
        case .leafList(let itemIsNonNull):
            guard case .list(let items) = value else { return .declined }
            return writeStoredList(items, field: field) { value in self.writeLeaf(value, field: field, isNonNull: itemIsNonNull) }
        case .objectList(let type, let itemIsNonNull):
            guard case .list(let items) = value else { return .declined }
            return writeStoredList(items, field: field) { value in
                self.writeStoredObject(value, type: type, field: field, isNonNull: itemIsNonNull)
            }
        }
    }

    /// A scalar or enum value; null where null is allowed.
    @inline(__always)
    func writeLeaf(_ value: StoredValue, field: FieldPlan, isNonNull: Bool) -> FastWrite {
        withUnsafePointer(to: value) { writeLeaf(at: $0, field: field, isNonNull: isNonNull) }
    }

    /// The same, reading the value where it is stored.
    @inline(__always)
    func writeLeaf(at value: UnsafePointer<StoredValue>, field: FieldPlan, isNonNull: Bool) -> FastWrite {
        switch value.pointee {
        case .string(let text): writer.string(text)
        case .int(let number): writer.int(Int(number))
        case .decimal(let decimal): writer.quoted(maximumLength: decimal.maximumTextLength) { decimal.write(into: &$0) }
        case .dateTime(let dateTime): writer.quoted(maximumLength: DateTimeValue.maximumTextLength) { dateTime.write(into: &$0) }
        case .date(let date): writer.quoted(maximumLength: DateValue.maximumTextLength) { date.write(into: &$0) }
        case .boolean(let flag): writer.bool(flag)
        case .float(let number): writer.double(number)
        case .enumValue(let index):
            guard Int(index) < field.enumJSON.count else { return .declined }
            writer.prepared(field.enumJSON[Int(index)])
        case .null:
            guard !isNonNull else { return .declined }
            writer.null()
        case .reference, .list, .object: return .declined
        }
        return .written
    }

    /// An embedded object or a `@ref` to a document that exists, through the field's sub-plan.
    @inline(__always)
    private func writeStoredObject(_ value: StoredValue, type: TypeID, field: FieldPlan, isNonNull: Bool) -> FastWrite {
        switch value {
        case .reference(let target):
            guard let collection = snapshot.collectionIndex(of: type), let position = position(of: target, in: collection) else {
                return .declined
            }
            return writeObject(.document(collection: collection, position: position), type: type, plan: field.child(for: type, plan))
                ? .written : .failed
        case .object(let values):
            return writeObject(.embedded(type: type, values: values), type: type, plan: field.child(for: type, plan)) ? .written : .failed
        case .null:
            guard !isNonNull else { return .declined }
            writer.null()
            return .written
        default:
            return .declined
        }
    }

    /// `[…]` of items written by `item`; a failed non-null item fails the list, a failed
    /// nullable one is null (§6.4.3); declined when any item is, with what was written and
    /// recorded for the list undone.
    @inline(__always)
    private func writeStoredList(_ items: [StoredValue], field: FieldPlan, _ item: (StoredValue) -> FastWrite) -> FastWrite {
        let listStart = writer.count
        let errorCount = errors.count
        writer.byte(UInt8(ascii: "["))
        for index in items.indices {
            if index > 0 { writer.byte(UInt8(ascii: ",")) }
            steps.append(.index(index))
            defer { steps.removeLast() }
            let start = writer.count
            switch item(items[index]) {
            case .written: continue
            case .failed:
                writer.truncate(to: start)
                guard case .objectList(_, false) = field.storedShape else { return .failed }
                writer.null()
            case .declined:
                writer.truncate(to: listStart)
                errors.removeSubrange(errorCount...)
                return .declined
            }
        }
        writer.byte(UInt8(ascii: "]"))
        return .written
    }
}
