import QuarryLanguage

/// Every problem found while building a schema, in file order.
public struct SchemaErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [SchemaError]

    public init(errors: [SchemaError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

/// Builds a `Schema` from SDL files (spec §3 "Type System"): parses them, merges extensions,
/// resolves type references and runs the type-system validation rules and Quarry's own.
public enum SchemaBuilder {
    /// `files` are the SDL files, each `Source` named by its path relative to the root. With
    /// `requireQueryType` false, a schema without a `Query` type is accepted: the generated API
    /// adds one.
    public static func build(files: [Source], requireQueryType: Bool = true) throws(SchemaErrors) -> Schema {
        var assembly = SchemaAssembly()
        assembly.read(files: files)
        let schema = assembly.finish(requireQueryType: requireQueryType)
        var errors = assembly.errors
        if let schema, errors.isEmpty {
            errors += SchemaValidation.validate(schema)
            if errors.isEmpty { return schema }
        }
        throw SchemaErrors(errors: errors)
    }
}

/// The mutable state of one build.
struct SchemaAssembly {
    var sources: [Source] = []
    var types: [NamedType] = []
    var typeIndex: [String: TypeID] = [:]
    var directives: [DirectiveDef] = []
    var errors: [SchemaError] = []

    private var typeDefinitions: [(file: Int, definition: TypeDefinition)] = []
    private var typeExtensions: [(file: Int, definition: TypeDefinition)] = []
    private var directiveDefinitions: [(file: Int, definition: DirectiveDefinition)] = []
    private var schemaDefinitions: [(file: Int, definition: SchemaDefinition, isExtension: Bool)] = []

    mutating func read(files: [Source]) {
        guard let builtIns = parseBuiltIn(BuiltIns.sdl) else { return }
        collect(builtIns, file: addSource(Source(BuiltIns.sdl, name: "<built-in>")), isBuiltIn: true)
        for file in files {
            let index = addSource(file)
            do {
                collect(try parse(file), file: index, isBuiltIn: false)
            } catch {
                let location = error.location
                errors.append(SchemaError(file: file.name, line: location.line, column: location.column,
                                          message: "Syntax Error: \(error.message)"))
            }
        }
        // Quarry's storage directives are predefined unless the files define them.
        if let storage = parseBuiltIn(BuiltIns.storageDirectivesSDL) {
            let index = addSource(Source(BuiltIns.storageDirectivesSDL, name: "<built-in>"))
            for case .directive(let definition) in storage.definitions
            where !directiveDefinitions.contains(where: { $0.definition.name.value == definition.name.value }) {
                directiveDefinitions.append((index, definition))
            }
        }
    }

    private func parseBuiltIn(_ text: String) -> Document? {
        try? parse(Source(text, name: "<built-in>"))
    }

    private mutating func addSource(_ source: Source) -> Int {
        sources.append(source)
        return sources.count - 1
    }

    private mutating func collect(_ document: Document, file: Int, isBuiltIn: Bool) {
        for definition in document.definitions {
            switch definition {
            case .type(let type):
                let name = type.name.value
                if typeIndex[name] != nil {
                    report("There can be only one type named \"\(name)\".", file: file, at: type.name.range)
                    continue
                }
                var named = NamedType(kind: kind(of: type), name: name, description: type.description?.value)
                named.isBuiltIn = isBuiltIn
                named.location = SchemaLocation(file: file, offset: type.name.range.start)
                typeIndex[name] = TypeID(types.count)
                types.append(named)
                typeDefinitions.append((file, type))
            case .typeExtension(let type):
                typeExtensions.append((file, type))
            case .directive(let directive):
                if directiveDefinitions.contains(where: { $0.definition.name.value == directive.name.value }) {
                    report("There can be only one directive named \"@\(directive.name.value)\".", file: file,
                           at: directive.name.range)
                    continue
                }
                directiveDefinitions.append((file, directive))
            case .schema(let schema):
                schemaDefinitions.append((file, schema, false))
            case .schemaExtension(let schema):
                schemaDefinitions.append((file, schema, true))
            case .operation, .fragment:
                report("Schema files hold type-system definitions only; saved queries belong in schema/queries/.",
                       file: file, at: definition.range)
            }
        }
    }

    private func kind(of definition: TypeDefinition) -> TypeKind {
        switch definition {
        case .scalar: .scalar
        case .object: .object
        case .interface: .interface
        case .union: .union
        case .enumeration: .enumeration
        case .inputObject: .inputObject
        }
    }

    /// Fills every type from its definition and extensions and resolves root types.
    mutating func finish(requireQueryType: Bool) -> Schema? {
        for (file, definition) in typeDefinitions {
            guard let id = typeIndex[definition.name.value], types[Int(id.index)].location?.file == Int32(file),
                types[Int(id.index)].location?.offset == definition.name.range.start
            else { continue }
            fill(id, from: definition, file: file)
        }
        for (file, definition) in typeExtensions {
            guard let id = typeIndex[definition.name.value] else {
                report("Cannot extend type \"\(definition.name.value)\" because it is not defined.", file: file,
                       at: definition.name.range)
                continue
            }
            guard types[Int(id.index)].kind == kind(of: definition) else {
                report("Cannot extend non-\(kindWord(kind(of: definition))) type \"\(definition.name.value)\".",
                       file: file, at: definition.name.range)
                continue
            }
            fill(id, from: definition, file: file)
        }
        for (file, definition) in directiveDefinitions {
            var directive = DirectiveDef(
                name: definition.name.value, description: definition.description?.value,
                arguments: definition.arguments.map { inputValue($0, file: file) },
                locations: definition.locations.compactMap { DirectiveLocation(rawValue: $0.value) },
                isRepeatable: definition.isRepeatable)
            directive.location = SchemaLocation(file: file, offset: definition.name.range.start)
            directive.isBuiltIn = sources[file].name == "<built-in>"
            directives.append(directive)
        }
        linkPossibleTypes()
        return rootTypes(requireQueryType: requireQueryType)
    }

    private func kindWord(_ kind: TypeKind) -> String {
        switch kind {
        case .scalar: "scalar"
        case .object: "object"
        case .interface: "interface"
        case .union: "union"
        case .enumeration: "enum"
        case .inputObject: "input object"
        }
    }

    private mutating func fill(_ id: TypeID, from definition: TypeDefinition, file: Int) {
        var type = types[Int(id.index)]
        type.directives += definition.directives
        switch definition {
        case .scalar(let scalar):
            if let url = stringArgument("url", of: "specifiedBy", in: scalar.directives) { type.specifiedByURL = url }
        case .object(let object):
            type.interfaces += object.interfaces.compactMap { resolveNamed($0, file: file) }
            type.fields += object.fields.map { field($0, file: file) }
        case .interface(let interface):
            type.interfaces += interface.interfaces.compactMap { resolveNamed($0, file: file) }
            type.fields += interface.fields.map { field($0, file: file) }
        case .union(let union):
            type.possibleTypes += union.types.compactMap { resolveNamed($0, file: file) }
        case .enumeration(let enumeration):
            type.enumValues += enumeration.values.map { value in
                var enumValue = EnumValueDef(name: value.name.value, description: value.description?.value)
                enumValue.deprecationReason = deprecationReason(value.directives)
                enumValue.directives = value.directives
                enumValue.location = SchemaLocation(file: file, offset: value.name.range.start)
                return enumValue
            }
        case .inputObject(let input):
            type.inputFields += input.fields.map { inputValue($0, file: file) }
            if input.directives.contains(where: { $0.name.value == "oneOf" }) { type.isOneOf = true }
        }
        if case .object = definition, let path = stringArgument("path", of: "collection", in: definition.directives) {
            let singular = type.name.prefix(1).lowercased() + type.name.dropFirst()
            let plural = stringArgument("plural", of: "collection", in: definition.directives) ?? singular + "s"
            type.collection = CollectionInfo(path: path, plural: plural, singular: singular)
        }
        types[Int(id.index)] = type
    }

    private mutating func field(_ definition: FieldDefinition, file: Int) -> FieldDef {
        var field = FieldDef(
            name: definition.name.value, description: definition.description?.value,
            type: resolve(definition.type, file: file))
        field.arguments = definition.arguments.map { inputValue($0, file: file) }
        field.deprecationReason = deprecationReason(definition.directives)
        field.directives = definition.directives
        field.location = SchemaLocation(file: file, offset: definition.name.range.start)
        let storedKey = stringArgument("name", of: "key", in: definition.directives) ?? definition.name.value
        if let reverse = stringArgument("field", of: "reverse", in: definition.directives) {
            field.source = .reverse(field: reverse)
        } else if definition.directives.contains(where: { $0.name.value == "ref" }) {
            field.source = .reference(key: stringArgument("key", of: "ref", in: definition.directives) ?? storedKey)
        } else if definition.directives.contains(where: { $0.name.value == "computed" }) {
            field.source = .computed
        } else {
            field.source = .stored(key: storedKey)
        }
        return field
    }

    private mutating func inputValue(_ definition: InputValueDefinition, file: Int) -> InputValueDef {
        var value = InputValueDef(
            name: definition.name.value, description: definition.description?.value,
            type: resolve(definition.type, file: file), defaultValue: definition.defaultValue)
        value.deprecationReason = deprecationReason(definition.directives)
        value.directives = definition.directives
        value.location = SchemaLocation(file: file, offset: definition.name.range.start)
        return value
    }

    /// Resolves a type reference; an unknown name is reported and stands in as `String` so
    /// that the build can go on and report everything else.
    private mutating func resolve(_ reference: TypeReference, file: Int) -> TypeRef {
        switch reference {
        case .named(let name):
            return .named(resolveNamed(name, file: file) ?? typeIndex["String"] ?? TypeID(0))
        case .list(let inner, _):
            return .list(resolve(inner, file: file))
        case .nonNull(let inner, _):
            return .nonNull(resolve(inner, file: file))
        }
    }

    private mutating func resolveNamed(_ name: Name, file: Int) -> TypeID? {
        if let id = typeIndex[name.value] { return id }
        report("Unknown type \"\(name.value)\".", file: file, at: name.range)
        return nil
    }

    private func deprecationReason(_ directives: [QuarryLanguage.Directive]) -> String? {
        guard let directive = directives.first(where: { $0.name.value == "deprecated" }) else { return nil }
        if let argument = directive.arguments.first(where: { $0.name.value == "reason" }),
            case .string(let reason) = argument.value
        {
            return reason.value
        }
        return "No longer supported"
    }

    /// Interfaces learn their implementations from the objects (and interfaces) that declare
    /// them.
    private mutating func linkPossibleTypes() {
        for index in types.indices where types[index].kind == .object {
            for interface in types[index].interfaces where types[Int(interface.index)].kind == .interface {
                types[Int(interface.index)].possibleTypes.append(TypeID(index))
            }
        }
    }

    private mutating func rootTypes(requireQueryType: Bool) -> Schema? {
        var roots: [OperationType: TypeID] = [:]
        var description: String?
        let explicit = schemaDefinitions.filter { !$0.isExtension }
        for extra in explicit.dropFirst() {
            report("Must provide only one schema definition.", file: extra.file, at: extra.definition.range)
        }
        for (file, definition, _) in schemaDefinitions {
            if description == nil { description = definition.description?.value }
            for operationType in definition.operationTypes {
                if roots[operationType.operation] != nil {
                    report("There can be only one \(operationType.operation.rawValue) type in schema.", file: file,
                           at: operationType.range)
                }
                if let id = resolveNamed(operationType.type, file: file) { roots[operationType.operation] = id }
            }
        }
        if explicit.isEmpty, let query = typeIndex["Query"] { roots[.query] = query }
        guard let query = roots[.query] else {
            // With errors already reported, a missing Query is likely their consequence.
            if !errors.isEmpty { return nil }
            if requireQueryType {
                errors.append(SchemaError(file: sources.last(where: { $0.name != "<built-in>" })?.name ?? "schema",
                                          line: 1, column: 1, message: "The schema has no Query type."))
                return nil
            }
            // The generated API adds the Query type; until then an empty placeholder stands in.
            var placeholder = NamedType(kind: .object, name: "Query")
            placeholder.isBuiltIn = true
            typeIndex["Query"] = TypeID(types.count)
            types.append(placeholder)
            return rootTypes(requireQueryType: true)
        }
        return Schema(
            types: types, directives: directives, queryType: query, mutationType: roots[.mutation],
            subscriptionType: roots[.subscription], description: description, files: sources)
    }

    mutating func report(_ message: String, file: Int, at range: SourceRange) {
        let location = sources[file].location(at: Int(range.start))
        errors.append(SchemaError(file: sources[file].name, line: location.line, column: location.column, message: message))
    }
}

/// The string value of argument `argument` of the first directive named `directive`.
func stringArgument(_ argument: String, of directive: String, in directives: [QuarryLanguage.Directive]) -> String? {
    guard let applied = directives.first(where: { $0.name.value == directive }),
        let value = applied.arguments.first(where: { $0.name.value == argument })?.value,
        case .string(let string) = value
    else { return nil }
    return string.value
}
