import Foundation

/// What one loading thread keeps from file to file while it reads its share of a load: the
/// interner that stores equal values once (shared by the load's readers), the libyaml parser it parses them with
/// (issue 4: per-file allocations are most of a small file's cost), and the files it read that
/// the consuming thread is done with.
///
/// The parser is used by the reading thread only; the interner locks its own stripes;
/// `returned` is locked.
final class ThreadReader: @unchecked Sendable {
    /// The thread's place among the load's readers (0: the consuming thread itself).
    let number: Int
    let interner: ValueInterner
    let yamlParser = ReusableYAMLParser()
    private let lock = NSLock()
    private var returned: [LoadedFile] = []
    /// Emptied by the reading thread only; swapped with `returned`, so neither array is freed.
    private var spare: [LoadedFile] = []

    init(number: Int, interner: ValueInterner) {
        self.number = number
        self.interner = interner
    }

    /// Hands back files this reader read, once the consuming thread has recorded them, and empties
    /// `files`. Their memory is then freed by the thread that allocated it: glibc's `free` of a
    /// block from another thread's arena takes that arena's lock, which the reading thread holds
    /// for its own `malloc`s. In a load of 100 000 files those collisions were nearly all of the
    /// load's `futex` calls (150 to 8 900 a load, by timing; 40 to 560 since; issue 4).
    func giveBack(_ files: inout [LoadedFile]) {
        lock.lock()
        returned.append(contentsOf: files)
        lock.unlock()
        files.removeAll(keepingCapacity: true)
    }

    /// Frees the files handed back so far; called by the reading thread between its batches.
    func freeReturned() {
        lock.lock()
        swap(&returned, &spare)
        lock.unlock()
        spare.removeAll(keepingCapacity: true)
    }
}
