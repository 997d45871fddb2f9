import QuarrySchema
import QuarryStore

extension Executor {
    /// Writes a stored value as `type` (spec §6.4.3 CompleteValue): leaves straight to bytes,
    /// embedded objects and `@ref` ids as objects through the field's sub-plan. False when a
    /// non-null position got null; the caller rolls back and propagates. A `@ref` is looked up
    /// once: a dangling id is null (SEMANTICS.md §1.6).
    func completeStored(_ value: StoredValue, as type: TypeRef, field: FieldPlan) -> Bool {
        switch type {
        case .nonNull(let inner):
            let start = writer.count
            switch completeStoredNullable(value, as: inner, field: field) {
            case .written: return true
            case .failed: return false
            case .null:
                writer.truncate(to: start)
                nullError(field)
                return false
            }
        default:
            switch completeStoredNullable(value, as: type, field: field) {
            case .written: return true
            case .failed: return false
            case .null:
                writer.null()
                return true
            }
        }
    }

    enum StoredCompletion {
        case written
        /// Nothing written: the value is null (or a dangling reference).
        case null
        case failed
    }

    /// Completes a value as a nullable type, leaving the null itself to the caller.
    private func completeStoredNullable(_ value: StoredValue, as type: TypeRef, field: FieldPlan) -> StoredCompletion {
        switch type {
        case .nonNull:
            return completeStored(value, as: type, field: field) ? .written : .failed
        case .list(let item):
            switch value {
            case .null: return .null
            case .list(let items): return completeStoredList(items, item: item, field: field) ? .written : .failed
            default:
                writer.null()
                return .written
            }
        case .named(let id):
            return completeStoredNamed(value, id, field: field)
        }
    }

    private func completeStoredList(_ items: [StoredValue], item: TypeRef, field: FieldPlan) -> Bool {
        writer.byte(UInt8(ascii: "["))
        var index = 0
        for value in items {
            let mark = writer.count
            if index > 0 { writer.byte(UInt8(ascii: ",")) }
            steps.append(.index(index))
            defer { steps.removeLast() }
            let start = writer.count
            switch completeStoredNullable(value, as: item.nullable, field: field) {
            case .written:
                index += 1
            case .null:
                if case .reference = value {
                    // Dangling ids are left out of a list of references (SEMANTICS.md §1.6).
                    writer.truncate(to: mark)
                    continue
                }
                if item.isNonNull {
                    writer.truncate(to: start)
                    nullError(field)
                    return false
                }
                writer.null()
                index += 1
            case .failed:
                // A null in a non-null item position nulls the list; a nullable item is null.
                writer.truncate(to: start)
                if item.isNonNull { return false }
                writer.null()
                index += 1
            }
        }
        writer.byte(UInt8(ascii: "]"))
        return true
    }

    private func completeStoredNamed(_ value: StoredValue, _ id: TypeID, field: FieldPlan) -> StoredCompletion {
        switch value {
        case .null: return .null
        case .boolean(let flag): writer.bool(flag)
        case .int(let number): writer.int(Int(number))
        case .float(let number): writer.double(number)
        case .string(let text): writer.string(text)
        case .decimal(let decimal): writer.quoted(maximumLength: decimal.maximumTextLength) { decimal.write(into: &$0) }
        case .date(let date): writer.quoted(maximumLength: DateValue.maximumTextLength) { date.write(into: &$0) }
        case .dateTime(let dateTime): writer.quoted(maximumLength: DateTimeValue.maximumTextLength) { dateTime.write(into: &$0) }
        case .enumValue(let index):
            if Int(index) < field.enumJSON.count { writer.prepared(field.enumJSON[Int(index)]) } else { writer.null() }
        case .reference(let target):
            guard let collection = snapshot.collectionIndex(of: id), let position = position(of: target, in: collection) else {
                return .null
            }
            return writeObject(.document(collection: collection, position: position), type: id, plan: field.child(for: id, plan))
                ? .written : .failed
        case .object(let values):
            return writeObject(.embedded(type: id, values: values), type: id, plan: field.child(for: id, plan)) ? .written : .failed
        case .list:
            writer.null()
        }
        return .written
    }
}
