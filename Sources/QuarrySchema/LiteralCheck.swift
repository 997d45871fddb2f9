import QuarryLanguage

/// One way a literal does not fit its type: the message and the range of the node at fault (the
/// value itself, a nested item, or the object field that the type does not define).
public struct LiteralProblem: Sendable, Hashable {
    public var message: String
    public var range: SourceRange

    public init(message: String, range: SourceRange) {
        self.message = message
        self.range = range
    }
}

/// Whether a literal fits an input type (spec §3.5 input coercion of scalars, §3.9 enums, §3.10
/// input objects, §3.11 lists). Used for default values and applied directives in the SDL.
/// Returns the first problem, or nil.
public func literalProblem(_ value: Value, for type: TypeRef, in schema: Schema) -> String? {
    literalProblems(value, for: type, in: schema).first?.message
}

/// Every way a literal does not fit an input type, each at its node, in document order within
/// each object. Variables are not checked (their values come at execution). Custom scalars
/// accept any literal here and check their own format when coerced.
///
/// `checkingInputFields: false` leaves out the input-object checks that query validation states
/// as rules of their own (§5.6.2 "Input Object Field Names", §5.6.4 "Input Object Required
/// Fields"); the value of a field the type does not define is then not looked into.
public func literalProblems(
    _ value: Value, for type: TypeRef, in schema: Schema, checkingInputFields: Bool = true
) -> [LiteralProblem] {
    var check = LiteralCheck(schema: schema, checkingInputFields: checkingInputFields)
    check.check(value, for: type, at: type)
    return check.problems
}

private struct LiteralCheck {
    let schema: Schema
    let checkingInputFields: Bool
    var problems: [LiteralProblem] = []

    mutating func report(_ message: String, _ range: SourceRange) {
        problems.append(LiteralProblem(message: message, range: range))
    }

    /// `location` is the whole type expected where the value is written, for messages.
    mutating func check(_ value: Value, for type: TypeRef, at location: TypeRef) {
        switch type {
        case .nonNull(let inner):
            if case .null(let range) = value {
                report("Expected value of non-null type \"\(schema.render(type))\", found null.", range)
                return
            }
            check(value, for: inner, at: location)
        case .list(let item):
            switch value {
            case .null, .variable: return
            case .list(let list):
                for element in list.values { check(element, for: item, at: item) }
            default:
                // A single value is coerced to a list of one.
                check(value, for: item, at: location)
            }
        case .named(let id):
            if case .null = value { return }
            if case .variable = value { return }
            let named = schema[id]
            switch named.kind {
            case .scalar:
                if let problem = scalarProblem(value, named) { report(problem, value.range) }
            case .enumeration:
                guard case .enumValue(let name) = value else {
                    report("Enum \"\(named.name)\" cannot represent non-enum value: \(valueText(value)).", value.range)
                    return
                }
                if !named.enumValues.contains(where: { $0.name == name.value }) {
                    report("Value \"\(name.value)\" does not exist in \"\(named.name)\" enum.", value.range)
                }
            case .inputObject:
                checkInputObject(value, named, at: location)
            case .object, .interface, .union:
                report("\"\(named.name)\" is not an input type.", value.range)
            }
        }
    }

    private mutating func checkInputObject(_ value: Value, _ named: NamedType, at location: TypeRef) {
        guard case .object(let object) = value else {
            report("Expected value of type \"\(schema.render(location))\", found \(valueText(value)).", value.range)
            return
        }
        if checkingInputFields {
            for field in object.fields where !named.inputFields.contains(where: { $0.name == field.name.value }) {
                report("Field \"\(field.name.value)\" is not defined by type \"\(named.name)\".", field.range)
            }
        }
        for field in named.inputFields {
            let given = object.fields.first { $0.name.value == field.name }
            if let given {
                check(given.value, for: field.type, at: field.type)
            } else if checkingInputFields && field.type.isNonNull && field.defaultValue == nil {
                report(
                    "Field \"\(named.name).\(field.name)\" of required type \"\(schema.render(field.type))\" was not provided.",
                    object.range)
            }
        }
        if named.isOneOf { checkOneOf(object, named) }
    }

    /// §3.10.1 "OneOf Input Objects": exactly one field, and not the null literal.
    private mutating func checkOneOf(_ object: ObjectValue, _ named: NamedType) {
        var names: [String] = []
        for field in object.fields where !names.contains(field.name.value) { names.append(field.name.value) }
        if names.count != 1 {
            report("OneOf Input Object \"\(named.name)\" must specify exactly one key.", object.range)
        } else if case .null = object.fields[0].value {
            report("Field \"\(named.name).\(names[0])\" must be non-null.", object.range)
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
