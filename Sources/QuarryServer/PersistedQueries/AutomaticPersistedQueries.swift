import Foundation

/// Apollo's automatic persisted queries (SEMANTICS.md §12.1): query texts registered by their
/// SHA-256, so a client can later send the hash alone. Bounded: when full, the oldest half of the
/// registrations is forgotten (a client that misses simply registers again).
final class AutomaticPersistedQueries: @unchecked Sendable {
    private let capacity: Int
    private let lock = NSLock()
    private var queries: [String: (query: String, registered: Int)] = [:]
    private var registrations = 0

    init(capacity: Int = 10_000) { self.capacity = capacity }

    func query(forHash hash: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return queries[hash]?.query
    }

    /// Registers `query` under `hash`, which the caller has checked.
    func register(_ query: String, hash: String) {
        lock.lock()
        defer { lock.unlock() }
        registrations += 1
        if queries[hash] == nil && queries.count >= capacity {
            let cutoff = registrations - capacity / 2
            queries = queries.filter { $0.value.registered >= cutoff }
        }
        queries[hash] = (query, registrations)
    }
}
