import Foundation
import QuarrySchema
import QuarryStore

/// What a computed field's Swift code receives: the snapshot and the document it is computed
/// for.
public struct ComputedInput: Sendable {
    public let snapshot: StoreSnapshot
    public let collection: Int
    public let position: Int32

    public var document: StoredDocument { snapshot.collections[collection].document(at: position) }
    public var data: CollectionData { snapshot.collections[collection] }

    /// The stored value of a field of this document by name (nil when not stored).
    public func value(_ field: String) -> StoredValue? {
        let type = data.type
        guard let index = snapshot.schema[type].fieldIndex(named: field), let slot = data.layout.slotOfField[index] else {
            return nil
        }
        return document.values[slot]
    }
}

/// The Swift code behind `@computed` fields (PRODUCT.md §1), registered by `Type.field`.
public struct ComputedFields: Sendable {
    public typealias Resolver = @Sendable (ComputedInput) throws -> StoredValue

    public private(set) var resolvers: [String: Resolver] = [:]
    /// Names this set of code among all sets: values a snapshot keeps for one set (computed
    /// columns) are not reused for another.
    public private(set) var identity = ComputedFields.nextIdentity()

    public init() {}

    /// Registers the code for `Type.field`.
    public mutating func register(_ key: String, _ resolver: @escaping Resolver) {
        resolvers[key] = resolver
        identity = Self.nextIdentity()
    }

    private static let identities = IdentityCounter()

    private static func nextIdentity() -> Int { identities.next() }
}

/// A counter shared by threads.
private final class IdentityCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var last = 0

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        last += 1
        return last
    }
}

/// Why computed code could not produce a value: becomes a field error.
public struct FieldFailureReason: Error, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}
