// Measures what issue 4 asks of live reloads on a generated root (`gen.py` or `quarry generate`):
// the full load, then a reload after one order file changes (median of many), by a direct
// `LiveStore.reload(paths:)` and through the inotify watcher (event to snapshot, debounce
// excluded, and write to served). The file is restored at the end.
//
//     cd Benchmarks && swift build -c release --product QuarryReloadBench
//     /usr/bin/time -v .build/release/QuarryReloadBench /tmp/s2b2c-100000 [iterations]
import Foundation
import QuarryStore

func residentKilobytes() -> (current: Int, peak: Int) {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return (0, 0) }
    func field(_ name: String) -> Int {
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }) else { return 0 }
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "0") ?? 0
    }
    return (field("VmRSS"), field("VmHWM"))
}

/// CPU time of the process (user + system) and of the calling thread, in milliseconds: the
/// machine may be shared, and CPU time does not count the time spent waiting for a core.
func processCPU() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000
}

func threadCPU() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
}

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

func summary(_ values: [Double]) -> String {
    let sorted = values.sorted()
    func at(_ fraction: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * fraction))] }
    return String(format: "median %.3f ms, p10 %.3f, p90 %.3f, min %.3f, max %.3f (n=%d)",
                  at(0.5), at(0.1), at(0.9), sorted.first!, sorted.last!, sorted.count)
}

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    print("usage: QuarryReloadBench ROOT [ITERATIONS]")
    exit(2)
}
let root = URL(fileURLWithPath: arguments[1])
let iterations = arguments.count > 2 ? Int(arguments[2]) ?? 200 : 200

let before = residentKilobytes()
let loadStart = ContinuousClock.now
let loadCPUStart = processCPU()
let live = try LiveStore(root: root, options: .init(watch: .off))
let loadTime = ContinuousClock.now - loadStart
let loadCPU = processCPU() - loadCPUStart
let afterLoad = residentKilobytes()
let snapshot = live.current
print(String(format: "load: %.3f s wall, %.3f s CPU (all threads), %d documents in %d files (%.1f MB); RSS %d → %d kB (peak %d kB)",
             milliseconds(loadTime) / 1000, loadCPU / 1000, snapshot.documentCount, snapshot.fileCount, Double(snapshot.byteCount) / 1e6,
             before.current, afterLoad.current, afterLoad.peak))
print("problems: \(snapshot.problems.count)")

// One order file, changed back and forth.
let ordersFolder = root.appendingPathComponent("data/orders")
guard let enumerator = FileManager.default.enumerator(atPath: ordersFolder.path),
      let name = (enumerator.lazy.compactMap { $0 as? String }.first { $0.hasSuffix(".yaml") }) else {
    print("no order file under \(ordersFolder.path)")
    exit(1)
}
let relative = "data/orders/" + name
let file = root.appendingPathComponent(relative)
let original = try Data(contentsOf: file)
let text = String(decoding: original, as: UTF8.self)
func variant(_ index: Int) -> Data {
    // Another status and another fee: a real change of values, same id, same references.
    let statuses = ["PENDING", "PAID", "SHIPPED", "DELIVERED"]
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for (at, line) in lines.enumerated() {
        if line.hasPrefix("status: ") { lines[at] = "status: \(statuses[index % statuses.count])" }
        if line.hasPrefix("shippingFee: ") { lines[at] = "shippingFee: \(index % 100).00" }
    }
    return Data(lines.joined(separator: "\n").utf8)
}
defer { try? original.write(to: file) }

var direct: [Double] = []
var directCPU: [Double] = []
for index in 0..<(iterations + 10) {
    try variant(index).write(to: file)
    let cpu = threadCPU()
    let report = live.reload(paths: [relative])
    let spent = threadCPU() - cpu
    precondition(report.filesRead == 1)
    if index >= 10 {
        direct.append(milliseconds(report.duration))
        directCPU.append(spent)
    }
}
print("reload of \(relative), direct: \(summary(direct))")
print("reload of \(relative), CPU time of the reloading thread: \(summary(directCPU))")
// The same file changing its customer (the referrer indexes change), and deleted then created
// again (the document leaves and enters the id order and every index).
var referenceChanges: [Double] = []
let customerLine = text.split(separator: "\n").first { $0.hasPrefix("customer: ") }.map(String.init)
for index in 0..<(iterations + 10) {
    guard let customerLine else { break }
    let other = index % 2 == 0 ? "customer: c-000001" : customerLine
    try Data(text.replacingOccurrences(of: customerLine, with: other).utf8).write(to: file)
    let report = live.reload(paths: [relative])
    if index >= 10 { referenceChanges.append(milliseconds(report.duration)) }
}
if !referenceChanges.isEmpty { print("reload, another customer: \(summary(referenceChanges))") }
var removeAndAdd: [Double] = []
for index in 0..<(iterations + 10) {
    if index % 2 == 0 { try FileManager.default.removeItem(at: file) } else { try original.write(to: file) }
    let report = live.reload(paths: [relative])
    if index >= 10 { removeAndAdd.append(milliseconds(report.duration)) }
}
try original.write(to: file)
live.reload(paths: [relative])
print("reload, file deleted or created: \(summary(removeAndAdd))")
let order = live.current.collection(live.current.schema.typeID(named: "Order")!)!
precondition(order.count == snapshot.collection(order.type)!.count)

// Through the watcher: from the write to the new snapshot being served, and the store's own
// measure of the reload (from the end of the debounce to the swap).
let debounce = Duration.milliseconds(75)
live.startWatching(.inotify)
let mode = live.watching
/// Writes variant `index` of the order file and waits for the watcher to serve it: the time
/// from the write to the new snapshot, in milliseconds, or nil (said) after 10 s without one.
func writeAndAwaitReload(_ index: Int, watcher: String) throws -> Double? {
    let generation = live.generation
    let written = ContinuousClock.now
    try variant(index).write(to: file)
    guard live.waitForGeneration(atLeast: generation + 1, timeout: .seconds(10)) else {
        print("the \(watcher) did not reload within 10 s")
        return nil
    }
    return milliseconds(ContinuousClock.now - written)
}

var endToEnd: [Double] = []
var eventToSnapshot: [Double] = []
for index in 0..<min(40, iterations) {
    guard let served = try writeAndAwaitReload(index + 1000, watcher: "watcher") else { break }
    endToEnd.append(served)
    eventToSnapshot.append(milliseconds(live.lastReload!.duration))
    Thread.sleep(forTimeInterval: 0.05)
}
live.stopWatching()
if !endToEnd.isEmpty {
    print("watched (\(mode), debounce \(milliseconds(debounce)) ms): event → snapshot \(summary(eventToSnapshot))")
    print("watched: write → served \(summary(endToEnd))")
}
// Through the polling watcher (every 500 ms): from the write to the new snapshot being served.
live.startWatching(.polling)
var polled: [Double] = []
for index in 0..<5 {
    guard let served = try writeAndAwaitReload(index + 2000, watcher: "polling watcher") else { break }
    polled.append(served)
}
live.stopWatching()
if !polled.isEmpty { print("polled (interval 500 ms): write → served \(summary(polled))") }
let end = residentKilobytes()
print("RSS at end \(end.current) kB, peak \(end.peak) kB")
