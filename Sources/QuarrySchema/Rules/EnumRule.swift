/// Spec §3.9 "Type Validation" of enums: one or more values, each name once.
enum EnumRule {
    static func check(_ schema: Schema, _ reporter: inout SchemaReporter) {
        for type in schema.types where !type.isBuiltIn && type.kind == .enumeration {
            if type.enumValues.isEmpty {
                reporter.report("Enum type \"\(type.name)\" must define one or more values.", at: type.location)
            }
            var seen: Set<String> = []
            for value in type.enumValues where !seen.insert(value.name).inserted {
                reporter.report("Enum value \"\(type.name).\(value.name)\" can only be defined once.", at: value.location)
            }
        }
    }
}
