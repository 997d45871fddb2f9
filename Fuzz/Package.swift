// swift-tools-version:6.1
import PackageDescription

// libFuzzer entries for Quarry's GraphQL language layer, kept apart from the main package so that
// a plain `swift test` never builds them with sanitizers. Build and run with Fuzz/run.sh
// (Fuzz/README.md):
//
//     swift build --package-path Fuzz -c debug --sanitize=fuzzer --sanitize=address
//     Fuzz/.build/debug/QuarryFuzz -max_total_time=300 Fuzz/.corpus/parse Tests/QuarryLanguageTests/Corpus
let package = Package(
    name: "QuarryFuzz",
    dependencies: [
        .package(name: "Quarry", path: ".."),
    ],
    targets: [
        // The properties each input is checked against; shared by the entries below.
        .target(
            name: "FuzzChecks",
            dependencies: [.product(name: "QuarryLanguage", package: "Quarry")]
        ),
        // parse → print → parse → print: no crash, a clean error or a stable round trip.
        .executableTarget(name: "QuarryFuzz", dependencies: ["FuzzChecks"]),
        // The lexer alone (`countTokens`).
        .executableTarget(name: "QuarryFuzzTokens", dependencies: ["FuzzChecks"]),
    ]
)
