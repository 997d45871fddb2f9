import QuarrySchema
import QuarryStore

extension DocumentReader {
    /// A filter operand (or `has` value) as the stored value it is compared with, typed by the
    /// field's scalar or enum type (SEMANTICS.md §3.4): a Decimal from a string (`"6.00"`) or a
    /// number, dates and date-times parsed, enums by name. A value that does not parse is a
    /// field error naming the field.
    func operand(_ input: InputValue, as type: TypeID, for field: String) throws(FieldFailure) -> StoredValue {
        let named = schema[type]
        if named.kind == .enumeration {
            if case .enumValue(let name) = input, let index = named.enumValues.firstIndex(where: { $0.name == name }) {
                return .enumValue(Int32(index))
            }
            throw invalid(input, named.name, field)
        }
        switch (named.name, input) {
        case ("Int", .int(let value)): return .int(value)
        case ("Float", .float(let value)): return .float(value)
        case ("Float", .int(let value)): return .float(Double(value))
        case ("Boolean", .boolean(let value)): return .boolean(value)
        case ("Decimal", .string(let text)):
            if let value = DecimalValue(parsing: text) { return .decimal(value) }
        case ("Decimal", .int(let value)): return .decimal(DecimalValue(significand: Int64(value), scale: 0))
        case ("Decimal", .float(let value)):
            if let decimal = DecimalValue(parsing: "\(value)") { return .decimal(decimal) }
        case ("Date", .string(let text)):
            if let value = DateValue(parsing: text) { return .date(value) }
        case ("DateTime", .string(let text)):
            if let value = DateTimeValue(parsing: text) { return .dateTime(value) }
        case ("Int", _), ("Float", _), ("Boolean", _), ("Decimal", _), ("Date", _), ("DateTime", _):
            break
        case (_, .string(let text)): return .string(text)
        case (_, .int(let value)): return .string(String(value))
        default: break
        }
        throw invalid(input, named.name, field)
    }

    private func invalid(_ input: InputValue, _ type: String, _ field: String) -> FieldFailure {
        FieldFailure("\(describe(input)) is not a valid \(type) value for \"\(field)\".")
    }

    func describe(_ input: InputValue) -> String {
        switch input {
        case .null: "null"
        case .int(let value): String(value)
        case .float(let value): String(value)
        case .string(let text): "\"\(text)\""
        case .boolean(let flag): String(flag)
        case .enumValue(let name): name
        case .list(let items): "[" + items.map(describe).joined(separator: ", ") + "]"
        case .object(let fields): "{" + fields.keys.sorted().map { "\($0): \(describe(fields[$0]!))" }.joined(separator: ", ") + "}"
        }
    }
}
