import QuarrySchema
import QuarryStore

/// The documents a connection starts from, before its filter.
enum ConnectionBase {
    /// The whole collection, in id order (root connections): indexes may narrow it.
    case collection
    /// These positions, in this order (a `@reverse` list in id order, or a stored list of
    /// `@ref` ids in stored order).
    case positions([Int32])
}

extension Executor {
    var reader: DocumentReader { DocumentReader(snapshot: snapshot, computed: computed, memo: memo) }

    /// Computes a connection (SEMANTICS.md §5.1): filter, sort, then the `after`/`before`
    /// window (both exclusive), then `offset` from the start of the window, `first` kept from
    /// the start, `last` kept from the end. The filter and order are compiled once per call.
    func connection(_ base: ConnectionBase, collection: Int, arguments: [String: InputValue]) throws(FieldFailure)
        -> ConnectionResult
    {
        let reader = self.reader
        let data = snapshot.collections[collection]
        let target = Target(index: collection, data: data)
        let offset = try count("offset", arguments)
        let first = try count("first", arguments)
        let last = try count("last", arguments)
        let filter = try reader.compileFilter(arguments["filter"], on: data.type)
        let plan = try reader.compileOrder(arguments["orderBy"], on: data.type)
        let after = try cursor("after", arguments, plan)
        let before = try cursor("before", arguments, plan)

        let candidates: [Int32]
        switch base {
        case .collection:
            if case .always = filter {
                candidates = Array(data.documents.positions)
            } else {
                candidates = reader.indexCandidates(filter, in: target) ?? Array(data.documents.positions)
            }
        case .positions(let positions):
            candidates = positions
        }
        let matches: [Int32]
        switch filter {
        case .always(true): matches = candidates
        case .always(false): matches = []
        default:
            matches = try reader.scan(candidates, target, filter)
        }
        let sorted = try reader.sort(matches, in: target, by: plan)
        let ordered = OrderedMatches(positions: sorted.positions, keys: sorted.keys, plan: plan, documents: target.documents)

        var window = 0..<ordered.positions.count
        if let after {
            let start = ordered.firstIndex { ordered.compare($0, with: after) > 0 }
            window = min(start, window.upperBound)..<window.upperBound
        }
        if let before {
            let end = ordered.firstIndex { ordered.compare($0, with: before) >= 0 }
            window = window.lowerBound..<max(window.lowerBound, min(end, window.upperBound))
        }
        if let offset { window = min(window.upperBound, window.lowerBound + offset)..<window.upperBound }
        if let first { window = window.lowerBound..<min(window.upperBound, window.lowerBound + first) }
        if let last { window = max(window.lowerBound, window.upperBound - last)..<window.upperBound }
        return ConnectionResult(collection: collection, matches: sorted.positions, page: window, plan: plan, keys: sorted.keys)
    }

    /// A paging count; negative is a field error at the connection field (§5.2).
    private func count(_ name: String, _ arguments: [String: InputValue]) throws(FieldFailure) -> Int? {
        guard case .int(let value)? = arguments[name] else { return nil }
        if value < 0 { throw FieldFailure("\"\(name)\" must not be negative, got \(value).") }
        return Int(value)
    }

    private func cursor(_ name: String, _ arguments: [String: InputValue], _ plan: SortPlan) throws(FieldFailure) -> CursorPosition? {
        guard case .string(let text)? = arguments[name] else { return nil }
        return try CursorCodec.decode(text, argument: name, plan: plan, schema: schema)
    }

    /// The cursor of the match at `index` of a connection.
    func cursor(_ result: ConnectionResult, _ index: Int) -> String {
        let keyCount = result.plan.keys.count
        let id = snapshot.collections[result.collection].document(at: result.matches[index]).id
        return CursorCodec.encode(plan: result.plan, keys: result.keys[(index * keyCount)..<((index + 1) * keyCount)], id: id, schema: schema)
    }
}

/// Sorted matches with their keys, for cutting the cursor window.
private struct OrderedMatches {
    let positions: [Int32]
    let keys: [StoredValue]
    let plan: SortPlan
    let documents: DocumentTable

    /// The first match for which `isPast` holds; matches are sorted, so it holds for a suffix.
    func firstIndex(_ isPast: (Int) -> Bool) -> Int {
        var low = 0
        var high = positions.count
        while low < high {
            let middle = (low + high) / 2
            if isPast(middle) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// Compares the match at `index` with a cursor position in the connection's order: sort
    /// keys, then id by code point (the order of positions, §4.4).
    func compare(_ index: Int, with cursor: CursorPosition) -> Int {
        let keyCount = plan.keys.count
        for column in 0..<keyCount {
            let order = ValueOrdering.compare(keys[index * keyCount + column], cursor.keys[column], descending: plan.keys[column].descending)
            if order != 0 { return order }
        }
        return ValueOrdering.compareText(documents[positions[index]].id, cursor.id)
    }
}
