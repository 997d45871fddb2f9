import Foundation

/// A root in a new temporary folder: the bundled schema (`schema/*.graphql`) plus `files`
/// (paths relative to the root). Removed by `remove()`.
struct TemporaryRoot {
    let url: URL

    init(_ files: [String: String]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("quarry-server-\(UUID().uuidString)")
        let schema = url.appendingPathComponent("schema")
        try FileManager.default.createDirectory(at: schema, withIntermediateDirectories: true)
        let bundled = repositoryRoot.appendingPathComponent("schema")
        for name in try FileManager.default.contentsOfDirectory(atPath: bundled.path) where name.hasSuffix(".graphql") {
            try FileManager.default.copyItem(at: bundled.appendingPathComponent(name), to: schema.appendingPathComponent(name))
        }
        for (path, text) in files { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// Two merchants, enough for lookups.
let twoMerchants = [
    "data/merchants/m-1.yaml": merchant("m-1", "First"),
    "data/merchants/m-2.yaml": merchant("m-2", "Second"),
]

/// A merchant document with every required field.
func merchant(_ id: String, _ name: String) -> String {
    "id: \(id)\nname: \(name)\nkind: BRAND\nregion: \"0871\"\npostcode: \"650000\"\nsuppliers: []\njoinedAt: 2021-03-15T10:00:00+08:00\n"
}
