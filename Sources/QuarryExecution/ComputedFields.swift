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
    /// The whole collection: a copy that retains every index it holds, so the accessors below
    /// read the type, id and values without it.
    public var data: CollectionData { snapshot.collections[collection] }
    public var type: TypeID { snapshot.collections[collection].type }
    public var id: String { snapshot.collections[collection].document(at: position).id }
    public var values: [StoredValue] { snapshot.collections[collection].document(at: position).values }

    /// The stored value of a field of this document by name (nil when not stored).
    public func value(_ field: String) -> StoredValue? {
        guard let index = snapshot.schema[type].fieldIndex(named: field),
              let slot = snapshot.collections[collection].layout.slotOfField[index] else { return nil }
        return values[slot]
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
