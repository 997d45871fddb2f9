// Store benchmarks (issue 4, "What it must show"), on roots written by the baseline's
// `gen.py --seed 1` at 10 000 and 100 000 orders, all in one run:
//
// - `libyaml scan N`: the bare libyaml event scan of every YAML data file, one thread, bytes
//   already in memory (what the load target is measured against);
// - `JSON typed N`: every JSON data file read and typed to store values, one thread, bytes in
//   memory (throughput = JSON bytes per second);
// - `Load N`: Quarry's full load of the tree on a warm cache, all cores;
// - `Reload one file N`: a reload after one order file changes (the write is not measured).
//
//     swift package --allow-writing-to-package-directory benchmark --target StoreBenchmarks
//
// `./run-store-bench.sh` generates the roots when missing, runs this and StoreBenchFacts (peak
// RSS in a fresh process), and prints the table with the targets' ratios. Roots are found at
// `$QUARRY_STORE_ROOT_<N>` or `/tmp/s2b2c-<N>`; `$QUARRY_STORE_SCALES` picks the scales.

import Benchmark
import Foundation
import QuarryStore
import StoreWorkload

let benchmarks: @Sendable () -> Void = {
    let seconds = ProcessInfo.processInfo.environment["QUARRY_BENCH_SECONDS"].flatMap(Int.init) ?? 10
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .throughput, .mallocCountTotal, .peakMemoryResident],
        timeUnits: .milliseconds,
        warmupIterations: 1,
        scalingFactor: .one,
        maxDuration: .seconds(seconds),
        maxIterations: 20
    )

    for scale in StoreRoots.scales {
        let root = StoreRoots.root(scale: scale)
        let workload: StoreWorkload
        do {
            workload = try StoreWorkload(root: root)
        } catch {
            FileHandle.standardError.write(Data("StoreBenchmarks: no root at \(root.path) (\(error)); run gen.py first\n".utf8))
            continue
        }
        let reader = DataFileReader(schema: workload.schema)
        let places = workload.jsonPlaces(for: reader)

        Benchmark("libyaml scan \(scale)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(workload.scanYAML()) }
        }
        Benchmark("JSON typed \(scale)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(workload.typeJSON(with: reader, at: places)) }
        }
        Benchmark("Load \(scale)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(workload.load()) }
        }
        guard let change = try? OrderFileChange(root: root) else { continue }
        var reloads = Benchmark.defaultConfiguration
        reloads.maxIterations = 200
        reloads.timeUnits = .microseconds
        Benchmark("Reload one file \(scale)", configuration: reloads) { benchmark, live in
            for _ in benchmark.scaledIterations {
                benchmark.stopMeasurement()
                try change.writeNext()
                benchmark.startMeasurement()
                blackHole(live.reload(paths: [change.path]))
            }
        } setup: {
            try LiveStore(root: root, options: .init(watch: .off))
        } teardown: {
            change.restore()
        }
    }
}
