import QuarrySchema
import QuarryStore

extension DocumentReader {
    /// The documents a filter can possibly match, read from the store's indexes instead of
    /// scanning the collection: `id: {eq/in}` through the id index, a condition through a
    /// single `@ref` (or `some` over a list of `@ref`) whose target condition has candidates
    /// itself through the reference index. Positions ascending (id order) without duplicates;
    /// nil when no index applies. The filter is still evaluated on every candidate.
    func indexCandidates(_ node: FilterNode, in collection: Target) -> [Int32]? {
        switch node {
        case .value(.slot(let slot), let tests) where slot == collection.data.layout.idSlot:
            var best: [Int32]?
            for test in tests {
                var ids: [StoredValue]
                switch test {
                case .equal(let operand): ids = [operand]
                case .among(let operands): ids = operands
                default: continue
                }
                var positions: [Int32] = []
                for case .string(let id) in ids {
                    // The id index hashes canonically equivalent texts alike; the filter's own
                    // code point test runs on each candidate afterwards.
                    if let position = collection.data.position(of: id) { positions.append(position) }
                }
                positions = inIDOrder(positions, of: collection)
                if best == nil || positions.count < best!.count { best = positions }
            }
            return best
        case .reference(.slot(let slot), let target, let inner):
            guard collection.data.layout.slots[slot].isReference, let targets = indexCandidates(inner, in: target) else { return nil }
            return referrers(of: targets, target: target, slot: slot, in: collection)
        case .references(.slot(let slot), let target, let quantifiers):
            guard collection.data.layout.slots[slot].isReference, let some = quantifiers.some,
                let targets = indexCandidates(some, in: target)
            else { return nil }
            return referrers(of: targets, target: target, slot: slot, in: collection)
        case .all(let parts):
            var best: [Int32]?
            for part in parts {
                guard let candidates = indexCandidates(part, in: collection) else { continue }
                if best == nil || candidates.count < best!.count { best = candidates }
            }
            return best
        case .any(let parts):
            var union: [Int32] = []
            for part in parts {
                guard let candidates = indexCandidates(part, in: collection) else { return nil }
                union += candidates
            }
            return inIDOrder(union, of: collection)
        case .always(false):
            return []
        default:
            return nil
        }
    }

    /// The documents of `collection` whose `@ref` slot names one of the `targets`.
    private func referrers(of targets: [Int32], target: Target, slot: Int, in collection: Target) -> [Int32] {
        var positions: [Int32] = []
        for position in targets {
            positions += collection.data.referring(to: target.data.document(at: position).id, throughSlot: slot)
        }
        return inIDOrder(positions, of: collection)
    }

    /// The positions once each, in id order (positions are stable slots, not ranks, once the
    /// store has reloaded: only ids give the order).
    private func inIDOrder(_ positions: [Int32], of collection: Target) -> [Int32] {
        var unique = positions.sorted()
        var write = 0
        for read in unique.indices where read == 0 || unique[read] != unique[read - 1] {
            unique[write] = unique[read]
            write += 1
        }
        unique.removeSubrange(write...)
        let table = collection.documents
        return unique.sorted { ValueOrdering.compareText(table[$0].id, table[$1].id) < 0 }
    }
}
