import QuarrySchema

/// Types the nodes of a tape by the schema (PRODUCT.md §3, SEMANTICS.md §1.2–§1.3, §1.5, §1.9):
/// YAML 1.2 core forms only, so that `NO`, `0755` and `1e3` stay text under `String` and a quoted
/// `"42"` under `Int` is an error. A bad value is reported and stored as null; the document is
/// still served.
struct DocumentTyper {
    let schema: Schema
    let layouts: SchemaLayouts
    let tape: DataTape
    let file: String
    /// Shares repeated embedded objects, lists and long strings between documents (nil: none).
    let interner: ValueInterner?
    private let tables: TypingTables
    private var locator: DataTape.Locator
    private(set) var problems: [DataProblem] = []
    /// Every `@ref` value read, to report the dangling ones.
    private(set) var references: [FileReference] = []

    init(schema: Schema, layouts: SchemaLayouts, tape: DataTape, file: String, interner: ValueInterner? = nil) {
        self.schema = schema
        self.layouts = layouts
        self.tape = tape
        self.file = file
        self.interner = interner
        self.tables = layouts.tables
        self.locator = tape.locator()
    }

    /// The stored values of an object of type `type` written at `node`. `mayOmitID`: a
    /// top-level document whose id can come from its path (the loader decides).
    mutating func object(_ node: DataTape.Node, type: TypeID, mayOmitID: Bool = false) -> [StoredValue] {
        let typeIndex = Int(type.index)
        let count = tables.slotCount(typeIndex)
        guard count >= 0 else { return [] }
        var values = StoredValue.nulls(count)
        guard tape.isMapping(node) else {
            report(node, "\(schema[type].name): expected a mapping of fields, found \(describe(node)).")
            return values
        }
        var seen = SlotSet(count: count)
        // Keys mostly come in the schema's order: the slot after the last one matched is tried first.
        var next = 0
        for entry in tape.entries(node) {
            guard let slot = tape.withText(entry.key, { tables.slot(of: $0, in: typeIndex, tryingFirst: next) }) else {
                if tape.isScalar(entry.key) || tape.isNull(entry.key) {
                    report(entry.key, "unknown key \"\(tape.text(entry.key))\": \(schema[type].name) has no such field.",
                           severity: .warning)
                }
                continue
            }
            next = slot + 1
            guard seen.insert(slot) else {
                report(entry.key, "duplicate key \"\(tape.text(entry.key))\": the first one is used.")
                continue
            }
            values[slot] = planned(entry.value, tables.slot(typeIndex, slot), at: FieldSite(type: type, slot: slot))
        }
        reportMissing(node, type: type, seen: seen, count: count, mayOmitID: mayOmitID)
        return values
    }

    /// Reports each required field of `type` that is not in `seen`, in slot order.
    private mutating func reportMissing(_ node: DataTape.Node, type: TypeID, seen: SlotSet, count: Int, mayOmitID: Bool) {
        let typeIndex = Int(type.index)
        var missing = tables.required(typeIndex) & ~seen.low
        if mayOmitID { missing &= ~tables.idSlots(typeIndex) }
        guard missing != 0 || count > 64 else { return }
        let slots = layouts[type]!.slots
        for slot in 0..<count where slot < 64 ? missing & (1 << UInt64(slot)) != 0
            : !seen.contains(slot) && slots[slot].type.isNonNull && !(mayOmitID && slots[slot].name == "id") {
            report(node, "\(schema[type].name).\(slots[slot].name): required field is missing.", columnKnown: false)
        }
    }

    /// The value of a field at `node`, typed by its plan when it has the usual shape; the same
    /// results and reports as `value(_:_:at:)`.
    private mutating func planned(_ node: DataTape.Node, _ field: TypingTables.HotSlot, at site: FieldSite) -> StoredValue {
        let plan = field.plan
        guard plan.isSimple else { return value(node, layouts[site.type]!.slots[site.slot].type, at: site) }
        if tape.isNull(node) {
            if plan.nonNull { report(node, "\(path(site)): required field is null.") }
            return .null
        }
        guard plan.isList else { return named(node, plan.named, at: site) }
        return list(node, at: site, item: nil, plan: plan)
    }

    /// A list at `node`: its items typed by `item`, or by the plan's item type when nil.
    private mutating func list(_ node: DataTape.Node, at site: FieldSite, item: TypeRef?, plan: SlotPlan) -> StoredValue {
        guard tape.isSequence(node) else {
            report(node, "\(path(site)): expected a list, found \(describe(node)).")
            return .null
        }
        let itemNonNull = item?.isNonNull ?? plan.itemNonNull
        var items: [StoredValue] = []
        items.reserveCapacity(tape.count(node))
        for element in tape.elements(node) {
            let typed: StoredValue
            if let item {
                typed = value(element, item, at: site)
            } else if tape.isNull(element) {
                if itemNonNull { report(element, "\(path(site)): required field is null.") }
                typed = .null
            } else {
                typed = named(element, plan.named, at: site)
            }
            // A bad item is left out of the list rather than served as a null.
            if !(typed.isNull && itemNonNull) { items.append(typed) }
        }
        return .list(interner?.array(items) ?? items)
    }

    /// A value of type `type` at `node`; `site` names the field in messages.
    private mutating func value(_ node: DataTape.Node, _ type: TypeRef, at site: FieldSite) -> StoredValue {
        if tape.isNull(node) {
            if type.isNonNull { report(node, "\(path(site)): required field is null.") }
            return .null
        }
        switch type {
        case .nonNull(let inner):
            return value(node, inner, at: site)
        case .list(let item):
            return list(node, at: site, item: item, plan: SlotPlan(item))
        case .named(let id):
            return named(node, id, at: site)
        }
    }

    /// A value of the named type `id` at `node`, which is not null.
    private mutating func named(_ node: DataTape.Node, _ id: TypeID, at site: FieldSite) -> StoredValue {
            let shape = tables.shapes[Int(id.index)]
            switch shape {
            case .object:
                let values = object(node, type: id)
                return .object(interner?.array(values) ?? values)
            case .reference:
                // A @ref: the id of the target document, checked once every collection is read.
                guard isSingle(node, at: site) else { return .null }
                let target = tape.text(node)
                let location = locator.location(of: node)
                references.append(FileReference(
                    id: target, site: tables.slot(Int(site.type.index), site.slot).site,
                    line: Int32(clamping: location.line), column: Int32(clamping: location.column)))
                return .reference(target)
            case .enumeration:
                guard isSingle(node, at: site) else { return .null }
                guard let index = tape.withText(node, { tables.enumValue($0, in: Int(id.index)) }) else {
                    report(node, "\(path(site)): \"\(tape.text(node))\" is not a value of \(schema[id].name).")
                    return .null
                }
                return .enumValue(Int32(index))
            case .unstorable:
                report(node, "\(path(site)): \(schema[id].name) values cannot be stored.")
                return .null
            default:
                return scalar(node, shape, at: site)
            }
    }

    /// A scalar typed from the bytes of its text: only `String`-like values make a `String`.
    private mutating func scalar(_ node: DataTape.Node, _ shape: ValueShape, at site: FieldSite) -> StoredValue {
        guard isSingle(node, at: site) else { return .null }
        let plain = tape.isPlain(node)
        switch shape {
        case .int:
            if plain, let value = tape.withText(node, parseInt32) { return .int(value) }
            return mistyped(node, site, "an Int (a plain whole number from -2147483648 to 2147483647)", plain)
        case .float:
            if plain, tape.withText(node, isFloatText), let value = Double(tape.text(node)), value.isFinite {
                return .float(value)
            }
            return mistyped(node, site, "a Float (a plain number such as 4.5 or 1e3)", plain)
        case .boolean:
            if plain, let value = tape.withText(node, parseBoolean) { return .boolean(value) }
            return mistyped(node, site, "a Boolean (true or false)", plain)
        case .decimal:
            // Plain decimal notation (`35.50`, `-3`): the exponent form is for JSON numbers only.
            if let value = tape.withText(node, { hasExponent($0) ? nil : DecimalValue(utf8: $0) }) { return .decimal(value) }
            return mistyped(node, site, "a Decimal (such as 35.50)", plain)
        case .date:
            if let value = tape.withText(node, DateValue.init(utf8:)) { return .date(value) }
            return mistyped(node, site, "a Date (YYYY-MM-DD)", plain)
        case .dateTime:
            if let value = tape.withText(node, parseDateTime) { return .dateTime(value) }
            return mistyped(node, site, "a DateTime with an offset (such as 2025-11-11T20:00:00+08:00)", plain)
        default:
            // String, ID and custom scalars keep the text as written. Longer than a small
            // string (15 bytes), the text is worth sharing.
            if let interner, tape.textByteCount(node) > 15 { return .string(tape.withText(node, interner.string)) }
            return .string(tape.text(node))
        }
    }

    /// Whether a node is a scalar; a report when it is a list or mapping.
    private mutating func isSingle(_ node: DataTape.Node, at site: FieldSite) -> Bool {
        guard tape.isScalar(node) else {
            report(node, "\(path(site)): expected a single value, found \(describe(node)).")
            return false
        }
        return true
    }

    private mutating func mistyped(_ node: DataTape.Node, _ site: FieldSite, _ expected: String, _ plain: Bool) -> StoredValue {
        let text = tape.text(node)
        let found = plain ? "\"\(text)\"" : "quoted text \"\(text)\""
        report(node, "\(path(site)): expected \(expected), found \(found).")
        return .null
    }

    /// `Type.field`, for messages: made only when something is reported.
    func path(_ site: FieldSite) -> String {
        "\(schema[site.type].name).\(layouts[site.type]!.slots[site.slot].name)"
    }

    private func describe(_ node: DataTape.Node) -> String {
        switch tape.kind(node) {
        case .sequence: "a list"
        case .mapping: "a mapping"
        case .null: "null"
        case .scalar: "\"\(tape.text(node))\""
        }
    }

    private mutating func report(
        _ node: DataTape.Node, _ message: String, severity: DataProblem.Severity = .error, columnKnown: Bool = true
    ) {
        let location = locator.location(of: node)
        problems.append(DataProblem(file: file, line: location.line, column: columnKnown ? location.column : nil,
                                    message: message, severity: severity))
    }
}

/// A stored field of an object type: the field a value is read for.
struct FieldSite: Hashable, Sendable {
    var type: TypeID
    var slot: Int
}

/// The slots of a layout already read: a bit per slot, without allocating for up to 64 slots.
private struct SlotSet {
    /// The first 64 slots, a bit each.
    private(set) var low: UInt64 = 0
    private var more: [Bool]

    init(count: Int) { more = count > 64 ? [Bool](repeating: false, count: count) : [] }

    /// False when `slot` was already in.
    mutating func insert(_ slot: Int) -> Bool {
        if slot < 64 {
            let bit: UInt64 = 1 << UInt64(slot)
            defer { low |= bit }
            return low & bit == 0
        }
        defer { more[slot] = true }
        return !more[slot]
    }

    func contains(_ slot: Int) -> Bool { slot < 64 ? low & (1 << UInt64(slot)) != 0 : more[slot] }
}

/// YAML 1.2 core float in decimal or exponent form (no `.inf`, no `.nan`), integers included.
func isFloatText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var sawDigit = false
    var index = bytes.startIndex
    if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
        index = bytes.index(after: index)
    }
    var sawExponent = false
    var previous: UInt8 = 0
    while index < bytes.endIndex {
        let byte = bytes[index]
        switch byte {
        case 48...57: sawDigit = true
        case UInt8(ascii: "."): if sawExponent { return false }
        case UInt8(ascii: "e"), UInt8(ascii: "E"):
            if sawExponent || !sawDigit { return false }
            sawExponent = true
        case UInt8(ascii: "-"), UInt8(ascii: "+"):
            if previous != UInt8(ascii: "e") && previous != UInt8(ascii: "E") { return false }
        default: return false
        }
        previous = byte
        index = bytes.index(after: index)
    }
    return sawDigit && previous != UInt8(ascii: "e") && previous != UInt8(ascii: "E")
}

/// `-?[0-9]+` with an optional `+` (YAML 1.2 core int, decimal only) within Int32's range.
func parseInt32(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
    parseSignedInteger(bytes, maximumMagnitude: 1 << 31).flatMap { Int32(exactly: $0) }
}

/// `true`, `True`, `TRUE`, `false`, `False`, `FALSE` (YAML 1.2 core booleans).
func parseBoolean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    for (text, value) in booleanForms where bytes.elementsEqual(text) { return value }
    return nil
}

private let booleanForms: [([UInt8], Bool)] = [
    ("true", true), ("True", true), ("TRUE", true), ("false", false), ("False", false), ("FALSE", false),
].map { (Array($0.utf8), $1) }

/// Plain decimal notation (`35.50`, `-3`) has no exponent: the exponent form is for JSON numbers.
func hasExponent(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.contains { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
}

extension StoredValue {
    /// `count` nulls: the values of an object before its fields are read.
    /// Made by `reserveCapacity` and appends, which the compiler specializes for `StoredValue`:
    /// `Array(unsafeUninitializedCapacity:)` allocates through the standard library's generic
    /// code, which looks the array's storage class up at run time (a few hundred instructions
    /// an object). The capacity is the same.
    @inline(__always)
    static func nulls(_ count: Int) -> [StoredValue] {
        var values: [StoredValue] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(.null) }
        return values
    }
}
