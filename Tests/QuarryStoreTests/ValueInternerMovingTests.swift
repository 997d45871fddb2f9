import QuarrySchema
import Testing

@testable import QuarryStore

/// `ValueInterner.array(moving:make:)`: an array is made only for values not seen before; a
/// repeat gets the stored array, and the items it was given are destroyed, not leaked or kept.
@Suite struct ValueInternerMovingTests {
    /// Moves `values` into a fresh buffer and interns them; also says whether `make` ran.
    static func intern(_ values: [StoredValue], in interner: ValueInterner) -> (array: [StoredValue], made: Bool) {
        let buffer = UnsafeMutableBufferPointer<StoredValue>.allocate(capacity: max(values.count, 1))
        defer { buffer.deallocate() }
        _ = buffer.initialize(from: values)
        var made = false
        let array = interner.array(moving: UnsafeMutableBufferPointer(rebasing: buffer[0..<values.count])) { items in
            made = true
            return items.map { $0 }.withUnsafeBufferPointer { copy in
                items.baseAddress!.deinitialize(count: items.count)
                return Array(copy)
            }
        }
        return (array, made)
    }

    static func storage(_ array: [StoredValue]) -> UnsafeRawPointer? {
        array.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }

    @Test func aRepeatGetsTheStoredArrayWithoutMakingOne() {
        let interner = ValueInterner()
        let values: [StoredValue] = [.string("a note longer than fifteen bytes"), .int(3), .decimal(DecimalValue(significand: 3550, scale: 2))]
        let first = Self.intern(values, in: interner)
        let second = Self.intern(values, in: interner)
        #expect(first.made)
        #expect(!second.made)
        #expect(Self.storage(first.array) == Self.storage(second.array))
        #expect(first.array.count == 3)
        // The same array as `array(_:)` shares.
        #expect(Self.storage(interner.array(values)) == Self.storage(first.array))
    }

    @Test func theWrittenFormDecides() {
        let interner = ValueInterner()
        let first = Self.intern([.decimal(DecimalValue(significand: 3550, scale: 2))], in: interner)
        let second = Self.intern([.decimal(DecimalValue(significand: 355, scale: 1))], in: interner)
        #expect(second.made)
        #expect(Self.storage(first.array) != Self.storage(second.array))
    }

    @Test func containersAndEmptyItemsAreNotShared() {
        let interner = ValueInterner()
        let nested: [StoredValue] = [.int(1), .list([.int(2)])]
        let first = Self.intern(nested, in: interner)
        let second = Self.intern(nested, in: interner)
        #expect(first.made && second.made)
        #expect(Self.storage(first.array) != Self.storage(second.array))
        let empty = Self.intern([], in: interner)
        #expect(empty.array.isEmpty && !empty.made)
    }
}
