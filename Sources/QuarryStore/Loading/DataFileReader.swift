import QuarrySchema

/// Parses and types data files whose bytes are already in memory, exactly as a load does
/// (PRODUCT.md §3): for benchmarks that time the readers and typing without the file system.
public struct DataFileReader: Sendable {
    public let schema: Schema
    let layouts: SchemaLayouts
    let sites = ReferenceSites()
    /// `data/<path>` of each collection, with its type.
    let folders: [(folder: String, type: TypeID)]

    public init(schema: Schema) {
        self.schema = schema
        layouts = SchemaLayouts(schema: schema)
        folders = schema.collections.compactMap { type in schema[type].collection.map { ("data/\($0.path)", type) } }
    }

    /// The documents and problems of the file at `path` (relative to the root, `data/...`);
    /// nil when the path is not a data file of a collection.
    public func read(_ bytes: [UInt8], path: String) -> (documents: [StoredDocument], problems: [DataProblem])? {
        // The deepest collection folder holding the path (collection folders do not overlap).
        guard let (folder, type) = folders.filter({ path.hasPrefix($0.folder + "/") }).max(by: { $0.folder.count < $1.folder.count }),
              let name = path.split(separator: "/").last, let extensionLength = DataFiles.dataExtensionLength(of: String(name))
        else { return nil }
        let found = DataFiles.Found(path: path, rootPath: "", collectionFolder: folder, extensionLength: extensionLength)
        let loaded = LoadedFile.parse(bytes, found, collection: type, schema: schema, layouts: layouts, sites: sites)
        return (loaded.documents, loaded.problems)
    }
}
