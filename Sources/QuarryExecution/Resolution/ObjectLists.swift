import QuarrySchema

extension Executor {
    /// `[…]` of `count` items, item `index` written by `write` (false when it could not be
    /// completed): a failed non-null item nulls the list (false), a failed nullable one is null
    /// (spec §6.4.3 CompleteValue, lists).
    @inline(__always)
    func writeItems(count: Int, itemIsNonNull: Bool, _ write: (Int) -> Bool) -> Bool {
        writer.byte(UInt8(ascii: "["))
        for index in 0..<count {
            if index > 0 { writer.byte(UInt8(ascii: ",")) }
            steps.append(.index(index))
            defer { steps.removeLast() }
            let start = writer.count
            if !write(index) {
                writer.truncate(to: start)
                if itemIsNonNull { return false }
                writer.null()
            }
        }
        writer.byte(UInt8(ascii: "]"))
        return true
    }

    /// A list of objects (edges, groups, introspection entries), each written straight from
    /// its `ObjectValue`, without wrapping every element in a `Resolved` first. An object is
    /// never null, so a non-null item position adds nothing to check.
    func completeObjectList(_ objects: [ObjectValue], item: TypeRef, field: FieldPlan) -> Bool {
        guard case .named(let declared) = item.nullable else {
            return writeItems(count: objects.count, itemIsNonNull: item.isNonNull) { complete(.object(objects[$0]), as: item, field: field) }
        }
        return writeItems(count: objects.count, itemIsNonNull: item.isNonNull) { index in
            let type = runtimeType(of: objects[index], declared: declared)
            return writeObject(objects[index], type: type, plan: field.child(for: type, plan))
        }
    }

    /// A list of documents of one collection (Q6: a page of 10 000 orders): their type and
    /// sub-plan are the same for every item, so they are found once.
    func completeDocumentList(collection: Int, positions: ArraySlice<Int32>, item: TypeRef, field: FieldPlan) -> Bool {
        guard case .named(let declared) = item.nullable else {
            return writeItems(count: positions.count, itemIsNonNull: item.isNonNull) { index in
                complete(.object(.document(collection: collection, position: positions[positions.startIndex + index])), as: item,
                         field: field)
            }
        }
        let type = runtimeType(of: .document(collection: collection, position: 0), declared: declared)
        let plan = field.child(for: type, plan)
        return writeItems(count: positions.count, itemIsNonNull: item.isNonNull) { index in
            writeObject(.document(collection: collection, position: positions[positions.startIndex + index]), type: type, plan: plan)
        }
    }
}
