/// Spec §3.8 "Type Validation" of unions: one or more members, all object types, each once.
enum UnionRule {
    static func check(_ schema: Schema, _ reporter: inout SchemaReporter) {
        for type in schema.types where !type.isBuiltIn && type.kind == .union {
            if type.possibleTypes.isEmpty {
                reporter.report("Union type \"\(type.name)\" must define one or more member types.", at: type.location)
            }
            var seen: Set<TypeID> = []
            for member in type.possibleTypes {
                if schema[member].kind != .object {
                    reporter.report(
                        "Union type \"\(type.name)\" can only include Object types, it cannot include \"\(schema[member].name)\".",
                        at: type.location)
                } else if !seen.insert(member).inserted {
                    reporter.report("Union type \"\(type.name)\" can only include type \"\(schema[member].name)\" once.",
                                    at: type.location)
                }
            }
        }
    }
}
