/// Spec §3.6.1 and §3.10: a default value of an argument or input field must be a valid value
/// of its type (checked as a literal, input coercion rules).
enum DefaultValuesRule {
    static func check(_ schema: Schema, _ reporter: inout SchemaReporter) {
        func check(_ value: InputValueDef, owner: String) {
            guard let literal = value.defaultValue,
                let problem = literalProblem(literal, for: value.type, in: schema)
            else { return }
            reporter.report("Invalid default value for \"\(owner)\": \(problem)", at: value.location)
        }
        for type in schema.types where !type.isBuiltIn {
            for field in type.fields {
                for argument in field.arguments { check(argument, owner: "\(type.name).\(field.name)(\(argument.name):)") }
            }
            for field in type.inputFields { check(field, owner: "\(type.name).\(field.name)") }
        }
        for directive in schema.directives where !directive.isBuiltIn {
            for argument in directive.arguments { check(argument, owner: "@\(directive.name)(\(argument.name):)") }
        }
    }
}
