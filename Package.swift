// swift-tools-version:6.1
import PackageDescription

// Quarry: a GraphQL gateway over a tree of YAML and JSON documents.
// Modules follow the phases of a request (STYLE.md, "What we take from them"); lower layers never
// import upper ones, and the command line only calls the library.
let package = Package(
    name: "Quarry",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "quarry", targets: ["QuarryCLI"]),
        .library(name: "Quarry", targets: ["Quarry"]),
        .library(name: "QuarryLanguage", targets: ["QuarryLanguage"]),
        .library(name: "QuarrySchema", targets: ["QuarrySchema"]),
        .library(name: "QuarryStore", targets: ["QuarryStore"]),
        .library(name: "QuarryValidation", targets: ["QuarryValidation"]),
        .library(name: "QuarryGenerator", targets: ["QuarryGenerator"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The HTTP server only (QuarryServer and its tests); swift-configuration support is off.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.5.0"),
    ],
    targets: [
        // libyaml from the system (Debian: libyaml-dev), found through pkg-config.
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // The GraphQL language: source, lexer, parser, AST, printer, visitor. No dependencies.
        .target(name: "QuarryLanguage"),
        // The type system built from SDL files, its validation, and the generated query API.
        .target(name: "QuarrySchema", dependencies: ["QuarryLanguage"]),
        // Every validation rule of the spec (§5), one per file, all in one traversal.
        .target(name: "QuarryValidation", dependencies: ["QuarryLanguage", "QuarrySchema"]),
        // Reading, typing and indexing the document tree; immutable snapshots.
        .target(name: "QuarryStore", dependencies: ["QuarrySchema", "CLibYAML"]),
        // Execution of validated operations over a store snapshot; responses written as bytes.
        .target(name: "QuarryExecution", dependencies: ["QuarryLanguage", "QuarrySchema", "QuarryValidation", "QuarryStore"]),
        // The facade: open a root, execute queries, output formats. The CLI and server call only this.
        .target(name: "Quarry", dependencies: ["QuarryLanguage", "QuarrySchema", "QuarryStore", "QuarryExecution"]),
        // `quarry generate`: a deterministic synthetic S2B2C root (the bundled schema and data).
        // Foundation only; it writes text and knows nothing of the store that reads it.
        .target(name: "QuarryGenerator"),
        // `quarry serve`: GraphQL over HTTP on Hummingbird, persisted queries, health, metrics, limits.
        .target(
            name: "QuarryServer",
            dependencies: [
                "Quarry",
                "QuarryExplorer",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "CompressNIO", package: "compress-nio"),
            ]
        ),
        .executableTarget(
            name: "QuarryCLI",
            dependencies: [
                "QuarryLanguage",
                "QuarrySchema",
                "QuarryStore",
                "Quarry",
                "QuarryGenerator",
                "QuarryServer",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The built-in query explorer page (PRODUCT.md §8): plain HTML, CSS and JavaScript files under
        // Page/, embedded into the binary; no dependencies, so the server only adds a route.
        .target(name: "QuarryExplorer", resources: [.embedInCode("Page")]),
        // Helpers the test targets share (running reference implementations).
        .target(name: "QuarryTestSupport", path: "Sources/QuarryTestSupport"),
        .testTarget(name: "QuarrySchemaTests", dependencies: ["QuarrySchema", "QuarryTestSupport"]),
        .testTarget(name: "QuarryValidationTests", dependencies: ["QuarryValidation", "QuarryTestSupport"]),
        .testTarget(name: "QuarryTests", dependencies: ["Quarry", "QuarryTestSupport"]),
        .testTarget(name: "QuarryExecutionTests", dependencies: ["QuarryExecution"]),
        // Runs the built `quarry` binary (the dependency makes `swift test` build it first).
        .testTarget(name: "QuarryCLITests", dependencies: ["QuarryCLI"]),
        .testTarget(name: "QuarryStoreTests", dependencies: ["QuarryStore"]),
        // PageLogic/ holds JavaScript tests of the page, run with Node when the machine has it.
        .testTarget(name: "QuarryExplorerTests", dependencies: ["QuarryExplorer"], exclude: ["PageLogic"]),
        .testTarget(name: "QuarryGeneratorTests", dependencies: ["QuarryGenerator", "QuarryStore", "QuarrySchema"]),
        .testTarget(
            name: "QuarryServerTests",
            dependencies: [
                "QuarryServer", "Quarry", "QuarryTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "CompressNIO", package: "compress-nio"),
            ]
        ),
        .testTarget(
            name: "QuarryLanguageTests",
            dependencies: ["QuarryLanguage"],
            resources: [.copy("Corpus")]
        ),
    ]
)
