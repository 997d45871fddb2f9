import Foundation
import QuarrySchema

/// Parses and types data files whose bytes are already in memory, exactly as a load does
/// (PRODUCT.md §3): for benchmarks that time the readers and typing without the file system.
public struct DataFileReader: Sendable {
    public let schema: Schema
    let layouts: SchemaLayouts
    /// Shares equal values between the files this reader reads, as a load does (safe to use
    /// from several threads).
    private let interner = ValueInterner()
    /// `data/<path>` of each collection, with its type.
    let folders: [(folder: String, bytes: [UInt8], type: TypeID)]

    public init(schema: Schema) {
        self.schema = schema
        layouts = SchemaLayouts(schema: schema)
        folders = schema.collections.compactMap { type in
            schema[type].collection.map { ("data/\($0.path)", Array("data/\($0.path)".utf8), type) }
        }
    }

    /// The documents and problems of the file at `path` (relative to the root, `data/...`);
    /// nil when the path is not a data file of a collection.
    public func read(_ bytes: [UInt8], path: String) -> (documents: [StoredDocument], problems: [DataProblem])? {
        // The collection folder holding the path (collection folders do not overlap), found on
        // the bytes: the benchmark that uses this times the reader, not path handling.
        var path = path
        guard let (folder, type, extensionLength) = path.withUTF8({ utf8 -> (String, TypeID, Int)? in
                  guard let entry = folders.first(where: { entry in
                            entry.bytes.count + 1 < utf8.count && utf8[entry.bytes.count] == UInt8(ascii: "/")
                                && entry.bytes.withUnsafeBufferPointer { memcmp($0.baseAddress!, utf8.baseAddress!, $0.count) == 0 }
                        }),
                        // The extension ends the file's name: the path's last bytes are enough.
                        let extensionLength = DataFiles.dataExtensionLength(ofUTF8: utf8)
                  else { return nil }
                  return (entry.folder, entry.type, extensionLength)
              })
        else { return nil }
        let found = DataFiles.Found(path: path, collectionFolder: folder, extensionLength: extensionLength)
        let loaded = LoadedFile.parse(bytes, found, collection: type, schema: schema, layouts: layouts, interner: interner)
        return (loaded.documents, loaded.problems)
    }
}
