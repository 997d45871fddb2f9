import Foundation

/// Trusted documents (SEMANTICS.md §15.5, GraphQL-over-HTTP persisted documents): the saved
/// queries of `schema/queries/`, each known by `sha256:<hex>` of its file's exact bytes. The files
/// are read again when the list is older than `maxAge`, so an edited or new saved query is found
/// without a restart.
final class TrustedDocuments: @unchecked Sendable {
    private let read: @Sendable () -> [[UInt8]]
    private let maxAge: Duration
    private let lock = NSLock()
    private var documents: [String: String] = [:]
    private var readAt: ContinuousClock.Instant?

    /// `read` returns the documents' bytes.
    init(maxAge: Duration = .seconds(1), read: @escaping @Sendable () -> [[UInt8]]) {
        self.read = read
        self.maxAge = maxAge
    }

    /// The document named by `id` (`sha256:<hex>`, the hex lowercase), or nil.
    func document(id: String) -> String? {
        guard id.hasPrefix("sha256:") else { return nil }
        return document(hash: String(id.dropFirst("sha256:".count)))
    }

    /// The document whose bytes hash to `hash`, or nil.
    func document(hash: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        let now = ContinuousClock.now
        if readAt.map({ now - $0 > maxAge }) ?? true {
            documents = Dictionary(read().map { (sha256Hex($0), String(decoding: $0, as: UTF8.self)) },
                                   uniquingKeysWith: { first, _ in first })
            readAt = now
        }
        return documents[hash]
    }
}
