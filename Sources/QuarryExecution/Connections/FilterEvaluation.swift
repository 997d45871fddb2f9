import QuarrySchema
import QuarryStore

extension DocumentReader {
    /// The candidates of `collection` that match a filter, in their order. Conditions on the
    /// documents' own scalar slots are tested column by column, one operator over all
    /// remaining candidates at a time, reading values in place (no reference count touched
    /// per document); what remains goes through the tree for the survivors only.
    func scan(_ candidates: [Int32], _ collection: Target, _ filter: FilterNode) throws(FieldFailure) -> [Int32] {
        let documents = collection.documents
        let (direct, rest) = filter.splitSlotConditions()
        var alive = candidates
        for (slot, tests) in direct {
            for test in tests {
                var kept = 0
                for index in alive.indices {
                    let position = alive[index]
                    let value = slot < documents[position].values.count ? documents[position].values[slot] : .null
                    if Self.passes(test, value) {
                        alive[kept] = position
                        kept += 1
                    }
                }
                alive.removeLast(alive.count - kept)
            }
        }
        guard let rest else { return alive }
        var matches: [Int32] = []
        for position in alive {
            let matched = try withDocument(documents, collection: collection.index, position: position) {
                (subject) throws(FieldFailure) -> Bool in try holds(rest, subject)
            }
            if matched { matches.append(position) }
        }
        return matches
    }

    /// Whether a compiled filter holds for a document or embedded value (SEMANTICS.md §3).
    func holds(_ node: FilterNode, _ subject: Subject) throws(FieldFailure) -> Bool {
        switch node {
        case .always(let flag):
            return flag
        case .all(let parts):
            for part in parts where !(try holds(part, subject)) { return false }
            return true
        case .any(let parts):
            for part in parts where try holds(part, subject) { return true }
            return false
        case .not(let inner):
            return !(try holds(inner, subject))
        case .value(let access, let tests):
            let value = try read(access, subject)
            for test in tests where !Self.passes(test, value) { return false }
            return true
        case .valueList(let access, let has, let isNull):
            let value = try read(access, subject)
            if let isNull, value.isNull != isNull { return false }
            if let has {
                guard case .list(let items) = value else { return false }
                return items.contains { ValueOrdering.equal($0, has) }
            }
            return true
        case .reference(let access, let target, let inner):
            guard let position = follow(try read(access, subject), into: target) else { return false }
            return try withDocument(target.documents, collection: target.index, position: position) {
                (referenced) throws(FieldFailure) -> Bool in try holds(inner, referenced)
            }
        case .embedded(let access, let inner):
            guard case .object(let values) = try read(access, subject) else { return false }
            return try withEmbedded(values) { (embedded) throws(FieldFailure) -> Bool in try holds(inner, embedded) }
        case .references(let access, let target, let quantifiers):
            guard case .list(let items) = try read(access, subject) else { return try quantified(quantifiers, count: 0) { _, _ in nil } }
            return try quantified(quantifiers, count: items.count) { (index, node) throws(FieldFailure) -> Bool? in
                guard let position = follow(items[index], into: target) else { return nil }
                return try withDocument(target.documents, collection: target.index, position: position) {
                    (element) throws(FieldFailure) -> Bool in try holds(node, element)
                }
            }
        case .embeddedList(let access, let quantifiers):
            guard case .list(let items) = try read(access, subject) else { return try quantified(quantifiers, count: 0) { _, _ in nil } }
            return try quantified(quantifiers, count: items.count) { (index, node) throws(FieldFailure) -> Bool? in
                guard case .object(let values) = items[index] else { return nil }
                return try withEmbedded(values) { (element) throws(FieldFailure) -> Bool in try holds(node, element) }
            }
        case .reverse(let target, let slot, let quantifiers, let owners):
            guard subject.collection >= 0 else { return try quantified(quantifiers, count: 0) { _, _ in nil } }
            let positions = target.data.referring(to: owners[subject.position].id, throughSlot: slot)
            return try quantified(quantifiers, count: positions.count) { (index, node) throws(FieldFailure) -> Bool? in
                try withDocument(target.documents, collection: target.index, position: positions[index]) {
                    (element) throws(FieldFailure) -> Bool in try holds(node, element)
                }
            }
        }
    }

    /// `some`, `every`, `none` over the elements `0..<count`: `test` evaluates a filter on one
    /// element, nil when it is no element (a dangling id or null item, §1.6). `every` and
    /// `none` hold for an empty list.
    private func quantified(
        _ quantifiers: Quantifiers, count: Int, _ test: (Int, FilterNode) throws(FieldFailure) -> Bool?
    ) throws(FieldFailure) -> Bool {
        if let some = quantifiers.some {
            var found = false
            for index in 0..<count where try test(index, some) == true {
                found = true
                break
            }
            if !found { return false }
        }
        if let every = quantifiers.every {
            for index in 0..<count where try test(index, every) == false { return false }
        }
        if let none = quantifiers.none {
            for index in 0..<count where try test(index, none) == true { return false }
        }
        return true
    }

    /// One scalar operator against a value: `eq in lt lte gt gte contains startsWith endsWith`
    /// never match null; `ne` and `notIn` are their exact negations (§3.3).
    @inline(__always)
    static func passes(_ test: ScalarTest, _ value: StoredValue) -> Bool {
        switch test {
        case .isNull(let flag): return value.isNull == flag
        case .equal(let operand): return !value.isNull && ValueOrdering.equal(value, operand)
        case .notEqual(let operand): return value.isNull || !ValueOrdering.equal(value, operand)
        case .among(let operands): return !value.isNull && operands.contains { ValueOrdering.equal(value, $0) }
        case .notAmong(let operands): return value.isNull || !operands.contains { ValueOrdering.equal(value, $0) }
        case .less(let operand): return !value.isNull && ValueOrdering.compare(value, operand) < 0
        case .lessOrEqual(let operand): return !value.isNull && ValueOrdering.compare(value, operand) <= 0
        case .greater(let operand): return !value.isNull && ValueOrdering.compare(value, operand) > 0
        case .greaterOrEqual(let operand): return !value.isNull && ValueOrdering.compare(value, operand) >= 0
        case .contains(let part):
            guard case .string(let text) = value else { return false }
            return text.containsBytes(part)
        case .startsWith(let part):
            guard case .string(let text) = value else { return false }
            return text.startsWithBytes(part)
        case .endsWith(let part):
            guard case .string(let text) = value else { return false }
            return text.endsWithBytes(part)
        }
    }
}
