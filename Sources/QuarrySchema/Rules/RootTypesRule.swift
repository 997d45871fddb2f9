/// Spec §3.3.1 "Root Operation Types": the query, mutation and subscription root types are
/// object types.
enum RootTypesRule {
    static func check(_ schema: Schema, _ reporter: inout SchemaReporter) {
        let roots: [(String, TypeID?)] = [
            ("Query", schema.queryType), ("Mutation", schema.mutationType), ("Subscription", schema.subscriptionType),
        ]
        for (operation, root) in roots {
            guard let root, schema[root].kind != .object else { continue }
            reporter.report("\(operation) root type must be Object type, it cannot be \"\(schema[root].name)\".",
                            at: schema[root].location)
        }
    }
}
