/// Spec §3.6 and §3.7 "Type Validation" of objects and interfaces: at least one field, unique
/// field and argument names, output types for fields, input types for arguments, and no
/// deprecated required argument.
enum FieldsRule {
    static func check(_ schema: Schema, _ reporter: inout SchemaReporter) {
        for type in schema.types where !type.isBuiltIn && (type.kind == .object || type.kind == .interface) {
            let kind = type.kind == .object ? "Object" : "Interface"
            if type.fields.isEmpty {
                reporter.report("\(kind) type \"\(type.name)\" must define one or more fields.", at: type.location)
            }
            var seen: Set<String> = []
            for field in type.fields {
                if !seen.insert(field.name).inserted {
                    reporter.report("Field \"\(type.name).\(field.name)\" can only be defined once.", at: field.location)
                }
                if !schema[field.type.namedType].kind.isOutput {
                    reporter.report(
                        "The type of \"\(type.name).\(field.name)\" must be an output type but got \"\(schema.render(field.type))\".",
                        at: field.location)
                }
                ArgumentsRule.check(field.arguments, owner: "\(type.name).\(field.name)", schema, &reporter)
            }
        }
    }
}

/// Spec §3.6.1 "Field Arguments" and §3.13 "Directives": argument names are unique, argument
/// types are input types, and a required argument cannot be deprecated.
enum ArgumentsRule {
    static func check(_ arguments: [InputValueDef], owner: String, _ schema: Schema, _ reporter: inout SchemaReporter) {
        var seen: Set<String> = []
        for argument in arguments {
            if !seen.insert(argument.name).inserted {
                reporter.report("Argument \"\(owner)(\(argument.name):)\" can only be defined once.", at: argument.location)
            }
            if !schema[argument.type.namedType].kind.isInput {
                reporter.report(
                    "The type of \"\(owner)(\(argument.name):)\" must be an input type but got \"\(schema.render(argument.type))\".",
                    at: argument.location)
            }
            if argument.isDeprecated && argument.type.isNonNull && argument.defaultValue == nil {
                reporter.report("Required argument \"\(owner)(\(argument.name):)\" cannot be deprecated.",
                                at: argument.location)
            }
        }
    }
}
