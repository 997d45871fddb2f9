// The documents the parser benchmarks read, located at run time (nothing from ../shared is
// copied into this repository):
//
// - the large query: `$QUARRY_BIG_QUERY`, else `<shared>/baseline/parse/big_query.graphql`;
// - the S2B2C schema: the repository's `schema/*.graphql` concatenated in name order once they
//   declare stored types (`@collection(path: ...)` on a type); until then the SDL string of
//   `<shared>/baseline/gen.py`, the same schema the baseline peers serve.
//
// `<shared>` is `$QUARRY_SHARED`, else `../shared` beside the repository root (where CI and the
// baseline README put it).

import Foundation

/// One document to parse: its text and where it came from.
public struct BenchmarkInput: Sendable {
    /// Short name used in benchmark names and reports (`big_query`, `s2b2c_schema`).
    public let name: String
    /// Human-readable origin (a path, or a path plus how the text was extracted).
    public let origin: String
    public let text: String

    public var byteCount: Int { text.utf8.count }
}

/// A missing or unreadable input, with a message that says what to do.
public struct BenchmarkInputError: Error, CustomStringConvertible {
    public let description: String
}

public enum BenchmarkInputs {
    /// The repository root, from this file's compile-time path
    /// (`<root>/Benchmarks/Support/BenchmarkInputs/BenchmarkInputs.swift`).
    public static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // BenchmarkInputs/
            .deletingLastPathComponent()  // Support/
            .deletingLastPathComponent()  // Benchmarks/
            .deletingLastPathComponent()  // repository root
    }

    /// The shared folder holding `baseline/`.
    public static var sharedFolder: URL {
        if let path = environment("QUARRY_SHARED") {
            return URL(fileURLWithPath: path)
        }
        return repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }

    /// The large query (≥ 1 000 fields, fragments and variables).
    public static func bigQuery() throws(BenchmarkInputError) -> BenchmarkInput {
        let url: URL
        if let path = environment("QUARRY_BIG_QUERY") {
            url = URL(fileURLWithPath: path)
        } else {
            url = sharedFolder.appendingPathComponent("baseline/parse/big_query.graphql")
        }
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw BenchmarkInputError(description: """
                cannot read the large query at \(url.path).
                Put the shared baseline beside the repository (../shared/baseline/parse/big_query.graphql), \
                or set QUARRY_BIG_QUERY=/path/to/big_query.graphql (or QUARRY_SHARED=/path/to/shared).
                """)
        }
        return BenchmarkInput(name: "big_query", origin: url.path, text: text)
    }

    /// The whole S2B2C schema as one SDL document.
    public static func s2b2cSchema() throws(BenchmarkInputError) -> BenchmarkInput {
        let schemaFolder = repositoryRoot.appendingPathComponent("schema")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: schemaFolder.path)) ?? [])
            .filter { $0.hasSuffix(".graphql") }
            .sorted()
        let parts = files.compactMap { name in
            try? String(contentsOf: schemaFolder.appendingPathComponent(name), encoding: .utf8)
        }
        let bundled = parts.joined(separator: "\n")
        if declaresStoredTypes(bundled) {
            return BenchmarkInput(
                name: "s2b2c_schema",
                origin: "\(schemaFolder.path)/{\(files.joined(separator: ","))}",
                text: bundled
            )
        }

        let generator = sharedFolder.appendingPathComponent("baseline/gen.py")
        guard let script = try? String(contentsOf: generator, encoding: .utf8) else {
            throw BenchmarkInputError(description: """
                the repository's schema/ does not declare stored types yet, and the fallback \
                \(generator.path) cannot be read. Put the shared baseline beside the repository \
                or set QUARRY_SHARED=/path/to/shared.
                """)
        }
        guard let sdl = embeddedSDL(in: script) else {
            throw BenchmarkInputError(description: "no `SDL = r'''...'''` string found in \(generator.path)")
        }
        return BenchmarkInput(name: "s2b2c_schema", origin: "\(generator.path) (its SDL string)", text: sdl)
    }

    /// Whether some type in `sdl` carries `@collection(path: ...)`; a `directive @collection`
    /// definition alone does not count.
    static func declaresStoredTypes(_ sdl: String) -> Bool {
        sdl.range(of: #"@collection\(\s*path\s*:"#, options: .regularExpression) != nil
    }

    /// The text between `SDL = r'''` and the next `'''`.
    static func embeddedSDL(in script: String) -> String? {
        guard let open = script.range(of: "SDL = r'''"),
              let close = script.range(of: "'''", range: open.upperBound..<script.endIndex)
        else { return nil }
        return String(script[open.upperBound..<close.lowerBound])
    }

    private static func environment(_ name: String) -> String? {
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else { return nil }
        return value
    }
}
