import Foundation
import QuarrySchema
import Testing

@testable import QuarryStore

/// Everything a snapshot serves, as lines, positions replaced by ids: two snapshots with the same
/// fingerprint serve the same data (positions may differ: they are slots, not ranks). Checks on
/// the way that the indexes agree with the documents.
func fingerprint(_ snapshot: StoreSnapshot) -> [String] {
    var lines = ["files \(snapshot.fileCount), bytes \(snapshot.byteCount), documents \(snapshot.documentCount)"]
    var disagreements: [String] = []
    for collection in snapshot.collections {
        lines.append("collection \(snapshot.schema[collection.type].name): \(collection.count)")
        var iterated: [String] = []
        for document in collection.documents { iterated.append(document.id) }
        let byRank = (0..<collection.documents.count).map { collection.documents[$0].id }
        if iterated != byRank { disagreements.append("iteration and ranks") }
        if byRank != byRank.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) { disagreements.append("id order") }
        for (rank, document) in collection.documents.enumerated() {
            lines.append("  \(document.id) @ \(document.file):\(document.line) = \(document.values)")
            let position = collection.position(of: document.id)
            if position != collection.documents.position(atRank: rank)
                || position.map({ collection.document(at: $0).id }) != document.id
                || position.map({ Int($0) < collection.positionLimit }) != true
                || collection.document(id: document.id)?.file != document.file
                || collection.documents.rank(ofFirstIDNotBefore: document.id) != rank {
                disagreements.append("indexes of \(document.id)")
            }
        }
        for slot in collection.layout.slots.indices where collection.layout.slots[slot].isReference {
            var targets: Set<String> = []
            for document in collection.documents {
                switch document.values[slot] {
                case .reference(let target): targets.insert(target)
                case .list(let items): for case .reference(let target) in items { targets.insert(target) }
                default: break
                }
            }
            for target in targets.sorted() {
                let referring = collection.referring(to: target, throughSlot: slot).map { collection.document(at: $0).id }
                lines.append("  slot \(slot) → \(target): \(referring)")
            }
        }
    }
    lines += snapshot.problems.map(\.description)
    #expect(disagreements.isEmpty)
    return lines
}

/// A small deterministic generator (SplitMix64), so that a failing sequence can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension TemporaryRoot {
    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: url.appendingPathComponent(path))
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(path).path)
    }

    func fullLoad() throws -> StoreSnapshot {
        let schema = try ServedSchema.build(files: try SchemaFiles.read(root: url))
        return StoreLoader.load(root: url, schema: schema)
    }
}

/// Waits (up to `timeout`) until `condition` holds.
func eventually(timeout: Duration = .seconds(5), _ condition: () -> Bool) -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if condition() { return true }
        Thread.sleep(forTimeInterval: 0.01)
    }
    return condition()
}
