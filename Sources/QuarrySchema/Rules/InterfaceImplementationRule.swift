/// Spec §3.6 "Type Validation" items on interfaces and IsValidImplementation(): an object or
/// interface implements only interfaces, each once, never itself, declares the interfaces its
/// interfaces implement, and has every interface field with a compatible type and arguments.
enum InterfaceImplementationRule {
    static func check(_ schema: Schema, _ reporter: inout SchemaReporter) {
        for (index, type) in schema.types.enumerated()
        where !type.isBuiltIn && (type.kind == .object || type.kind == .interface) {
            var seen: Set<TypeID> = []
            for interfaceID in type.interfaces {
                let interface = schema[interfaceID]
                guard interface.kind == .interface else {
                    reporter.report("Type \"\(type.name)\" must only implement Interface types, it cannot implement \"\(interface.name)\".",
                                    at: type.location)
                    continue
                }
                if interfaceID == TypeID(index) {
                    reporter.report("Type \"\(type.name)\" cannot implement itself.", at: type.location)
                    continue
                }
                if !seen.insert(interfaceID).inserted {
                    reporter.report("Type \"\(type.name)\" can only implement \"\(interface.name)\" once.", at: type.location)
                    continue
                }
                for transitive in interface.interfaces where !type.interfaces.contains(transitive) {
                    reporter.report(
                        "Type \"\(type.name)\" must implement \"\(schema[transitive].name)\" because it is implemented by \"\(interface.name)\".",
                        at: type.location)
                }
                checkFields(of: type, against: interface, schema, &reporter)
            }
        }
    }

    private static func checkFields(
        of type: NamedType, against interface: NamedType, _ schema: Schema, _ reporter: inout SchemaReporter
    ) {
        for expected in interface.fields {
            guard let actual = type.field(named: expected.name) else {
                reporter.report(
                    "Interface field \"\(interface.name).\(expected.name)\" expected but \"\(type.name)\" does not provide it.",
                    at: type.location)
                continue
            }
            if !schema.isSubtype(actual.type, of: expected.type) {
                reporter.report(
                    "Interface field \"\(interface.name).\(expected.name)\" expects type \"\(schema.render(expected.type))\" but \"\(type.name).\(actual.name)\" is type \"\(schema.render(actual.type))\".",
                    at: actual.location)
            }
            for argument in expected.arguments {
                guard let match = actual.arguments.first(where: { $0.name == argument.name }) else {
                    reporter.report(
                        "Interface field argument \"\(interface.name).\(expected.name)(\(argument.name):)\" expected but \"\(type.name).\(actual.name)\" does not provide it.",
                        at: actual.location)
                    continue
                }
                if match.type != argument.type {
                    reporter.report(
                        "Interface field argument \"\(interface.name).\(expected.name)(\(argument.name):)\" expects type \"\(schema.render(argument.type))\" but \"\(type.name).\(actual.name)(\(match.name):)\" is type \"\(schema.render(match.type))\".",
                        at: match.location)
                }
            }
            for extra in actual.arguments
            where extra.type.isNonNull && extra.defaultValue == nil
                && !expected.arguments.contains(where: { $0.name == extra.name })
            {
                reporter.report(
                    "Argument \"\(type.name).\(actual.name)(\(extra.name):)\" must not be required because it is not declared by \"\(interface.name).\(expected.name)\".",
                    at: extra.location)
            }
        }
    }
}
