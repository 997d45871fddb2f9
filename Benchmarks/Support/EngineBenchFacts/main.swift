// `EngineBenchFacts --root DIR --queries DIR [--time SECONDS] [--rss] [--dump DIR]`: loads a root
// once and times each workload query (`Q1.graphql` … in DIR) through the library API, from query text to response
// bytes, with the prepared document cached as the gateway caches it (the baseline README, "How
// the issues' targets are read"). Prints one JSON object: per query the median ms, the response
// bytes and MB/s; with `--rss`, the peak resident memory while the largest query runs, measured
// from a peak reset after loading (so the load's own peak does not count); with `--dump`, each
// response is written to `DIR/<query>.json` for comparison with the peers' answers.
//
// `EngineBenchFacts --root DIR --queries DIR --repeat QUERY N` runs QUERY once, then N times in
// `measuredRequests`, and prints nothing: under `valgrind --tool=callgrind` collecting only in
// that function, the count / N is the instructions per request (with the document prepared),
// whatever else the machine is doing. Used by run-engine-bench.sh.

import Foundation
import Quarry

struct QueryFacts: Encodable {
    var name: String
    var medianMilliseconds: Double
    var runs: Int
    var bytes: Int
    var megabytesPerSecond: Double
    var errors: [String]
}

struct Facts: Encodable {
    var loadSeconds: Double
    var documents: Int
    var dataBytes: Int
    var queries: [QueryFacts]
    var rssBeforeMiB: Double?
    var peakRSSDuringLargestMiB: Double?
    var largestQuery: String?
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("EngineBenchFacts: \(message)\n".utf8))
    exit(2)
}

var root: String?
var queriesFolder: String?
var seconds = 3.0
var measureRSS = false
var repeatRequest: (query: String, count: Int)?
var dumpFolder: String?
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--root": root = arguments.popFirst()
    case "--queries": queriesFolder = arguments.popFirst()
    case "--time": seconds = arguments.popFirst().flatMap(Double.init) ?? seconds
    case "--rss": measureRSS = true
    case "--dump": dumpFolder = arguments.popFirst()
    case "--repeat":
        guard let query = arguments.popFirst(), let count = arguments.popFirst().flatMap(Int.init) else {
            fail("--repeat needs a query name and a count")
        }
        repeatRequest = (query, count)
    default: fail("usage: EngineBenchFacts --root DIR --queries DIR [--time S] [--rss] [--dump DIR] [--repeat QUERY N]")
    }
}
guard let root, let queriesFolder else { fail("--root and --queries are required") }

let clock = ContinuousClock()
let loadStart = clock.now
let gateway: Gateway
do {
    gateway = try Gateway(root: URL(fileURLWithPath: root))
} catch {
    fail("cannot open \(root): \(error)")
}
let loadElapsed = clock.now - loadStart

let names = (try? FileManager.default.contentsOfDirectory(atPath: queriesFolder))?
    .filter { $0.hasSuffix(".graphql") }.sorted() ?? []
let queries = names.map { name in
    (name: String(name.dropLast(".graphql".count)),
     text: (try? String(contentsOfFile: "\(queriesFolder)/\(name)", encoding: .utf8)) ?? "")
}

/// The requests a callgrind run counts (`--toggle-collect='*measuredRequests*'`): everything
/// else, loading included, is left out of the count.
@inline(never)
func measuredRequests(_ text: String, _ count: Int) {
    for _ in 0..<count { _ = gateway.execute(text) }
}

if let (name, count) = repeatRequest {
    guard let query = queries.first(where: { $0.name == name }) else { fail("no query \(name) in \(queriesFolder)") }
    _ = gateway.execute(query.text)  // parses, validates and plans once, as a server does once per document
    measuredRequests(query.text, count)
    exit(0)
}

/// A line of /proc/self/status in MiB (VmRSS, VmHWM); nil off Linux.
func statusMiB(_ key: String) -> Double? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix(key + ":") {
        let kilobytes = line.split(separator: " ").compactMap { Double($0) }.first
        return kilobytes.map { $0 / 1024 }
    }
    return nil
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

var facts = Facts(loadSeconds: seconds(loadElapsed), documents: gateway.snapshot.documentCount,
                  dataBytes: gateway.snapshot.byteCount, queries: [])
var largest: (name: String, text: String)?
var largestBytes = 0
for query in queries {
    let first = gateway.execute(query.text)
    if let dumpFolder {
        FileManager.default.createFile(atPath: "\(dumpFolder)/\(query.name).json", contents: Data(first.json))
    }
    if first.json.count > largestBytes { (largest, largestBytes) = (query, first.json.count) }
    // A tenth of the time warming up, then at least 5 timed runs.
    let warmEnd = clock.now.advanced(by: .milliseconds(Int(seconds * 100)))
    while clock.now < warmEnd { _ = gateway.execute(query.text) }
    var samples: [Double] = []
    let end = clock.now.advanced(by: .milliseconds(Int(seconds * 1000)))
    while clock.now < end || samples.count < 5 {
        let started = clock.now
        let response = gateway.execute(query.text)
        samples.append(seconds(clock.now - started) * 1000)
        precondition(response.json.count == first.json.count)
    }
    let ms = median(samples)
    facts.queries.append(QueryFacts(name: query.name, medianMilliseconds: ms, runs: samples.count, bytes: first.json.count,
                                    megabytesPerSecond: Double(first.json.count) / 1e6 / (ms / 1000),
                                    errors: first.errors.map(\.message)))
}

if measureRSS, let largest {
    // Writing 5 to clear_refs resets the peak (VmHWM) to the current RSS (Linux ≥ 4.0).
    try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    facts.rssBeforeMiB = statusMiB("VmRSS")
    for _ in 0..<3 { _ = gateway.execute(largest.text) }
    facts.peakRSSDuringLargestMiB = statusMiB("VmHWM")
    facts.largestQuery = largest.name
}

let encoder = JSONEncoder()
encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
FileHandle.standardOutput.write(try! encoder.encode(facts))
FileHandle.standardOutput.write(Data("\n".utf8))
