// Engine benchmarks: the baseline's workload queries Q1–Q6 (`<shared>/baseline/queries`) over a
// root written by `gen.py --scale 10000 --seed 1` (issue 5, "What it must show"). Each iteration is
// one request through the library API from query text to response bytes, the prepared document
// cached as the gateway caches it. Mallocs per request come from the MallocInterposer trait.
//
//     QUARRY_ENGINE_ROOT=/tmp/s2b2c-10000 \
//         swift package --allow-writing-to-package-directory benchmark --target EngineBenchmarks
//
// The peers (GraphQLSwift 4.3, graphql-js) run as their own programs in the same run:
// `./run-engine-bench.sh` does that and prints the comparison table.
// QUARRY_BENCH_SECONDS sets the time per benchmark (default 3); QUARRY_BENCH_INSTRUCTIONS=1 adds
// instruction counts where `perf` counters are available.

import Benchmark
import BenchmarkInputs
import Foundation
import Quarry

let benchmarks: @Sendable () -> Void = {
    let environment = ProcessInfo.processInfo.environment
    // Throughput too: the JMH export that run-engine-bench.sh reads requires it.
    var metrics: [BenchmarkMetric] = [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident]
    if environment["QUARRY_BENCH_INSTRUCTIONS"] == "1" {
        metrics.append(.instructions)
    }
    let seconds = environment["QUARRY_BENCH_SECONDS"].flatMap(Int.init) ?? 3
    Benchmark.defaultConfiguration = .init(
        metrics: metrics,
        timeUnits: .microseconds,
        warmupIterations: 3,
        scalingFactor: .one,
        maxDuration: .seconds(seconds),
        maxIterations: 100_000
    )

    let root = environment["QUARRY_ENGINE_ROOT"] ?? "/tmp/s2b2c-10000"
    let queries = BenchmarkInputs.sharedFolder.appendingPathComponent("baseline/queries")
    let gateway: Gateway
    do {
        gateway = try Gateway(root: URL(fileURLWithPath: root))
    } catch {
        FileHandle.standardError.write(Data("EngineBenchmarks: cannot open \(root): \(error)\n".utf8))
        exit(1)
    }
    for number in 1...6 {
        let url = queries.appendingPathComponent("Q\(number).graphql")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            FileHandle.standardError.write(Data("EngineBenchmarks: cannot read \(url.path)\n".utf8))
            exit(1)
        }
        // A query that fails is reported, not timed.
        let first = gateway.execute(text)
        guard first.errors.isEmpty else {
            FileHandle.standardError.write(Data("EngineBenchmarks: Q\(number) fails: \(first.errors[0].message)\n".utf8))
            continue
        }
        Benchmark("Quarry Q\(number)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(gateway.execute(text))
            }
        }
    }
}
