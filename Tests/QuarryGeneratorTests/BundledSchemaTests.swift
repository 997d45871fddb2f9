import Foundation
import Testing

@testable import QuarryGenerator

/// `BundledSchema.swift` embeds the repository's `schema/*.graphql` in the binary. This test keeps
/// the two from drifting: it fails when they differ by a byte, and with
/// `QUARRY_UPDATE_BUNDLED_SCHEMA=1` it rewrites the Swift file from `schema/` instead.
@Suite struct BundledSchemaTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let generatedFile = repository.appendingPathComponent("Sources/QuarryGenerator/BundledSchema.swift")

    /// The `*.graphql` files of the repository's `schema/` folder (not `schema/queries/`), by name.
    static func repositorySchema() throws -> [(name: String, bytes: [UInt8])] {
        let folder = repository.appendingPathComponent("schema")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".graphql") && !$0.hasPrefix(".") }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            .map { ($0, [UInt8](try Data(contentsOf: folder.appendingPathComponent($0)))) }
    }

    @Test func embeddedSchemaEqualsTheRepositorySchemaByteForByte() throws {
        let files = try Self.repositorySchema()
        if ProcessInfo.processInfo.environment["QUARRY_UPDATE_BUNDLED_SCHEMA"] == "1" {
            let source = Self.swiftSource(files.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) })
            try Data(source.utf8).write(to: Self.generatedFile)
            return
        }
        let hint = "schema/ and Sources/QuarryGenerator/BundledSchema.swift differ; run QUARRY_UPDATE_BUNDLED_SCHEMA=1 swift test --filter BundledSchemaTests"
        #expect(BundledSchema.files.map(\.name) == files.map(\.name), Comment(rawValue: hint))
        for (embedded, file) in zip(BundledSchema.files, files) {
            #expect(Array(embedded.text.utf8) == file.bytes, Comment(rawValue: "\(file.name): \(hint)"))
        }
    }

    @Test func generatedSourceIsUpToDate() throws {
        // The Swift file itself is exactly what the generator below writes, so a regeneration
        // never shows a diff of its own.
        let files = try Self.repositorySchema().map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) }
        let onDisk = try String(contentsOf: Self.generatedFile, encoding: .utf8)
        #expect(onDisk == Self.swiftSource(files))
    }

    /// The text of `BundledSchema.swift` for these files: one raw multi-line string literal per
    /// file, with as many `#` as it takes for the text to hold no delimiter or escape.
    static func swiftSource(_ files: [(name: String, text: String)]) -> String {
        var out = """
            // Generated from schema/*.graphql by BundledSchemaTests: do not edit by hand.
            // After changing a schema file, regenerate it with
            //     QUARRY_UPDATE_BUNDLED_SCHEMA=1 swift test --filter BundledSchemaTests
            // The test fails whenever this file and schema/ differ by a single byte.

            /// The bundled S2B2C schema: the files of the repository's `schema/` folder, embedded so that
            /// `quarry generate` writes a complete root from the binary alone.
            public enum BundledSchema {
                public struct File: Sendable {
                    public let name: String
                    public let text: String
                }

                public static let files: [File] = [

            """
        for file in files {
            var hashes = "#"
            while file.text.contains("\"\"\"" + hashes) || file.text.contains("\\" + hashes) { hashes += "#" }
            out += "        File(name: \"\(file.name)\", text: \(hashes)\"\"\"\n\(file.text)\n\"\"\"\(hashes)),\n"
        }
        out += "    ]\n}\n"
        return out
    }
}
