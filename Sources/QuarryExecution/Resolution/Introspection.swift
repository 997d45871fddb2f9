import QuarryLanguage
import QuarrySchema

/// The introspection objects (spec §4.2 "Schema Introspection"): `__Schema`, `__Type`,
/// `__Field`, `__InputValue`, `__EnumValue`, `__Directive`, resolved from the schema model.
/// Hidden generated types (empty ones, SEMANTICS.md §15.2) are never shown.
extension Executor {
    func resolveIntrospection(_ name: String, of object: ObjectValue, arguments: [String: InputValue]) -> Resolved {
        let includeDeprecated = arguments["includeDeprecated"] == .boolean(true)
        switch object {
        case .schema:
            switch name {
            case "description": return schema.description.map(Resolved.text) ?? .null
            case "types":
                return .objects(schema.types.indices.filter { !schema.types[$0].isHidden }.map { .type(.named(TypeID($0))) })
            case "queryType": return .object(.type(.named(schema.queryType)))
            case "mutationType": return schema.mutationType.map { .object(.type(.named($0))) } ?? .null
            case "subscriptionType": return schema.subscriptionType.map { .object(.type(.named($0))) } ?? .null
            case "directives": return .objects(schema.directives.map(ObjectValue.directive))
            default: return .null
            }
        case .type(let type):
            return resolveType(name, type, includeDeprecated: includeDeprecated)
        case .field(let field):
            switch name {
            case "name": return .text(field.name)
            case "description": return field.description.map(Resolved.text) ?? .null
            case "args":
                return .objects(field.arguments.filter { includeDeprecated || !$0.isDeprecated }.map(ObjectValue.inputValue))
            case "type": return .object(.type(field.type))
            case "isDeprecated": return .boolean(field.isDeprecated)
            case "deprecationReason": return field.deprecationReason.map(Resolved.text) ?? .null
            default: return .null
            }
        case .inputValue(let value):
            switch name {
            case "name": return .text(value.name)
            case "description": return value.description.map(Resolved.text) ?? .null
            case "type": return .object(.type(value.type))
            case "defaultValue": return value.defaultValue.map { .text($0.printed()) } ?? .null
            case "isDeprecated": return .boolean(value.isDeprecated)
            case "deprecationReason": return value.deprecationReason.map(Resolved.text) ?? .null
            default: return .null
            }
        case .enumValue(let value):
            switch name {
            case "name": return .text(value.name)
            case "description": return value.description.map(Resolved.text) ?? .null
            case "isDeprecated": return .boolean(value.isDeprecated)
            case "deprecationReason": return value.deprecationReason.map(Resolved.text) ?? .null
            default: return .null
            }
        case .directive(let directive):
            switch name {
            case "name": return .text(directive.name)
            case "description": return directive.description.map(Resolved.text) ?? .null
            case "isRepeatable": return .boolean(directive.isRepeatable)
            case "locations": return .texts(directive.locations.map(\.rawValue))
            case "args":
                return .objects(directive.arguments.filter { includeDeprecated || !$0.isDeprecated }.map(ObjectValue.inputValue))
            default: return .null
            }
        default:
            return .null
        }
    }

    private func resolveType(_ name: String, _ type: TypeRef, includeDeprecated: Bool) -> Resolved {
        switch type {
        case .nonNull(let inner), .list(let inner):
            switch name {
            case "kind": return .text(type.isNonNull ? "NON_NULL" : "LIST")
            case "ofType": return .object(.type(inner))
            default: return .null
            }
        case .named(let id):
            // Read in place from the schema's array: `schema[id]` would copy the whole type
            // (every field, argument and enum value retained) for each introspected field.
            return schema.types.withUnsafeBufferPointer { types in
                resolveNamedType(name, types[Int(id.index)], includeDeprecated: includeDeprecated, types: types)
            }
        }
    }

    private func resolveNamedType(
        _ name: String, _ named: borrowing NamedType, includeDeprecated: Bool, types: UnsafeBufferPointer<NamedType>
    ) -> Resolved {
        switch name {
        case "kind": return .text(named.kind.rawValue)
        case "name": return .text(named.name)
        case "description": return named.description.map(Resolved.text) ?? .null
        case "specifiedByURL": return named.specifiedByURL.map(Resolved.text) ?? .null
        case "fields":
            guard named.kind == .object || named.kind == .interface else { return .null }
            return .objects(named.fields.filter { (includeDeprecated || !$0.isDeprecated) && !types[Int($0.type.namedType.index)].isHidden }
                .map(ObjectValue.field))
        case "interfaces":
            guard named.kind == .object || named.kind == .interface else { return .null }
            return .objects(named.interfaces.map { .type(.named($0)) })
        case "possibleTypes":
            guard named.kind.isAbstract else { return .null }
            return .objects(named.possibleTypes.map { .type(.named($0)) })
        case "enumValues":
            guard named.kind == .enumeration else { return .null }
            return .objects(named.enumValues.filter { includeDeprecated || !$0.isDeprecated }.map(ObjectValue.enumValue))
        case "inputFields":
            guard named.kind == .inputObject else { return .null }
            return .objects(named.inputFields.filter { includeDeprecated || !$0.isDeprecated }.map(ObjectValue.inputValue))
        case "ofType": return .null
        case "isOneOf": return named.kind == .inputObject ? .boolean(named.isOneOf) : .null
        default: return .null
        }
    }

}
