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

    /// A data file's collection and the parts of its path, found once: a timed pass over files
    /// already in memory then measures reading and typing alone, as a load does once its walk
    /// has named each file's collection.
    public struct PreparedPath: Sendable {
        let found: DataFiles.Found
        let type: TypeID
    }

    /// The place of the file at `path` (relative to the root, `data/...`); nil when the path is
    /// not a data file of a collection.
    public func prepare(path: String) -> PreparedPath? {
        // The collection folder holding the path (collection folders do not overlap), found on
        // the bytes.
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
        return PreparedPath(found: DataFiles.Found(path: path, collectionFolder: folder, extensionLength: extensionLength),
                            type: type)
    }

    /// The documents and problems of the file at `path` (relative to the root, `data/...`);
    /// nil when the path is not a data file of a collection.
    public func read(_ bytes: [UInt8], path: String) -> (documents: [StoredDocument], problems: [DataProblem])? {
        prepare(path: path).map { read(bytes, at: $0) }
    }

    /// The documents and problems of a file whose place was found by `prepare(path:)`.
    public func read(_ bytes: [UInt8], at place: PreparedPath) -> (documents: [StoredDocument], problems: [DataProblem]) {
        let loaded = LoadedFile.parse(bytes, place.found, collection: place.type, schema: schema, layouts: layouts,
                                      interner: interner)
        return (loaded.documents, loaded.problems)
    }
}
