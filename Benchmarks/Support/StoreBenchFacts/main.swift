// The store benchmark's plain measures, one JSON object per line on stdout, for
// run-store-bench.sh's table (package-benchmark's StoreBenchmarks times the same operations):
//
//     StoreBenchFacts times  ROOT [RUNS]        scan, JSON and load medians, interleaved in one run
//     StoreBenchFacts memory ROOT               peak RSS of one load in a fresh process
//     StoreBenchFacts reload ROOT [ITERATIONS]  reload after one order file changes
//     StoreBenchFacts json   ROOT [RUNS]        JSON typed: all files, and only files of 64 kB or more
//                                               (the reader's and typer's speed without per-file costs)
//     StoreBenchFacts repeat scan|json|load ROOT [RUNS]
//                                               one measure alone, RUNS times, printing nothing: for
//                                               callgrind and perf (instructions of each part)
//
// Times are medians of wall-clock (ContinuousClock); the process's CPU time is reported beside
// the load, since the machine may be shared.

import Foundation
import QuarrySchema
import QuarryStore
import StoreWorkload

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func processCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted.count % 2 == 1 ? sorted[sorted.count / 2]
        : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func emit(_ object: [String: Any]) {
    let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    print(String(decoding: data, as: UTF8.self))
}

func time(_ body: () -> Void) -> Double {
    let start = ContinuousClock.now
    body()
    return seconds(ContinuousClock.now - start)
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2, ["times", "memory", "reload", "json", "repeat"].contains(arguments[0]) else {
    FileHandle.standardError.write(Data("usage: StoreBenchFacts times|memory|reload|json ROOT [COUNT]\n".utf8))
    exit(2)
}
if arguments[0] == "repeat" {
    guard arguments.count >= 3, ["scan", "json", "load"].contains(arguments[1]) else {
        FileHandle.standardError.write(Data("usage: StoreBenchFacts repeat scan|json|load ROOT [RUNS]\n".utf8))
        exit(2)
    }
    let workload = try StoreWorkload(root: URL(fileURLWithPath: arguments[2]))
    let reader = DataFileReader(schema: workload.schema)
    let places = workload.jsonPlaces(for: reader)
    for _ in 0..<(arguments.count > 3 ? Int(arguments[3]) ?? 1 : 1) {
        switch arguments[1] {
        case "scan": workload.scanYAML()
        case "json": workload.typeJSON(with: reader, at: places)
        default: withExtendedLifetime(workload.load()) {}
        }
    }
    exit(0)
}
let root = URL(fileURLWithPath: arguments[1])
let count = arguments.count > 2 ? Int(arguments[2]) ?? 5 : nil

switch arguments[0] {
case "times":
    let workload = try StoreWorkload(root: root)
    let reader = DataFileReader(schema: workload.schema)
    let places = workload.jsonPlaces(for: reader)
    var scans: [Double] = []
    var scanCPUs: [Double] = []
    var jsons: [Double] = []
    var loads: [Double] = []
    var loadCPU: [Double] = []
    var documents = 0
    var problems = 0
    // Interleaved, after one warm-up round, so that all three see the same machine.
    for run in 0...(count ?? 5) {
        let scanCPUStart = processCPUSeconds()
        let scan = time { workload.scanYAML() }
        let scanCPU = processCPUSeconds() - scanCPUStart
        let json = time { workload.typeJSON(with: reader, at: places) }
        let cpu = processCPUSeconds()
        var snapshot: StoreSnapshot?
        let load = time { snapshot = workload.load() }
        let cpuSpent = processCPUSeconds() - cpu
        documents = snapshot!.documentCount
        problems = snapshot!.problems.count
        snapshot = nil
        if run > 0 {
            scans.append(scan)
            scanCPUs.append(scanCPU)
            jsons.append(json)
            loads.append(load)
            loadCPU.append(cpuSpent)
        }
    }
    emit([
        "root": root.path, "runs": scans.count, "cores": ProcessInfo.processInfo.activeProcessorCount,
        "yamlFiles": workload.yamlFiles.count, "jsonFiles": workload.jsonFiles.count,
        "yamlBytes": workload.yamlByteCount, "jsonBytes": workload.jsonByteCount,
        "documents": documents, "problems": problems,
        "scanSeconds": median(scans), "jsonSeconds": median(jsons), "loadSeconds": median(loads),
        "loadCPUSeconds": median(loadCPU), "scanCPUSeconds": median(scanCPUs), "scanAll": scans, "loadAll": loads, "jsonAll": jsons,
    ])
case "memory":
    let schema = try ServedSchema.build(files: try SchemaFiles.read(root: root))
    let before = residentKilobytes()
    let start = ContinuousClock.now
    let snapshot = StoreLoader.load(root: root, schema: schema)
    let load = seconds(ContinuousClock.now - start)
    let after = residentKilobytes()
    emit([
        "root": root.path, "dataBytes": snapshot.byteCount, "files": snapshot.fileCount,
        "documents": snapshot.documentCount, "rssBeforeKB": before.current, "rssAfterKB": after.current,
        "peakKB": after.peak, "loadSeconds": load,
    ])
    withExtendedLifetime(snapshot) {}
case "reload":
    let live = try LiveStore(root: root, options: .init(watch: .off))
    let change = try OrderFileChange(root: root)
    defer { change.restore() }
    var durations: [Double] = []
    for index in 0..<((count ?? 100) + 10) {
        try change.writeNext()
        let report = live.reload(paths: [change.path])
        precondition(report.filesRead == 1, "the reload read \(report.filesRead) files")
        if index >= 10 { durations.append(seconds(report.duration)) }
    }
    change.restore()
    live.reload(paths: [change.path])
    emit([
        "root": root.path, "file": change.path, "documents": live.current.documentCount,
        "reloadSeconds": median(durations), "reloadMinSeconds": durations.min() ?? 0,
        "reloadMaxSeconds": durations.max() ?? 0, "iterations": durations.count,
    ])
case "json":
    let workload = try StoreWorkload(root: root)
    let reader = DataFileReader(schema: workload.schema)
    let places = workload.jsonPlaces(for: reader)
    let large = 64 << 10
    var all: [Double] = []
    var largeOnly: [Double] = []
    for run in 0...(count ?? 10) {
        let allTime = time { workload.typeJSON(with: reader, at: places) }
        let largeTime = time { workload.typeJSON(with: reader, at: places, minimumBytes: large) }
        if run > 0 {
            all.append(allTime)
            largeOnly.append(largeTime)
        }
    }
    emit([
        "root": root.path, "jsonFiles": workload.jsonFiles.count, "jsonBytes": workload.jsonByteCount,
        "largeFiles": workload.jsonFiles.filter { $0.bytes.count >= large }.count,
        "largeBytes": workload.jsonByteCount(minimumBytes: large),
        "jsonSeconds": median(all), "largeSeconds": median(largeOnly),
    ])
default:
    break
}
