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
        // The collection folder holding the path (collection folders do not overlap), found on
        // the bytes: the benchmark that uses this times the reader, not path handling.
        let utf8 = path.utf8
        guard let (folder, type) = folders.first(where: { entry in
                  utf8.count > entry.folder.utf8.count + 1 && utf8.starts(with: entry.folder.utf8)
                      && utf8[utf8.index(utf8.startIndex, offsetBy: entry.folder.utf8.count)] == UInt8(ascii: "/")
              }),
              let slash = utf8.lastIndex(of: UInt8(ascii: "/")),
              let extensionLength = DataFiles.dataExtensionLength(of: String(path[utf8.index(after: slash)...]))
        else { return nil }
        let found = DataFiles.Found(path: path, rootPath: "", collectionFolder: folder, extensionLength: extensionLength)
        let loaded = LoadedFile.parse(bytes, found, collection: type, schema: schema, layouts: layouts, sites: sites)
        return (loaded.documents, loaded.problems)
    }
}
