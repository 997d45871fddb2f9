/// The number of each recorded file by its path: an open-addressing table of file numbers only,
/// 4 bytes a slot, whose paths are read from the records (`path(of:)`) instead of kept a second
/// time as keys: a dictionary from path to number costs 20 bytes a slot for the same (issue 4:
/// a tree of 100 000 files). Linear probing, at most half full; a removal shifts the entries
/// after it back, so no slot is ever left marked as deleted.
struct FileNumbers {
    private var slots: [Int32] = []
    private(set) var count = 0

    /// The number of the file at `path`.
    func find(_ path: String, path pathOf: (Int32) -> String) -> Int32? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var slot = Self.home(of: path, mask: mask)
        while slots[slot] >= 0 {
            if sameID(pathOf(slots[slot]), path) { return slots[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Adds `file`, whose record (read by `pathOf`) has the path `path`, not yet in the table.
    mutating func insert(_ file: Int32, at path: String, path pathOf: (Int32) -> String) {
        if (count + 1) * 2 > slots.count { grow(pathOf) }
        let mask = slots.count - 1
        var slot = Self.home(of: path, mask: mask)
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = file
        count += 1
    }

    /// Removes the file at `path`, if there is one; the records of the others are still readable.
    mutating func remove(_ path: String, path pathOf: (Int32) -> String) {
        guard !slots.isEmpty else { return }
        let mask = slots.count - 1
        var hole = Self.home(of: path, mask: mask)
        while slots[hole] >= 0 && !sameID(pathOf(slots[hole]), path) { hole = (hole + 1) & mask }
        guard slots[hole] >= 0 else { return }
        count -= 1
        // Each later entry of the run moves into the hole unless its home lies after the hole
        // (cyclically), where a search for it would never pass the hole.
        var next = hole
        while true {
            next = (next + 1) & mask
            guard slots[next] >= 0 else { break }
            let home = Self.home(of: pathOf(slots[next]), mask: mask)
            let stays = hole <= next ? (hole < home && home <= next) : (hole < home || home <= next)
            if stays { continue }
            slots[hole] = slots[next]
            hole = next
        }
        slots[hole] = -1
    }

    private mutating func grow(_ pathOf: (Int32) -> String) {
        let old = slots
        slots = [Int32](repeating: -1, count: max(16, old.count * 2))
        let mask = slots.count - 1
        for file in old where file >= 0 {
            var slot = Self.home(of: pathOf(file), mask: mask)
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = file
        }
    }

    private static func home(of path: String, mask: Int) -> Int { Int(truncatingIfNeeded: idHash(path)) & mask }
}
