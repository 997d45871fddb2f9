/// Spec §3 "Type System", Names: names beginning with `__` are reserved for introspection.
enum ReservedNamesRule {
    static func check(_ schema: Schema, _ reporter: inout SchemaReporter) {
        func check(_ name: String, _ what: String, _ location: SchemaLocation?) {
            if name.hasPrefix("__") {
                reporter.report("Name \"\(name)\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                                at: location)
            }
        }
        for type in schema.types where !type.isBuiltIn {
            check(type.name, "type", type.location)
            for field in type.fields {
                check(field.name, "field", field.location)
                for argument in field.arguments { check(argument.name, "argument", argument.location) }
            }
            for value in type.enumValues { check(value.name, "enum value", value.location) }
            for field in type.inputFields { check(field.name, "input field", field.location) }
        }
        for directive in schema.directives where !directive.isBuiltIn {
            check(directive.name, "directive", directive.location)
            for argument in directive.arguments { check(argument.name, "argument", argument.location) }
        }
    }
}
