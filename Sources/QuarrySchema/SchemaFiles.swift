import Foundation
import QuarryLanguage

/// The SDL files of a root: every `*.graphql` under `schema/`, sub-folders included, except
/// hidden ones and `schema/queries/` (saved queries), in path order. Each `Source` is named by
/// its path relative to the root, as messages show it.
public enum SchemaFiles {
    public static func read(root: URL) throws -> [Source] {
        let folder = root.appendingPathComponent("schema")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw SchemaErrors(errors: [SchemaError(file: "schema", line: 1, column: 1,
                                                    message: "No schema/ folder under \(root.path).")])
        }
        var paths: [String] = []
        collect(folder: folder, relative: "schema", into: &paths)
        return try paths.sorted().map { path in
            let data = try Data(contentsOf: root.appendingPathComponent(path))
            return Source(bytes: [UInt8](data), name: path)
        }
    }

    private static func collect(folder: URL, relative: String, into paths: inout [String]) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where !name.hasPrefix(".") {
            let path = relative + "/" + name
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isFolder)
            if isFolder.boolValue {
                if path != "schema/queries" { collect(folder: folder.appendingPathComponent(name), relative: path, into: &paths) }
            } else if name.hasSuffix(".graphql") {
                paths.append(path)
            }
        }
    }
}
