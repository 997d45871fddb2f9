/// The type-system validation rules (spec §3, "Type Validation" of each type kind) and
/// Quarry's storage rules, run over a built schema. Each rule lives in its own file under
/// `Rules/` and reports every problem it finds.
enum SchemaValidation {
    typealias Rule = @Sendable (Schema, inout SchemaReporter) -> Void

    static let rules: [Rule] = [
        ReservedNamesRule.check,
        RootTypesRule.check,
        FieldsRule.check,
        InterfaceImplementationRule.check,
        UnionRule.check,
        EnumRule.check,
        InputObjectRule.check,
        DirectivesRule.check,
        DefaultValuesRule.check,
        StorageRule.check,
    ]

    static func validate(_ schema: Schema) -> [SchemaError] {
        var reporter = SchemaReporter(schema: schema)
        for rule in rules { rule(schema, &reporter) }
        return reporter.errors
    }
}

/// Collects rule violations with their `file:line:column`.
struct SchemaReporter {
    let schema: Schema
    private(set) var errors: [SchemaError] = []

    init(schema: Schema) { self.schema = schema }

    mutating func report(_ message: String, at location: SchemaLocation?) {
        guard let location else {
            errors.append(SchemaError(file: "<schema>", line: 1, column: 1, message: message))
            return
        }
        let place = schema.describe(location)
        errors.append(SchemaError(file: place.file, line: place.line, column: place.column, message: message))
    }
}
