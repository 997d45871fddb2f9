/// Spec §3.10 "Type Validation" of input objects: one or more fields, unique names, input
/// types, no deprecated required field, no cycle of non-null singular fields, and the OneOf
/// rules (every field nullable, none with a default).
enum InputObjectRule {
    static func check(_ schema: Schema, _ reporter: inout SchemaReporter) {
        var inReportedCycle: Set<TypeID> = []
        for (index, type) in schema.types.enumerated() where !type.isBuiltIn && type.kind == .inputObject {
            if type.inputFields.isEmpty {
                reporter.report("Input Object type \"\(type.name)\" must define one or more fields.", at: type.location)
            }
            var seen: Set<String> = []
            for field in type.inputFields {
                if !seen.insert(field.name).inserted {
                    reporter.report("Input field \"\(type.name).\(field.name)\" can only be defined once.", at: field.location)
                }
                if !schema[field.type.namedType].kind.isInput {
                    reporter.report(
                        "The type of \"\(type.name).\(field.name)\" must be an input type but got \"\(schema.render(field.type))\".",
                        at: field.location)
                }
                if field.isDeprecated && field.type.isNonNull && field.defaultValue == nil {
                    reporter.report("Required input field \"\(type.name).\(field.name)\" cannot be deprecated.",
                                    at: field.location)
                }
                if type.isOneOf {
                    if field.type.isNonNull {
                        reporter.report("OneOf input field \"\(type.name).\(field.name)\" must be nullable.", at: field.location)
                    }
                    if field.defaultValue != nil {
                        reporter.report("OneOf input field \"\(type.name).\(field.name)\" cannot have a default value.",
                                        at: field.location)
                    }
                }
            }
            // A cycle is reported once, at the first of its types.
            if !inReportedCycle.contains(TypeID(index)), let cycle = nonNullCycle(from: TypeID(index), schema) {
                inReportedCycle.formUnion(cycle.types)
                reporter.report(
                    "Cannot reference Input Object \"\(type.name)\" within itself through a series of non-null fields: \"\(cycle.path)\".",
                    at: type.location)
            }
        }
    }

    /// A path of non-null, non-list fields leading from `start` back to itself, with the types
    /// it passes through, if there is one.
    private static func nonNullCycle(from start: TypeID, _ schema: Schema) -> (path: String, types: [TypeID])? {
        var visited: Set<TypeID> = []
        func search(_ id: TypeID, _ path: [String], _ types: [TypeID]) -> (path: String, types: [TypeID])? {
            for field in schema[id].inputFields {
                guard case .nonNull(.named(let target)) = field.type, schema[target].kind == .inputObject else { continue }
                let next = path + [field.name]
                if target == start { return (next.joined(separator: "."), types) }
                if visited.insert(target).inserted, let found = search(target, next, types + [target]) { return found }
            }
            return nil
        }
        return search(start, [], [start])
    }
}
