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
    private var locator: DataTape.Locator
    private(set) var problems: [DataProblem] = []
    /// Every `@ref` value read, to report the dangling ones.
    private(set) var references: [PendingReference] = []

    init(schema: Schema, layouts: SchemaLayouts, tape: DataTape, file: String) {
        self.schema = schema
        self.layouts = layouts
        self.tape = tape
        self.file = file
        self.locator = tape.locator()
    }

    /// The stored values of an object of type `type` written at `node`. `mayOmitID`: a
    /// top-level document whose id can come from its path (the loader decides).
    mutating func object(_ node: DataTape.Node, type: TypeID, mayOmitID: Bool = false) -> [StoredValue] {
        let named = schema[type]
        guard let layout = layouts[type] else { return [] }
        var values = [StoredValue](repeating: .null, count: layout.slots.count)
        guard tape.isMapping(node) else {
            report(node, "\(named.name): expected a mapping of fields, found \(describe(node)).")
            return values
        }
        var seen = [Bool](repeating: false, count: layout.slots.count)
        for entry in tape.entries(node) {
            guard let slot = layout.slots.firstIndex(where: { tape.text(entry.key, equals: $0.key) }) else {
                if tape.isScalar(entry.key) || tape.isNull(entry.key) {
                    report(entry.key, "unknown key \"\(tape.text(entry.key))\": \(named.name) has no such field.",
                           severity: .warning)
                }
                continue
            }
            if seen[slot] {
                report(entry.key, "duplicate key \"\(tape.text(entry.key))\": the first one is used.")
                continue
            }
            seen[slot] = true
            let field = layout.slots[slot]
            values[slot] = value(entry.value, field.type, at: "\(named.name).\(field.name)")
        }
        for (slot, field) in layout.slots.enumerated()
        where !seen[slot] && field.type.isNonNull && !(mayOmitID && field.name == "id") {
            report(node, "\(named.name).\(field.name): required field is missing.", columnKnown: false)
        }
        return values
    }

    /// A value of type `type` at `node`; `path` names the field in messages.
    private mutating func value(_ node: DataTape.Node, _ type: TypeRef, at path: String) -> StoredValue {
        if tape.isNull(node) {
            if type.isNonNull { report(node, "\(path): required field is null.") }
            return .null
        }
        switch type {
        case .nonNull(let inner):
            return value(node, inner, at: path)
        case .list(let item):
            guard tape.isSequence(node) else {
                report(node, "\(path): expected a list, found \(describe(node)).")
                return .null
            }
            var items: [StoredValue] = []
            items.reserveCapacity(tape.count(node))
            for element in tape.elements(node) {
                let typed = value(element, item, at: path)
                // A bad item is left out of the list rather than served as a null.
                if !(typed.isNull && item.isNonNull) { items.append(typed) }
            }
            return .list(items)
        case .named(let id):
            let named = schema[id]
            switch named.kind {
            case .object:
                if named.collection != nil {
                    // A @ref: the id of the target document, checked once every collection is read.
                    guard let target = scalarText(node, at: path) else { return .null }
                    references.append(PendingReference(target: id, id: target, path: path, file: file,
                                                       location: locator.location(of: node)))
                    return .reference(target)
                }
                return .object(object(node, type: id))
            case .enumeration:
                guard let text = scalarText(node, at: path) else { return .null }
                guard let index = named.enumValues.firstIndex(where: { $0.name == text }) else {
                    report(node, "\(path): \"\(text)\" is not a value of \(named.name).")
                    return .null
                }
                return .enumValue(Int32(index))
            case .scalar:
                return scalar(node, named, at: path)
            case .interface, .union, .inputObject:
                report(node, "\(path): \(named.name) values cannot be stored.")
                return .null
            }
        }
    }

    private mutating func scalar(_ node: DataTape.Node, _ scalar: NamedType, at path: String) -> StoredValue {
        guard let text = scalarText(node, at: path) else { return .null }
        let plain = tape.isPlain(node)
        switch scalar.name {
        case "Int":
            if plain, isIntegerText(text), let value = Int32(text.hasPrefix("+") ? String(text.dropFirst()) : text) {
                return .int(value)
            }
            return mistyped(node, path, "an Int (a plain whole number from -2147483648 to 2147483647)", text, plain)
        case "Float":
            if plain, isFloatText(text), let value = Double(text), value.isFinite { return .float(value) }
            return mistyped(node, path, "a Float (a plain number such as 4.5 or 1e3)", text, plain)
        case "Boolean":
            if plain {
                switch text {
                case "true", "True", "TRUE": return .boolean(true)
                case "false", "False", "FALSE": return .boolean(false)
                default: break
                }
            }
            return mistyped(node, path, "a Boolean (true or false)", text, plain)
        case "Decimal":
            if let value = DecimalValue(parsing: text), isDecimalText(text) { return .decimal(value) }
            return mistyped(node, path, "a Decimal (such as 35.50)", text, plain)
        case "Date":
            if let value = DateValue(parsing: text) { return .date(value) }
            return mistyped(node, path, "a Date (YYYY-MM-DD)", text, plain)
        case "DateTime":
            if let value = DateTimeValue(parsing: text) { return .dateTime(value) }
            return mistyped(node, path, "a DateTime with an offset (such as 2025-11-11T20:00:00+08:00)", text, plain)
        default:
            // String, ID and custom scalars keep the text as written.
            return .string(text)
        }
    }

    /// The text of a scalar, or a report when the node is a list or mapping.
    private mutating func scalarText(_ node: DataTape.Node, at path: String) -> String? {
        guard tape.isScalar(node) else {
            report(node, "\(path): expected a single value, found \(describe(node)).")
            return nil
        }
        return tape.text(node)
    }

    private mutating func mistyped(
        _ node: DataTape.Node, _ path: String, _ expected: String, _ text: String, _ plain: Bool
    ) -> StoredValue {
        let found = plain ? "\"\(text)\"" : "quoted text \"\(text)\""
        report(node, "\(path): expected \(expected), found \(found).")
        return .null
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

/// A `@ref` value as read: which document it names and where.
struct PendingReference: Sendable {
    var target: TypeID
    var id: String
    var path: String
    var file: String
    var location: DataLocation
}

/// `-?[0-9]+` with an optional `+` (YAML 1.2 core int, decimal only).
private func isIntegerText(_ text: String) -> Bool {
    var bytes = Substring(text).utf8[...]
    if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
    return !bytes.isEmpty && bytes.allSatisfy { $0 >= 48 && $0 <= 57 }
}

/// YAML 1.2 core float in decimal or exponent form (no `.inf`, no `.nan`), integers included.
private func isFloatText(_ text: String) -> Bool {
    var sawDigit = false
    var index = text.utf8.startIndex
    let bytes = text.utf8
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

/// Plain decimal notation (`35.50`, `-3`, `0.1`): the exponent form is JSON-number only.
private func isDecimalText(_ text: String) -> Bool {
    !text.isEmpty && !text.contains("e") && !text.contains("E")
}
