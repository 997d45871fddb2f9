import QuarryLanguage
import QuarrySchema

/// CoerceVariableValues (spec §6.1.2): the request's JSON variables typed by the operation's
/// variable definitions, defaults applied; every problem is a request error.
struct VariableCoercion {
    let schema: Schema
    let source: Source

    func coerce(_ given: [String: JSONValue], for operation: OperationDefinition) -> Result<[String: InputValue], VariableProblems> {
        var values: [String: InputValue] = [:]
        var errors: [GraphQLError] = []
        let literals = ArgumentCoercion(schema: schema, variables: [:])
        for definition in operation.variableDefinitions {
            let name = definition.variable.name.value
            let location = source.location(at: Int(definition.range.start))
            guard let type = schema.typeRef(for: definition.type) else { continue }
            if let value = given[name] {
                if case .null = value, type.isNonNull {
                    errors.append(problem("Variable \"$\(name)\" of non-null type \"\(schema.render(type))\" must not be null.", location))
                    continue
                }
                switch coerce(value, type, path: "") {
                case .success(let coerced): values[name] = coerced
                case .failure(let message):
                    errors.append(problem("Variable \"$\(name)\" got invalid value \(render(value))\(message.text)", location))
                }
            } else if let defaultValue = definition.defaultValue {
                if let coerced = try? literals.literal(defaultValue, type) { values[name] = coerced }
            } else if type.isNonNull {
                errors.append(problem("Variable \"$\(name)\" of required type \"\(schema.render(type))\" was not provided.", location))
            }
        }
        return errors.isEmpty ? .success(values) : .failure(VariableProblems(errors: errors))
    }

    private func problem(_ message: String, _ location: SourceLocation) -> GraphQLError {
        GraphQLError(message: message, locations: [location], code: "BAD_USER_INPUT")
    }

    /// A JSON value as `type`; the failure is the rest of the message (`; Expected type …`).
    private func coerce(_ value: JSONValue, _ type: TypeRef, path: String) -> Result<InputValue, CoercionProblem> {
        let at = path.isEmpty ? "" : " at \"\(path)\""
        switch type {
        case .nonNull(let inner):
            if case .null = value { return .failure(CoercionProblem("\(at); Expected non-nullable type \"\(schema.render(type))\" not to be null.")) }
            return coerce(value, inner, path: path)
        case .list(let item):
            if case .null = value { return .success(.null) }
            guard case .array(let elements) = value else {
                return coerce(value, item, path: path).map { .list([$0]) }
            }
            var items: [InputValue] = []
            for (index, element) in elements.enumerated() {
                switch coerce(element, item, path: path.isEmpty ? "[\(index)]" : "\(path)[\(index)]") {
                case .success(let coerced): items.append(coerced)
                case .failure(let message): return .failure(message)
                }
            }
            return .success(.list(items))
        case .named(let id):
            if case .null = value { return .success(.null) }
            let named = schema[id]
            switch named.kind {
            case .scalar: return scalar(value, named, at)
            case .enumeration:
                if case .string(let name) = value, named.enumValues.contains(where: { $0.name == name }) { return .success(.enumValue(name)) }
                return .failure(CoercionProblem("\(at); Value \(render(value)) does not exist in \"\(named.name)\" enum."))
            case .inputObject:
                guard case .object(let entries) = value else {
                    return .failure(CoercionProblem("\(at); Expected type \"\(named.name)\" to be an object."))
                }
                var fields: [String: InputValue] = [:]
                for entry in entries where !named.inputFields.contains(where: { $0.name == entry.key }) {
                    return .failure(CoercionProblem("\(at); Field \"\(entry.key)\" is not defined by type \"\(named.name)\"."))
                }
                for field in named.inputFields {
                    let childPath = path.isEmpty ? field.name : "\(path).\(field.name)"
                    if let entry = entries.first(where: { $0.key == field.name }) {
                        switch coerce(entry.value, field.type, path: childPath) {
                        case .success(let coerced): fields[field.name] = coerced
                        case .failure(let message): return .failure(message)
                        }
                    } else if let defaultValue = field.defaultValue,
                        let coerced = try? ArgumentCoercion(schema: schema, variables: [:]).literal(defaultValue, field.type)
                    {
                        fields[field.name] = coerced
                    } else if field.type.isNonNull {
                        return .failure(CoercionProblem("\(at); Field \"\(field.name)\" of required type \"\(schema.render(field.type))\" was not provided."))
                    }
                }
                if named.isOneOf && (fields.count != 1 || fields.values.first == .null) {
                    return .failure(CoercionProblem("\(at); Exactly one key must be specified for OneOf type \"\(named.name)\"."))
                }
                return .success(.object(fields))
            case .object, .interface, .union:
                return .failure(CoercionProblem("\(at); \"\(named.name)\" is not an input type."))
            }
        }
    }

    private func scalar(_ value: JSONValue, _ scalar: NamedType, _ at: String) -> Result<InputValue, CoercionProblem> {
        switch (scalar.name, value) {
        case ("Int", .number(let text)):
            if let int = Int32(text) { return .success(.int(int)) }
            if let double = Double(text), double == double.rounded(), let int = Int32(exactly: double) { return .success(.int(int)) }
            return .failure(CoercionProblem("\(at); Int cannot represent non 32-bit signed integer value: \(text)"))
        case ("Float", .number(let text)):
            if let double = Double(text), double.isFinite { return .success(.float(double)) }
            return .failure(CoercionProblem("\(at); Float cannot represent non numeric value: \(text)"))
        case ("String", .string(let text)): return .success(.string(text))
        case ("Boolean", .bool(let flag)): return .success(.boolean(flag))
        case ("ID", .string(let text)): return .success(.string(text))
        case ("ID", .number(let text)) where Int(text) != nil: return .success(.string(text))
        case ("Int", _), ("Float", _), ("String", _), ("Boolean", _), ("ID", _):
            return .failure(CoercionProblem("\(at); \(scalar.name) cannot represent value: \(render(value))"))
        case (_, .string(let text)), (_, .number(let text)): return .success(.string(text))
        case (_, .bool(let flag)): return .success(.boolean(flag))
        default: return .failure(CoercionProblem("\(at); Expected type \"\(scalar.name)\"."))
        }
    }

    private func render(_ value: JSONValue) -> String {
        var writer = JSONWriter(capacity: 64)
        writer.json(value)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}

extension JSONWriter {
    /// Writes a JSON value as it came in.
    public mutating func json(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .number(let text): rawText(text)
        case .string(let text): string(text)
        case .array(let elements):
            byte(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { byte(UInt8(ascii: ",")) }
                json(element)
            }
            byte(UInt8(ascii: "]"))
        case .object(let entries):
            byte(UInt8(ascii: "{"))
            for (index, entry) in entries.enumerated() {
                if index > 0 { byte(UInt8(ascii: ",")) }
                key(entry.key)
                json(entry.value)
            }
            byte(UInt8(ascii: "}"))
        }
    }
}

/// Why a variable value does not fit its type: the tail of the request error's message.
struct CoercionProblem: Error {
    let text: String
    init(_ text: String) { self.text = text }
}

struct VariableProblems: Error {
    let errors: [GraphQLError]
}
