import Foundation

/// The saved queries of a root: every `schema/queries/NAME.graphql` (PRODUCT.md §2, §7),
/// hidden files left out, by name in code-point order.
public enum SavedQueries {
    /// `schema/queries` under `root`.
    public static func folder(root: URL) -> URL {
        root.appendingPathComponent("schema").appendingPathComponent("queries")
    }

    /// Every saved query of `root`; none when the folder does not exist. Throws when a file
    /// cannot be read.
    public static func all(root: URL) throws -> [SavedQuery] {
        let folder = folder(root: root)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return try names.filter { !$0.hasPrefix(".") && $0.hasSuffix(".graphql") }
            .sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            .map { try SavedQuery(file: folder.appendingPathComponent($0), sourceName: "schema/queries/" + $0) }
    }

    /// The saved query called `name`, nil when there is none. Names that are not a plain file
    /// name (`../x`, `a/b`, hidden) are never found, so a URL cannot reach outside the folder.
    public static func named(_ name: String, root: URL) throws -> SavedQuery? {
        guard isValidName(name) else { return nil }
        let file = folder(root: root).appendingPathComponent(name + ".graphql")
        guard FileManager.default.fileExists(atPath: file.path) else { return nil }
        return try SavedQuery(file: file, sourceName: "schema/queries/\(name).graphql")
    }

    /// A name made of letters, digits, `_`, `-` and `.`, not starting with `.`.
    public static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first != "." else { return false }
        return name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "_-.".unicodeScalars.contains($0) }
    }
}
