import QuarryLanguage

/// Spec §3.13 "Directives" validation: directive definitions have unique, input-typed
/// arguments; a directive applied in the SDL is defined, allowed at its location, not repeated
/// unless repeatable, and given known arguments of the right types, the required ones included.
enum DirectivesRule {
    static func check(_ schema: Schema, _ reporter: inout SchemaReporter) {
        for directive in schema.directives where !directive.isBuiltIn {
            ArgumentsRule.check(directive.arguments, owner: "@\(directive.name)", schema, &reporter)
        }
        for type in schema.types where !type.isBuiltIn {
            let location = typeLocation(type.kind)
            checkApplied(type.directives, at: location, schema, &reporter, fallback: type.location)
            for field in type.fields {
                checkApplied(field.directives, at: .fieldDefinition, schema, &reporter, fallback: field.location)
                for argument in field.arguments {
                    checkApplied(argument.directives, at: .argumentDefinition, schema, &reporter, fallback: argument.location)
                }
            }
            for value in type.enumValues {
                checkApplied(value.directives, at: .enumValue, schema, &reporter, fallback: value.location)
            }
            for field in type.inputFields {
                checkApplied(field.directives, at: .inputFieldDefinition, schema, &reporter, fallback: field.location)
            }
        }
    }

    private static func typeLocation(_ kind: TypeKind) -> DirectiveLocation {
        switch kind {
        case .scalar: .scalar
        case .object: .object
        case .interface: .interface
        case .union: .union
        case .enumeration: .enumeration
        case .inputObject: .inputObject
        }
    }

    private static func checkApplied(
        _ applied: [QuarryLanguage.Directive], at location: DirectiveLocation, _ schema: Schema,
        _ reporter: inout SchemaReporter, fallback: SchemaLocation?
    ) {
        var seen: Set<String> = []
        for directive in applied {
            let place = fallback.map { SchemaLocation(file: Int($0.file), offset: directive.name.range.start) }
            guard let definition = schema.directive(named: directive.name.value) else {
                reporter.report("Unknown directive \"@\(directive.name.value)\".", at: place)
                continue
            }
            if !definition.locations.contains(location) {
                reporter.report("Directive \"@\(definition.name)\" may not be used on \(location.rawValue).", at: place)
            }
            if !definition.isRepeatable && !seen.insert(definition.name).inserted {
                reporter.report("The directive \"@\(definition.name)\" can only be used once at this location.", at: place)
            }
            for argument in directive.arguments {
                guard let expected = definition.arguments.first(where: { $0.name == argument.name.value }) else {
                    reporter.report("Unknown argument \"\(argument.name.value)\" on directive \"@\(definition.name)\".",
                                    at: place)
                    continue
                }
                if let problem = literalProblem(argument.value, for: expected.type, in: schema) {
                    reporter.report(problem, at: place)
                }
            }
            for expected in definition.arguments
            where expected.type.isNonNull && expected.defaultValue == nil
                && !directive.arguments.contains(where: { $0.name.value == expected.name })
            {
                reporter.report(
                    "Directive \"@\(definition.name)\" argument \"\(expected.name)\" of type \"\(schema.render(expected.type))\" is required, but it was not provided.",
                    at: place)
            }
        }
    }
}
