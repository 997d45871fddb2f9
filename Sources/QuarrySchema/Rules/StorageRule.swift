/// Quarry's storage rules (PRODUCT.md §3–§4): a `@collection` has an `id: ID!` field, a safe
/// relative path that overlaps no other collection's, and root field names of its own; `@ref`
/// points at a stored type; `@reverse(field:)` names a `@ref` field of the target that points
/// back; stored keys (after `@key`) are unique within a type; the storage directives are not
/// combined on one field.
enum StorageRule {
    static func check(_ schema: Schema, _ reporter: inout SchemaReporter) {
        checkCollections(schema, &reporter)
        for type in schema.types where !type.isBuiltIn && type.kind == .object && type.name != "Query" {
            var keys: [String: String] = [:]
            for field in type.fields {
                checkCombination(field, type, &reporter)
                switch field.source {
                case .stored(let key), .reference(let key):
                    if let other = keys[key] {
                        reporter.report(
                            "Fields \"\(type.name).\(other)\" and \"\(type.name).\(field.name)\" are both stored under the key \"\(key)\".",
                            at: field.location)
                    }
                    keys[key] = field.name
                    if case .reference = field.source { checkReference(field, type, schema, &reporter) }
                case .reverse(let target):
                    checkReverse(field, target: target, type, schema, &reporter)
                case .computed, .engine, .connection:
                    break
                }
            }
        }
    }

    private static func checkCollections(_ schema: Schema, _ reporter: inout SchemaReporter) {
        var paths: [(path: String, type: String)] = []
        var rootNames: [String: String] = [:]
        for id in schema.collections {
            let type = schema[id]
            guard let collection = type.collection else { continue }
            let path = collection.path
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            if path.isEmpty || path.hasPrefix("/") || parts.contains("..") || parts.contains("") || parts.contains(".") {
                reporter.report(
                    "Collection path \"\(path)\" of \"\(type.name)\" must be a relative folder under data/ without \"..\" or empty parts.",
                    at: type.location)
            }
            for other in paths where other.path == path || path.hasPrefix(other.path + "/") || other.path.hasPrefix(path + "/") {
                reporter.report(
                    "Collection path \"\(path)\" of \"\(type.name)\" overlaps \"\(other.path)\" of \"\(other.type)\".",
                    at: type.location)
            }
            paths.append((path, type.name))
            for name in Set([collection.singular, collection.plural]).sorted() {
                if let other = rootNames[name] {
                    reporter.report("Root field \"\(name)\" of \"\(type.name)\" is already generated for \"\(other)\".",
                                    at: type.location)
                }
                rootNames[name] = type.name
            }
            if collection.singular == collection.plural {
                reporter.report(
                    "Collection \"\(type.name)\" needs a plural different from \"\(collection.singular)\"; set @collection(plural:).",
                    at: type.location)
            }
            let idField = type.field(named: "id")
            if idField == nil || idField!.type != .nonNull(.named(schema.typeID(named: "ID")!)) {
                reporter.report("Stored type \"\(type.name)\" must have a field \"id: ID!\".", at: idField?.location ?? type.location)
            }
        }
    }

    private static func checkCombination(_ field: FieldDef, _ type: NamedType, _ reporter: inout SchemaReporter) {
        let storage = ["ref", "reverse", "computed"].filter { name in field.directives.contains { $0.name.value == name } }
        if storage.count > 1 {
            reporter.report(
                "Field \"\(type.name).\(field.name)\" combines @\(storage.joined(separator: " and @")); use one of them.",
                at: field.location)
        }
        if field.directives.contains(where: { $0.name.value == "key" }), storage.contains("reverse") || storage.contains("computed") {
            reporter.report("Field \"\(type.name).\(field.name)\" is not stored, so @key does not apply.", at: field.location)
        }
    }

    private static func checkReference(_ field: FieldDef, _ type: NamedType, _ schema: Schema, _ reporter: inout SchemaReporter) {
        let target = schema[field.type.namedType]
        if target.collection == nil {
            reporter.report(
                "Field \"\(type.name).\(field.name)\" is a @ref to \"\(target.name)\", which is not a stored (@collection) type.",
                at: field.location)
        }
        if case .list(let item) = field.type.nullable, item.isList {
            reporter.report("Field \"\(type.name).\(field.name)\" is a @ref: it holds an id or a list of ids, not nested lists.",
                            at: field.location)
        }
    }

    private static func checkReverse(
        _ field: FieldDef, target fieldName: String, _ type: NamedType, _ schema: Schema, _ reporter: inout SchemaReporter
    ) {
        let target = schema[field.type.namedType]
        guard type.collection != nil else {
            reporter.report("Field \"\(type.name).\(field.name)\" is a @reverse, but \"\(type.name)\" is not a stored type.",
                            at: field.location)
            return
        }
        guard target.collection != nil, field.type.isList else {
            reporter.report(
                "Field \"\(type.name).\(field.name)\" is a @reverse: its type must be a list of a stored type, like [\(target.name)!]!.",
                at: field.location)
            return
        }
        guard let back = target.field(named: fieldName), case .reference = back.source,
            schema[back.type.namedType].name == type.name
        else {
            reporter.report(
                "Field \"\(type.name).\(field.name)\" is @reverse(field: \"\(fieldName)\"), but \"\(target.name).\(fieldName)\" is not a @ref to \"\(type.name)\".",
                at: field.location)
            return
        }
    }
}
