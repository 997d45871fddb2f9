import QuarryLanguage

/// The schema Quarry serves: the source SDL files plus the query API generated for every
/// `@collection` type (PRODUCT.md §5, SEMANTICS.md §2 and §15.2).
public enum ServedSchema {
    /// Builds the source schema from `files`, then generates the API over it. Every problem is
    /// reported with its `file:line:column`.
    public static func build(files: [Source]) throws(SchemaErrors) -> Schema {
        let source = try SchemaBuilder.build(files: files, requireQueryType: false)
        var generator = APIGenerator(source: source)
        let schema = generator.generate()
        if !generator.errors.isEmpty { throw SchemaErrors(errors: generator.errors) }
        return schema
    }
}
