// swift-tools-version:6.1
import PackageDescription

// Quarry's benchmark suites, kept apart from the main package so that a plain `swift test` never
// builds them (STYLE.md, "Benchmarks live apart"). Run from this folder:
//
//     swift package --allow-writing-to-package-directory benchmark
//
// or `./run-parser-bench.sh` for the parser comparison table (README.md, "Benchmarks").
let package = Package(
    name: "QuarryBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Quarry", path: ".."),
        // package-benchmark (renamed ordo-one/benchmark); malloc counts need its MallocInterposer trait.
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        // The peer we measure against (PRODUCT.md baseline: GraphQLSwift 4.3).
        .package(url: "https://github.com/GraphQLSwift/GraphQL", from: "4.3.0"),
    ],
    targets: [
        // A benchmark suite: package-benchmark's plugin runs every executable target whose folder
        // sits directly in a folder named `Benchmarks` (this package's root).
        .executableTarget(
            name: "ParserBenchmarks",
            dependencies: [
                "BenchmarkInputs",
                .product(name: "QuarryLanguage", package: "Quarry"),
                .product(name: "GraphQL", package: "GraphQL"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "ParserBenchmarks",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark"),
            ]
        ),
        // The engine over the baseline's workload queries Q1–Q6 (issue 5); see run-engine-bench.sh.
        .executableTarget(
            name: "EngineBenchmarks",
            dependencies: [
                "BenchmarkInputs",
                .product(name: "Quarry", package: "Quarry"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "EngineBenchmarks",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark"),
            ]
        ),
        // Where the benchmark documents come from (read at run time, never copied here).
        .target(name: "BenchmarkInputs", path: "Support/BenchmarkInputs"),
        // Bytes, tokens and definitions of the inputs, for run-parser-bench.sh's table.
        .executableTarget(
            name: "ParserBenchFacts",
            dependencies: [
                "BenchmarkInputs",
                .product(name: "QuarryLanguage", package: "Quarry"),
                .product(name: "GraphQL", package: "GraphQL"),
            ],
            path: "Support/ParserBenchFacts"
        ),
        // Issue 4's store measures: libyaml scan vs load, JSON MB/s, peak RSS, reload
        // (run-store-bench.sh). The workload is shared by the suite and the facts tool.
        .executableTarget(
            name: "StoreBenchmarks",
            dependencies: [
                "StoreWorkload",
                .product(name: "QuarryStore", package: "Quarry"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "StoreBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .target(
            name: "StoreWorkload",
            dependencies: [.product(name: "QuarryStore", package: "Quarry"), .product(name: "QuarrySchema", package: "Quarry")],
            path: "Support/StoreWorkload"
        ),
        .executableTarget(
            name: "StoreBenchFacts",
            dependencies: ["StoreWorkload", .product(name: "QuarryStore", package: "Quarry"), .product(name: "QuarrySchema", package: "Quarry")],
            path: "Support/StoreBenchFacts"
        ),
        // Live reloads on a generated root, by direct call and through the watchers.
        .executableTarget(
            name: "QuarryReloadBench", dependencies: [.product(name: "QuarryStore", package: "Quarry")],
            path: "Support/QuarryReloadBench"
        ),
        // Medians, bytes and peak memory per workload query without package-benchmark, and a
        // `--repeat` mode for callgrind (run-engine-bench.sh).
        .executableTarget(
            name: "EngineBenchFacts",
            dependencies: [.product(name: "Quarry", package: "Quarry")],
            path: "Support/EngineBenchFacts"
        ),
    ]
)
