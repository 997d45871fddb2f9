import Foundation
import QuarryExecution
import QuarryStore

/// Executions seen to finish far within the time limit, which a request may run on its own task
/// instead of handing them to a worker thread watched by `Watchdog` (two thread switches and
/// their wake-ups: more than a point lookup itself costs). A request qualifies only without
/// variables: its execution is then a function of the document, the operation and the snapshot,
/// so work that was quick on a snapshot is the same quick work on it again. The first run on a
/// snapshot always goes through the watchdog, and any run slower than `limit` drops the mark.
final class QuickExecutions: @unchecked Sendable {
    /// The longest run still counted as quick.
    let limit: Duration
    private let capacity: Int
    private let lock = NSLock()
    private var entries: [ObjectIdentifier: Entry] = [:]

    /// One document run quickly: the document is kept so that its identifier is not reused, the
    /// snapshot is not (a replaced snapshot is released as usual and then matches nothing).
    private struct Entry {
        let document: PreparedDocument
        let operationName: String?
        weak var snapshot: StoreSnapshot?
    }

    /// `limit` is a tenth of the request time limit, and at most a millisecond.
    init(timeout: Duration, capacity: Int = 1024) {
        limit = min(.milliseconds(1), timeout / 10)
        self.capacity = capacity
    }

    /// Whether `document` ran quickly as `operationName` on `snapshot` without variables.
    func isQuick(_ document: PreparedDocument, operationName: String?, on snapshot: StoreSnapshot) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = entries[ObjectIdentifier(document)] else { return false }
        return entry.document === document && entry.snapshot === snapshot && entry.operationName == operationName
    }

    /// Records a run of `document` without variables that took `duration`: quick from now on
    /// when within `limit`, else no longer quick.
    func record(_ document: PreparedDocument, operationName: String?, on snapshot: StoreSnapshot, duration: Duration) {
        let key = ObjectIdentifier(document)
        lock.lock()
        defer { lock.unlock() }
        guard duration <= limit else {
            entries[key] = nil
            return
        }
        // Past the capacity it starts over: a flood of distinct documents costs one watched run each.
        if entries.count >= capacity { entries = [:] }
        entries[key] = Entry(document: document, operationName: operationName, snapshot: snapshot)
    }
}
