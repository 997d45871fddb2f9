import QuarrySchema
import QuarryStore

extension DocumentReader {
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
            guard let referenced = follow(try read(access, subject), into: target) else { return false }
            return try holds(inner, referenced)
        case .embedded(let access, let inner):
            guard case .object(let values) = try read(access, subject) else { return false }
            return try holds(inner, Subject(embedded: values))
        case .references(let access, let target, let quantifiers):
            guard case .list(let items) = try read(access, subject) else { return try quantified(quantifiers, count: 0) { _ in nil } }
            return try quantified(quantifiers, count: items.count) { index in follow(items[index], into: target) }
        case .embeddedList(let access, let quantifiers):
            guard case .list(let items) = try read(access, subject) else { return try quantified(quantifiers, count: 0) { _ in nil } }
            return try quantified(quantifiers, count: items.count) { index in
                if case .object(let values) = items[index] { return Subject(embedded: values) }
                return nil
            }
        case .reverse(let target, let slot, let quantifiers):
            guard subject.collection >= 0 else { return try quantified(quantifiers, count: 0) { _ in nil } }
            let id = snapshot.collections[subject.collection].documents[Int(subject.position)].id
            let positions = target.data.referring(to: id, throughSlot: slot)
            return try quantified(quantifiers, count: positions.count) { index in
                Subject(document: target.data, collection: target.index, position: positions[index])
            }
        }
    }

    /// `some`, `every`, `none` over the elements `element(0..<count)`; nil elements (dangling
    /// ids, null items) are not elements (§1.6). `every` and `none` hold for an empty list.
    private func quantified(
        _ quantifiers: Quantifiers, count: Int, _ element: (Int) throws(FieldFailure) -> Subject?
    ) throws(FieldFailure) -> Bool {
        if let some = quantifiers.some {
            var found = false
            for index in 0..<count {
                guard let subject = try element(index) else { continue }
                if try holds(some, subject) {
                    found = true
                    break
                }
            }
            if !found { return false }
        }
        if let every = quantifiers.every {
            for index in 0..<count {
                guard let subject = try element(index) else { continue }
                if !(try holds(every, subject)) { return false }
            }
        }
        if let none = quantifiers.none {
            for index in 0..<count {
                guard let subject = try element(index) else { continue }
                if try holds(none, subject) { return false }
            }
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
