import QuarrySchema
import QuarryStore

/// One element of `orderBy`, compiled: the hops through single `@ref` and embedded fields
/// (`{customer: {name: ASC}}`), the field read at the end, and the direction (SEMANTICS.md §4).
struct SortKey {
    enum Hop {
        case reference(ValueAccess, Target)
        case embedded(ValueAccess)
    }

    let hops: [Hop]
    let access: ValueAccess
    let descending: Bool
    /// The scalar or enum type of the key's values; cursors are decoded by it.
    let valueType: TypeID
    /// `customer.name`, for the order's signature.
    let path: String
}

/// The compiled `orderBy` of a connection. Without keys the order is the base order (id order,
/// or the stored order of a list of `@ref` ids, §4.1).
struct SortPlan {
    let keys: [SortKey]
    /// Names the order in cursors (§15.6): the type, then each key with its direction.
    let signature: String
}

extension DocumentReader {
    /// Compiles `orderBy` for documents of `type`. Each element must name exactly one field
    /// (§4.5), nested objects too.
    func compileOrder(_ input: InputValue?, on type: TypeID) throws(FieldFailure) -> SortPlan {
        var keys: [SortKey] = []
        var elements: [InputValue] = []
        switch input {
        case .list(let items)?: elements = items
        case .object?: elements = [input!]
        default: break
        }
        for (position, element) in elements.enumerated() {
            keys.append(try compileKey(element, on: type, hops: [], path: "", position: position))
        }
        let signature = schema[type].name + ":" + keys.map { "\($0.path) \($0.descending ? "DESC" : "ASC")" }.joined(separator: ",")
        return SortPlan(keys: keys, signature: signature)
    }

    private func compileKey(_ element: InputValue, on type: TypeID, hops: [SortKey.Hop], path: String, position: Int)
        throws(FieldFailure) -> SortKey
    {
        guard case .object(let entries) = element else {
            throw FieldFailure("orderBy element \(position) must be an object naming one field.")
        }
        let given = entries.filter { $0.value != .null }.sorted { $0.key < $1.key }
        guard given.count == 1, let entry = given.first else {
            let names = given.map(\.key).joined(separator: ", ")
            let what = given.isEmpty ? "none" : "\(given.count) (\(names))"
            throw FieldFailure("Each orderBy element must name exactly one field; element \(position) names \(what).")
        }
        let name = entry.key
        let value = entry.value
        guard let index = schema[type].fieldIndex(named: name) else {
            throw FieldFailure("\(schema[type].name) has no field \"\(name)\" to sort by.")
        }
        let field = schema[type].fields[index]
        let access = try access(field, at: index, of: type)
        let valueType = field.type.namedType
        switch value {
        case .enumValue(let direction):
            return SortKey(hops: hops, access: access, descending: direction == "DESC", valueType: valueType, path: path + name)
        case .object:
            let hop: SortKey.Hop = if let target = target(valueType) { .reference(access, target) } else { .embedded(access) }
            return try compileKey(value, on: valueType, hops: hops + [hop], path: path + name + ".", position: position)
        default:
            throw FieldFailure("orderBy element \(position) gives \(describe(value)) for \"\(name)\"; expected ASC or DESC.")
        }
    }

    /// The value of one sort key for a document: null when a hop meets a null or dangling
    /// reference (§4.3).
    func keyValue(_ key: SortKey, _ subject: Subject, from hop: Int = 0) throws(FieldFailure) -> StoredValue {
        guard hop < key.hops.count else { return try read(key.access, subject) }
        switch key.hops[hop] {
        case .reference(let access, let target):
            guard let position = follow(try read(access, subject), into: target) else { return .null }
            return try withDocument(target.documents, collection: target.index, position: position) {
                (next) throws(FieldFailure) -> StoredValue in try keyValue(key, next, from: hop + 1)
            }
        case .embedded(let access):
            guard case .object(let values) = try read(access, subject) else { return .null }
            return try withEmbedded(values) { (next) throws(FieldFailure) -> StoredValue in try keyValue(key, next, from: hop + 1) }
        }
    }

    /// Sorts matches by the plan, nulls last, ties by id ascending (§4.3, §4.4). The keys are
    /// read once per match into one flat array (`keyCount` values per match); then only an
    /// index array is sorted, comparing keys in place. Returns the sorted positions and their
    /// keys in the same order.
    func sort(_ positions: [Int32], in collection: Target, by plan: SortPlan) throws(FieldFailure)
        -> (positions: [Int32], keys: [StoredValue])
    {
        let keyCount = plan.keys.count
        guard keyCount > 0 else { return (positions, []) }
        var keys: [StoredValue] = []
        keys.reserveCapacity(positions.count * keyCount)
        let documents = collection.documents
        for key in plan.keys {
            if key.hops.isEmpty, case .slot(let slot) = key.access { _ = warm(documents, positions, slot: slot) }
        }
        for position in positions {
            for key in plan.keys {
                if key.hops.isEmpty {
                    keys.append(try value(key.access, in: documents, collection: collection.index, position: position))
                } else {
                    keys.append(try withDocument(documents, collection: collection.index, position: position) {
                        (subject) throws(FieldFailure) -> StoredValue in try keyValue(key, subject)
                    })
                }
            }
        }
        let descending = plan.keys.map(\.descending)
        var order = [Int32](0..<Int32(positions.count))
        keys.withUnsafeBufferPointer { keys in
            descending.withUnsafeBufferPointer { descending in
                positions.withUnsafeBufferPointer { positions in
                    order.sort { left, right in
                        let leftRow = Int(left) * keyCount
                        let rightRow = Int(right) * keyCount
                        for column in 0..<keyCount {
                            let result = ValueOrdering.compare(keys[leftRow + column], keys[rightRow + column], descending: descending[column])
                            if result != 0 { return result < 0 }
                        }
                        // Ties by id (positions are slots, not id ranks, once the store has reloaded).
                        let leftPosition = positions[Int(left)]
                        let rightPosition = positions[Int(right)]
                        if leftPosition == rightPosition { return left < right }
                        return ValueOrdering.compareText(documents[leftPosition].id, documents[rightPosition].id) < 0
                    }
                }
            }
        }
        var sortedPositions: [Int32] = []
        sortedPositions.reserveCapacity(positions.count)
        var sortedKeys: [StoredValue] = []
        sortedKeys.reserveCapacity(keys.count)
        for index in order {
            sortedPositions.append(positions[Int(index)])
            let row = Int(index) * keyCount
            sortedKeys.append(contentsOf: keys[row..<(row + keyCount)])
        }
        return (sortedPositions, sortedKeys)
    }
}
