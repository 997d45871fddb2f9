import QuarrySchema
import QuarryStore

/// A `TFilter` compiled once per connection field call into a tree over field slots (SEMANTICS.md
/// §3): evaluating it per document reads slots and calls computed code, never looks a field up
/// by name.
indirect enum FilterNode {
    case always(Bool)
    case all([FilterNode])
    case any([FilterNode])
    case not(FilterNode)
    /// A scalar or enum field: every test must hold.
    case value(ValueAccess, [ScalarTest])
    /// A list of scalars: `has` and `isNull`.
    case valueList(ValueAccess, has: StoredValue?, isNull: Bool?)
    /// A single `@ref`: the target's filter on the referenced document; false when null or
    /// dangling (§3.6).
    case reference(ValueAccess, Target, FilterNode)
    /// A single embedded object: false when null.
    case embedded(ValueAccess, FilterNode)
    /// A list of `@ref` ids (dangling ids left out) under `some/every/none`.
    case references(ValueAccess, Target, Quantifiers)
    /// An embedded list under `some/every/none`.
    case embeddedList(ValueAccess, Quantifiers)
    /// A `@reverse` list: the target's documents whose `@ref` slot names this document
    /// (`owners`: the documents of the filtered collection, for their ids).
    case reverse(Target, slot: Int, Quantifiers, owners: DocumentTable)
}

/// One operator of a `<Scalar>Filter` with its operand (§3.2–§3.4).
enum ScalarTest {
    case equal(StoredValue)
    case notEqual(StoredValue)
    case among([StoredValue])
    case notAmong([StoredValue])
    case less(StoredValue)
    case lessOrEqual(StoredValue)
    case greater(StoredValue)
    case greaterOrEqual(StoredValue)
    case contains([UInt8])
    case startsWith([UInt8])
    case endsWith([UInt8])
    case isNull(Bool)
}

/// `some`, `every` and `none` of a `<T>ListFilter`; the given ones must all hold (§3.7).
struct Quantifiers {
    var some: FilterNode?
    var every: FilterNode?
    var none: FilterNode?

    var isEmpty: Bool { some == nil && every == nil && none == nil }
}

extension FilterNode {
    /// The top-level conditions on scalar slots of the document itself, and what remains
    /// (nil when nothing does): both must hold.
    func splitSlotConditions() -> (direct: [(slot: Int, tests: [ScalarTest])], rest: FilterNode?) {
        let parts: [FilterNode]
        if case .all(let all) = self { parts = all } else { parts = [self] }
        var direct: [(slot: Int, tests: [ScalarTest])] = []
        var rest: [FilterNode] = []
        for part in parts {
            if case .value(.slot(let slot), let tests) = part { direct.append((slot, tests)) } else { rest.append(part) }
        }
        switch rest.count {
        case 0: return (direct, nil)
        case 1: return (direct, rest[0])
        default: return (direct, .all(rest))
        }
    }
}

extension DocumentReader {
    /// Compiles a filter argument over values of `type` (a stored or an embedded type).
    /// `filter: null` and `{}` hold for every value (§3.1).
    func compileFilter(_ input: InputValue?, on type: TypeID) throws(FieldFailure) -> FilterNode {
        guard case .object(let entries)? = input else { return .always(true) }
        var parts: [FilterNode] = []
        let named = schema[type]
        for (index, field) in named.fields.enumerated() {
            guard let given = entries[field.name], given != .null else { continue }
            if let node = try compileField(field, at: index, of: type, given) { parts.append(node) }
        }
        if case .list(let elements)? = entries["and"] {
            var all: [FilterNode] = []
            for element in elements { all.append(try compileFilter(element, on: type)) }
            parts.append(simplifiedAll(all))
        }
        if case .list(let elements)? = entries["or"] {
            var any: [FilterNode] = []
            for element in elements { any.append(try compileFilter(element, on: type)) }
            parts.append(simplifiedAny(any))
        }
        if let negated = entries["not"], negated != .null {
            let inner = try compileFilter(negated, on: type)
            if case .always(let flag) = inner { parts.append(.always(!flag)) } else { parts.append(.not(inner)) }
        }
        return simplifiedAll(parts)
    }

    private func compileField(_ field: FieldDef, at index: Int, of type: TypeID, _ given: InputValue)
        throws(FieldFailure) -> FilterNode?
    {
        guard case .object(let operators) = given else { return nil }
        let targetType = field.type.namedType
        let target = schema[targetType]
        let name = "\(schema[type].name).\(field.name)"
        switch target.kind {
        case .scalar, .enumeration:
            let access = try access(field, at: index, of: type)
            if field.type.isList {
                let has = try operators["has"].flatMap { value throws(FieldFailure) -> StoredValue? in
                    value == .null ? nil : try operand(value, as: targetType, for: name)
                }
                var isNull: Bool?
                if case .boolean(let flag)? = operators["isNull"] { isNull = flag }
                if has == nil && isNull == nil { return nil }
                return .valueList(access, has: has, isNull: isNull)
            }
            let tests = try scalarTests(operators, type: targetType, field: name)
            return tests.isEmpty ? nil : .value(access, tests)
        case .object:
            if field.type.isList {
                let quantifiers = try compileQuantifiers(operators, on: targetType)
                if quantifiers.isEmpty { return nil }
                if case .reverse(let backField) = field.source {
                    guard let collection = self.target(targetType), let backIndex = target.fieldIndex(named: backField),
                        let slot = collection.data.layout.slotOfField[backIndex], let owners = snapshot.collection(type)
                    else { return nil }
                    return .reverse(collection, slot: slot, quantifiers, owners: owners.table)
                }
                let access = try access(field, at: index, of: type)
                if let collection = self.target(targetType) { return .references(access, collection, quantifiers) }
                return .embeddedList(access, quantifiers)
            }
            let inner = try compileFilter(given, on: targetType)
            let access = try access(field, at: index, of: type)
            if let collection = self.target(targetType) { return .reference(access, collection, inner) }
            return .embedded(access, inner)
        case .interface, .union, .inputObject:
            return nil
        }
    }

    private func compileQuantifiers(_ operators: [String: InputValue], on type: TypeID) throws(FieldFailure) -> Quantifiers {
        var quantifiers = Quantifiers()
        if let some = operators["some"], some != .null { quantifiers.some = try compileFilter(some, on: type) }
        if let every = operators["every"], every != .null { quantifiers.every = try compileFilter(every, on: type) }
        if let none = operators["none"], none != .null { quantifiers.none = try compileFilter(none, on: type) }
        return quantifiers
    }

    /// The operators of a `<Scalar>Filter`, in a fixed order; null operands are ignored (§3.2).
    private func scalarTests(_ operators: [String: InputValue], type: TypeID, field: String) throws(FieldFailure) -> [ScalarTest] {
        var tests: [ScalarTest] = []
        func value(_ name: String) throws(FieldFailure) -> StoredValue? {
            guard let given = operators[name], given != .null else { return nil }
            return try operand(given, as: type, for: field)
        }
        func values(_ name: String) throws(FieldFailure) -> [StoredValue]? {
            guard let given = operators[name], given != .null else { return nil }
            guard case .list(let items) = given else { return [try operand(given, as: type, for: field)] }
            var result: [StoredValue] = []
            for item in items where item != .null { result.append(try operand(item, as: type, for: field)) }
            return result
        }
        func text(_ name: String) -> [UInt8]? {
            guard case .string(let text)? = operators[name] else { return nil }
            return Array(text.utf8)
        }
        if let operand = try value("eq") { tests.append(.equal(operand)) }
        if let operand = try value("ne") { tests.append(.notEqual(operand)) }
        if let operands = try values("in") { tests.append(.among(operands)) }
        if let operands = try values("notIn") { tests.append(.notAmong(operands)) }
        if let operand = try value("lt") { tests.append(.less(operand)) }
        if let operand = try value("lte") { tests.append(.lessOrEqual(operand)) }
        if let operand = try value("gt") { tests.append(.greater(operand)) }
        if let operand = try value("gte") { tests.append(.greaterOrEqual(operand)) }
        if let part = text("contains") { tests.append(.contains(part)) }
        if let part = text("startsWith") { tests.append(.startsWith(part)) }
        if let part = text("endsWith") { tests.append(.endsWith(part)) }
        if case .boolean(let flag)? = operators["isNull"] { tests.append(.isNull(flag)) }
        return tests
    }

    private func simplifiedAll(_ parts: [FilterNode]) -> FilterNode {
        var kept: [FilterNode] = []
        for part in parts {
            switch part {
            case .always(true): continue
            case .always(false): return .always(false)
            default: kept.append(part)
            }
        }
        if kept.isEmpty { return .always(true) }
        return kept.count == 1 ? kept[0] : .all(kept)
    }

    private func simplifiedAny(_ parts: [FilterNode]) -> FilterNode {
        var kept: [FilterNode] = []
        for part in parts {
            switch part {
            case .always(false): continue
            case .always(true): return .always(true)
            default: kept.append(part)
            }
        }
        if kept.isEmpty { return .always(false) }
        return kept.count == 1 ? kept[0] : .any(kept)
    }
}
