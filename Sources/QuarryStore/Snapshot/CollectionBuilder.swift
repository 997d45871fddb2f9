import QuarrySchema

/// The writer's side of a `CollectionData`: the same persistent parts, changed in place between
/// two snapshots. `snapshot()` shares them with the new `CollectionData`; the next change copies
/// only the chunks and shards it touches.
struct CollectionBuilder: Sendable {
    let type: TypeID
    let layout: FieldLayout
    /// The slots of the layout that are `@ref`s.
    let referenceSlots: [Int]
    private(set) var table = DocumentTable()
    private(set) var order = IDOrder(sorted: [])
    private(set) var index: PositionIndex
    private(set) var referrers: [ShardedIndex<[Int32]>?]
    /// Positions freed by removed documents, given again first.
    private var freePositions: [Int32] = []

    /// A collection holding `documents`, which are in id order with unique ids: position = rank.
    init(type: TypeID, layout: FieldLayout, sorted documents: some RandomAccessCollection<StoredDocument>) {
        var table = DocumentTable()
        for (position, document) in documents.enumerated() { table.set(document, at: Int32(position)) }
        self.init(type: type, layout: layout, table: table, sorted: 0..<Int32(documents.count))
    }

    /// A collection whose documents are already in `table`, at the positions they were given as
    /// they were read (a full load stores each document once, and sorts only positions):
    /// `positions` are those of the documents kept, in id order with unique ids. When they are
    /// not `0..<table.limit` (files read out of id order, or documents dropped as duplicates),
    /// the kept documents are stored again in id order: after a full load positions are ranks.
    ///
    /// `makingReferrers` false: the indexes of the reference slots are made apart (by
    /// `referrers(through:in:sorted:)`, on other threads) and handed over with `adopt`.
    init(type: TypeID, layout: FieldLayout, table: DocumentTable, sorted kept: some Collection<Int32>,
         makingReferrers: Bool = true) {
        self.type = type
        self.layout = layout
        referenceSlots = Self.referenceSlots(of: layout)
        if kept.elementsEqual(0..<Int32(table.limit)) {
            self.table = table
        } else {
            for (rank, position) in kept.enumerated() { self.table.set(table[position], at: Int32(rank)) }
        }
        let positions = 0..<Int32(kept.count)
        index = PositionIndex(positions: positions, in: self.table)
        order = IDOrder(sorted: positions)
        referrers = Array(repeating: nil, count: layout.slots.count)
        if makingReferrers {
            let current = self.table
            for slot in referenceSlots { referrers[slot] = Self.referrers(through: slot, in: current, sorted: positions) }
        }
    }

    /// Takes the index of reference slot `slot` made apart (see `init`'s `makingReferrers`).
    mutating func adopt(_ index: ShardedIndex<[Int32]>, referrersThrough slot: Int) { referrers[slot] = index }

    /// The slots of `layout` that are `@ref`s.
    static func referenceSlots(of layout: FieldLayout) -> [Int] { layout.slots.indices.filter { layout.slots[$0].isReference } }

    /// The index of the documents referring to each id through `slot`, for a collection made of
    /// the documents at `kept` of `table` (positions in id order, whose ranks become the
    /// collection's positions, as in `init(type:layout:table:sorted:)`): for each target, the
    /// ranks of the documents naming it, in id order, as `referring(to:throughSlot:)` returns
    /// them. The targets are grouped by their bytes in a `NumberTable` first: one hash of each
    /// reference, and one dictionary entry per target, not one per reference. Only reads
    /// `table`: the slots of a collection are made on several threads at once.
    static func referrers(through slot: Int, in table: DocumentTable, sorted kept: some Collection<Int32>) -> ShardedIndex<[Int32]> {
        var groups = NumberTable()
        var targets: [String] = []
        var sizes: [Int32] = []
        // First each reference's group and rank, in rank order; then each group's list made at
        // its size (one allocation per target, none growing).
        var references: [(group: Int32, rank: Int32)] = []
        references.reserveCapacity(kept.count)
        for (rank, kept) in kept.enumerated() {
            forEachTarget(of: table[kept], slot: slot) { target in
                let hash = idHash(target)
                var group = targets.withUnsafeBufferPointer { targets in
                    groups.find(hash: hash) { sameID(targets[Int($0)], target) }
                } ?? -1
                if group < 0 {
                    group = Int32(targets.count)
                    targets.append(target)
                    sizes.append(0)
                    groups.insert(group, hash: hash) { [targets] in idHash(targets[Int($0)]) }
                }
                sizes[Int(group)] += 1
                references.append((group, Int32(rank)))
            }
        }
        var referring = sizes.map { size -> [Int32] in
            var list: [Int32] = []
            list.reserveCapacity(Int(size))
            return list
        }
        for (group, rank) in references { referring[Int(group)].append(rank) }
        references = []
        return ShardedIndex(zip(targets, referring).map { (key: $0, value: $1) })
    }

    var count: Int { order.count }

    func position(of id: String) -> Int32? { index.position(of: id, in: table) }

    subscript(position: Int32) -> StoredDocument { table[position] }

    func snapshot() -> CollectionData {
        CollectionData(type: type, layout: layout, table: table, order: order, index: index, referrers: referrers)
    }

    /// Adds a document whose id is not in the collection.
    mutating func insert(_ document: StoredDocument) {
        let position: Int32
        if let free = freePositions.popLast() { position = free } else { position = Int32(table.limit) }
        table.set(document, at: position)
        let current = table
        index.insert(position, in: current)
        order.insert(position, in: current)
        for slot in referenceSlots {
            Self.forEachTarget(of: document, slot: slot) { addReferrer(position, of: document.id, to: $0, slot: slot) }
        }
    }

    /// Replaces the document with the same id: it keeps its position and its place in the order.
    mutating func replace(_ document: StoredDocument) {
        guard let position = position(of: document.id) else { return insert(document) }
        let old = table[position]
        for slot in referenceSlots {
            let before = targets(of: old, slot: slot)
            let after = targets(of: document, slot: slot)
            guard before != after else { continue }
            for target in before where !after.contains(target) { removeReferrer(position, of: document.id, from: target, slot: slot) }
            for target in after where !before.contains(target) { addReferrer(position, of: document.id, to: target, slot: slot) }
        }
        table.set(document, at: position)
    }

    /// Removes the document with this id, if there is one.
    mutating func remove(id: String) {
        guard let position = position(of: id) else { return }
        let old = table[position]
        for slot in referenceSlots {
            Self.forEachTarget(of: old, slot: slot) { removeReferrer(position, of: id, from: $0, slot: slot) }
        }
        order.remove(id: id, in: table)
        do {
            // A copy of the table for the index to read ids from, gone before the table changes
            // (two references to its chunks would make the change copy them).
            let current = table
            index.remove(id, in: current)
        }
        table.set(DocumentTable.vacant, at: position)
        freePositions.append(position)
    }

    // MARK: Referrers

    /// The ids a document's `@ref` slot names, each once, in the order written.
    private func targets(of document: StoredDocument, slot: Int) -> [String] {
        var targets: [String] = []
        Self.forEachTarget(of: document, slot: slot) { targets.append($0) }
        return targets
    }

    private static func forEachTarget(of document: StoredDocument, slot: Int, _ body: (String) -> Void) {
        guard slot < document.values.count else { return }
        switch document.values[slot] {
        case .reference(let target):
            body(target)
        case .list(let items):
            var seen: [String] = []
            for case .reference(let target) in items where !seen.contains(target) {
                seen.append(target)
                body(target)
            }
        default:
            break
        }
    }

    private mutating func addReferrer(_ position: Int32, of id: String, to target: String, slot: Int) {
        let table = self.table
        referrers[slot]?.update(target) { positions in
            var list = positions ?? []
            positions = nil  // `list` is now the only reference: it grows in place
            let at = Self.insertionPoint(of: id, in: list, table: table)
            if !(at < list.count && list[at] == position) { list.insert(position, at: at) }
            positions = list
        }
    }

    private mutating func removeReferrer(_ position: Int32, of id: String, from target: String, slot: Int) {
        let table = self.table
        referrers[slot]?.update(target) { positions in
            guard var list = positions else { return }
            positions = nil
            let at = Self.insertionPoint(of: id, in: list, table: table)
            if at < list.count && list[at] == position {
                list.remove(at: at)
            } else if let found = list.firstIndex(of: position) {
                list.remove(at: found)
            }
            positions = list.isEmpty ? nil : list
        }
    }

    /// Where a document with id `id` goes in a list of positions in id order.
    private static func insertionPoint(of id: String, in list: [Int32], table: DocumentTable) -> Int {
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) >> 1
            if idPrecedes(table[list[middle]].id, id) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
