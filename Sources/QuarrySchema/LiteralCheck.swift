import QuarryLanguage

/// Whether a literal fits an input type (spec §3.5 input coercion of scalars, §3.9 enums, §3.10
/// input objects, §3.11 lists). Used for default values and applied directives in the SDL, and
/// by query validation (§5.6.1 "Values of Correct Type"). Returns the problem, or nil.
public func literalProblem(_ value: Value, for type: TypeRef, in schema: Schema) -> String? {
    switch type {
    case .nonNull(let inner):
        if case .null = value { return "Expected value of non-null type \"\(schema.render(type))\", found null." }
        return literalProblem(value, for: inner, in: schema)
    case .list(let item):
        switch value {
        case .null, .variable: return nil
        case .list(let list):
            for element in list.values {
                if let problem = literalProblem(element, for: item, in: schema) { return problem }
            }
            return nil
        default:
            // A single value is coerced to a list of one.
            return literalProblem(value, for: item, in: schema)
        }
    case .named(let id):
        if case .null = value { return nil }
        if case .variable = value { return nil }
        let named = schema[id]
        switch named.kind {
        case .scalar: return scalarProblem(value, named)
        case .enumeration:
            if case .enumValue(let name) = value, named.enumValues.contains(where: { $0.name == name.value }) { return nil }
            return "Enum \"\(named.name)\" cannot represent value: \(valueText(value))."
        case .inputObject:
            guard case .object(let object) = value else {
                return "Expected value of type \"\(named.name)\", found \(valueText(value))."
            }
            for field in object.fields where !named.inputFields.contains(where: { $0.name == field.name.value }) {
                return "Field \"\(field.name.value)\" is not defined by type \"\(named.name)\"."
            }
            for field in named.inputFields {
                let given = object.fields.first { $0.name.value == field.name }
                if given == nil && field.type.isNonNull && field.defaultValue == nil {
                    return "Field \"\(named.name).\(field.name)\" of required type \"\(schema.render(field.type))\" was not provided."
                }
                if let given, let problem = literalProblem(given.value, for: field.type, in: schema) { return problem }
            }
            if named.isOneOf {
                let nonNull = object.fields.filter { if case .null = $0.value { false } else { true } }
                if object.fields.count != 1 || nonNull.count != 1 {
                    return "OneOf Input Object \"\(named.name)\" must specify exactly one key, and it must not be null."
                }
            }
            return nil
        case .object, .interface, .union:
            return "\"\(named.name)\" is not an input type."
        }
    }
}

/// The built-in scalars' literal rules; custom scalars accept any literal here and check their
/// own format when coerced.
private func scalarProblem(_ value: Value, _ scalar: NamedType) -> String? {
    switch scalar.name {
    case "Int":
        if case .int(let number) = value {
            return Int32(number.text) == nil ? "Int cannot represent non 32-bit signed integer value: \(number.text)." : nil
        }
        return "Int cannot represent non-integer value: \(valueText(value))."
    case "Float":
        switch value {
        case .int(let number), .float(let number):
            return Double(number.text).map { $0.isFinite } == true
                ? nil : "Float cannot represent non numeric value: \(number.text)."
        default: return "Float cannot represent non numeric value: \(valueText(value))."
        }
    case "String":
        if case .string = value { return nil }
        return "String cannot represent a non string value: \(valueText(value))."
    case "Boolean":
        if case .boolean = value { return nil }
        return "Boolean cannot represent a non boolean value: \(valueText(value))."
    case "ID":
        switch value {
        case .string, .int: return nil
        default: return "ID cannot represent a non-string and non-integer value: \(valueText(value))."
        }
    default:
        return nil
    }
}

/// A literal as GraphQL text, for messages.
func valueText(_ value: Value) -> String {
    switch value {
    case .variable(let variable): "$\(variable.name.value)"
    case .int(let number), .float(let number): number.text
    case .string(let string): "\"\(string.value)\""
    case .boolean(let boolean): boolean.value ? "true" : "false"
    case .null: "null"
    case .enumValue(let name): name.value
    case .list(let list): "[" + list.values.map(valueText).joined(separator: ", ") + "]"
    case .object(let object):
        "{" + object.fields.map { "\($0.name.value): \(valueText($0.value))" }.joined(separator: ", ") + "}"
    }
}
