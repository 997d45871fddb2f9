import QuarryLanguage
import QuarrySchema

/// Coerces literals and variables to input values (spec §6.4.1 CoerceArgumentValues, §3.5–§3.10
/// input coercion). Validation has already checked literals; variables were coerced when the
/// request started. Returns nil for "not given", so defaults apply.
struct ArgumentCoercion {
    let schema: Schema
    let variables: [String: InputValue]

    /// The arguments of a field or directive: each definition's value, default or nothing.
    func arguments(_ given: [Argument], definitions: [InputValueDef]) throws(FieldFailure) -> [String: InputValue] {
        var result: [String: InputValue] = [:]
        for definition in definitions {
            let argument = given.first { $0.name.value == definition.name }
            var value: InputValue?
            if let argument {
                if case .variable(let variable) = argument.value {
                    value = variables[variable.name.value]
                } else {
                    value = try literal(argument.value, definition.type)
                }
            }
            if value == nil, let defaultValue = definition.defaultValue { value = try literal(defaultValue, definition.type) }
            if value == nil || value == .null, definition.type.isNonNull {
                throw FieldFailure("Argument \"\(definition.name)\" of non-null type \"\(schema.render(definition.type))\" must not be null.")
            }
            if let value { result[definition.name] = value }
        }
        return result
    }

    /// A literal of the document as a value of `type`.
    func literal(_ value: Value, _ type: TypeRef) throws(FieldFailure) -> InputValue? {
        switch value {
        case .variable(let variable): return variables[variable.name.value]
        case .null: return .null
        default: break
        }
        switch type {
        case .nonNull(let inner): return try literal(value, inner)
        case .list(let item):
            if case .list(let list) = value {
                var items: [InputValue] = []
                for element in list.values { items.append(try literal(element, item) ?? .null) }
                return .list(items)
            }
            return .list([try literal(value, item) ?? .null])
        case .named(let id):
            let named = schema[id]
            switch (named.kind, value) {
            case (.inputObject, .object(let object)):
                var fields: [String: InputValue] = [:]
                for field in named.inputFields {
                    if let given = object.fields.first(where: { $0.name.value == field.name }) {
                        if let coerced = try literal(given.value, field.type) { fields[field.name] = coerced }
                    } else if let defaultValue = field.defaultValue, let coerced = try literal(defaultValue, field.type) {
                        fields[field.name] = coerced
                    }
                }
                return .object(fields)
            case (.enumeration, .enumValue(let name)): return .enumValue(name.value)
            case (.scalar, .int(let number)):
                if named.name == "Float" { return .float(Double(number.text) ?? 0) }
                if named.name == "Int", let int = Int32(number.text) { return .int(int) }
                if named.name == "Int" { throw FieldFailure("Int cannot represent \(number.text).") }
                return .string(number.text)
            case (.scalar, .float(let number)):
                return named.name == "Float" ? .float(Double(number.text) ?? 0) : .string(number.text)
            case (.scalar, .string(let string)): return .string(string.value)
            case (.scalar, .boolean(let boolean)): return .boolean(boolean.value)
            default:
                throw FieldFailure("Expected a value of type \"\(named.name)\".")
            }
        }
    }
}

/// A field that cannot be resolved: its message becomes a field error at its path.
struct FieldFailure: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
