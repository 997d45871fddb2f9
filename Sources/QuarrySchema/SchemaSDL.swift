import QuarryLanguage

/// The served schema as SDL (`quarry schema`): every type and directive that is not built in,
/// generated ones included, printed with the language layer's printer so that the text parses
/// back to the same schema.
extension Schema {
    public func printedSDL() -> String { sdlDocument().printed() }

    public func sdlDocument() -> Document {
        var definitions: [Definition] = []
        for directive in directives where !directive.isBuiltIn || Self.storageDirectives.contains(directive.name) {
            definitions.append(.directive(DirectiveDefinition(
                description: describe(directive.description), name: Name(directive.name),
                arguments: directive.arguments.map(inputValueDefinition), isRepeatable: directive.isRepeatable,
                locations: directive.locations.map { Name($0.rawValue) })))
        }
        for type in types where !type.isBuiltIn && !type.isHidden {
            definitions.append(.type(typeDefinition(type)))
        }
        return Document(definitions: definitions)
    }

    private static let storageDirectives: Set<String> = ["collection", "ref", "reverse", "key", "computed"]

    private func typeDefinition(_ type: NamedType) -> TypeDefinition {
        let description = describe(type.description)
        let name = Name(type.name)
        switch type.kind {
        case .scalar:
            return .scalar(ScalarTypeDefinition(description: description, name: name, directives: type.directives))
        case .object:
            return .object(ObjectTypeDefinition(
                description: description, name: name, interfaces: type.interfaces.map { Name(self[$0].name) },
                directives: type.directives, fields: type.fields.map(fieldDefinition)))
        case .interface:
            return .interface(InterfaceTypeDefinition(
                description: description, name: name, interfaces: type.interfaces.map { Name(self[$0].name) },
                directives: type.directives, fields: type.fields.map(fieldDefinition)))
        case .union:
            return .union(UnionTypeDefinition(
                description: description, name: name, directives: type.directives,
                types: type.possibleTypes.map { Name(self[$0].name) }))
        case .enumeration:
            return .enumeration(EnumTypeDefinition(
                description: description, name: name, directives: type.directives,
                values: type.enumValues.map {
                    EnumValueDefinition(description: describe($0.description), name: Name($0.name), directives: $0.directives)
                }))
        case .inputObject:
            return .inputObject(InputObjectTypeDefinition(
                description: description, name: name, directives: type.directives,
                fields: type.inputFields.map(inputValueDefinition)))
        }
    }

    private func fieldDefinition(_ field: FieldDef) -> FieldDefinition {
        FieldDefinition(
            description: describe(field.description), name: Name(field.name),
            arguments: field.arguments.map(inputValueDefinition), type: typeReference(field.type),
            directives: field.directives)
    }

    private func inputValueDefinition(_ value: InputValueDef) -> InputValueDefinition {
        InputValueDefinition(
            description: describe(value.description), name: Name(value.name), type: typeReference(value.type),
            defaultValue: value.defaultValue, directives: value.directives)
    }

    func typeReference(_ type: TypeRef) -> TypeReference {
        switch type {
        case .named(let id): .named(Name(self[id].name))
        case .list(let inner): .list(typeReference(inner), SourceRange(start: 0, end: 0))
        case .nonNull(let inner): .nonNull(typeReference(inner), SourceRange(start: 0, end: 0))
        }
    }

    private func describe(_ text: String?) -> StringValue? {
        guard let text, !text.isEmpty else { return nil }
        return StringValue(value: text, isBlock: text.contains("\n"))
    }
}
