#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import QuarrySchema

/// What typing reads for every value, laid out flat once per schema: slots as trivial records in
/// plain memory, keys and enum names as byte ranges of one buffer, required fields as bit masks.
/// Typing a field then costs no retain, no copy of a `FieldLayout.Slot` (three references) and no
/// array bounds check; `FieldLayout` stays the readable description the rest of the store uses.
/// Immutable after `init`, so shared by every loading thread.
final class TypingTables: @unchecked Sendable {
    /// One stored field of an object type, as typing needs it.
    struct HotSlot {
        var keyStart: Int32
        var keyCount: Int32
        var plan: SlotPlan
        /// The field's reference site (see `referenceSites`) when its values are `@ref`s, else -1.
        var site: Int32
        /// A key of at most 8 printable ASCII bytes other than `"` and `\`, as a little-endian
        /// word; 0 for other keys. JSON writes such a key as it is, so `"key"` in a file is
        /// these bytes then a quote (see `keyIsAt`).
        var keyWord: UInt64 = 0
    }

    /// A byte range of `bytes`.
    struct Name {
        var start: Int32
        var count: Int32
    }

    /// Per type index: where its slots start in `slots`, and how many (-1: no layout).
    private let slotStart: UnsafeMutablePointer<Int32>
    private let slotCount: UnsafeMutablePointer<Int32>
    /// Per type index: the slots holding a required field (first 64 slots), and the `id` field's.
    private let requiredMask: UnsafeMutablePointer<UInt64>
    private let idMask: UnsafeMutablePointer<UInt64>
    private let idKeySlots: UnsafeMutablePointer<Int32>
    let shapes: UnsafeMutablePointer<ValueShape>
    /// Per type index: its enum values' names in `enumNames` (start, count).
    private let enumStart: UnsafeMutablePointer<Int32>
    private let enumCount: UnsafeMutablePointer<Int32>
    private let enumNames: UnsafeMutablePointer<Name>
    private let slots: UnsafeMutablePointer<HotSlot>
    private let bytes: UnsafeMutablePointer<UInt8>
    private let typeCount: Int
    /// The distinct (target type, `Type.field`) of `@ref` fields, numbered: a reference stores
    /// the number instead of its own copy of the field's name.
    let referenceSites: [(target: TypeID, path: String)]

    init(schema: Schema, layouts: [FieldLayout?], shapes shapeList: [ValueShape]) {
        typeCount = schema.types.count
        slotStart = .allocate(capacity: max(typeCount, 1))
        slotCount = .allocate(capacity: max(typeCount, 1))
        requiredMask = .allocate(capacity: max(typeCount, 1))
        idMask = .allocate(capacity: max(typeCount, 1))
        idKeySlots = .allocate(capacity: max(typeCount, 1))
        shapes = .allocate(capacity: max(typeCount, 1))
        enumStart = .allocate(capacity: max(typeCount, 1))
        enumCount = .allocate(capacity: max(typeCount, 1))
        var hot: [HotSlot] = []
        var names: [Name] = []
        var text: [UInt8] = []
        var sites: [(TypeID, String)] = []
        func add(_ utf8: [UInt8]) -> Name {
            defer { text += utf8 }
            return Name(start: Int32(text.count), count: Int32(utf8.count))
        }
        for (index, type) in schema.types.enumerated() {
            (shapes + index).initialize(to: shapeList[index])
            enumStart[index] = Int32(names.count)
            enumCount[index] = 0
            if type.kind == .enumeration {
                for value in type.enumValues { names.append(add(Array(value.name.utf8))) }
                enumCount[index] = Int32(type.enumValues.count)
            }
            slotStart[index] = Int32(hot.count)
            requiredMask[index] = 0
            idMask[index] = 0
            idKeySlots[index] = -1
            guard let layout = layouts[index] else {
                slotCount[index] = -1
                continue
            }
            slotCount[index] = Int32(layout.slots.count)
            idKeySlots[index] = layout.idSlot.map(Int32.init) ?? -1
            for (slot, field) in layout.slots.enumerated() {
                let key = add(field.key)
                var site: Int32 = -1
                let target = field.type.namedType
                if shapeList[Int(target.index)] == .reference {
                    site = Int32(sites.count)
                    sites.append((target, "\(type.name).\(field.name)"))
                }
                hot.append(HotSlot(keyStart: key.start, keyCount: key.count, plan: field.plan, site: site,
                                   keyWord: TypingTables.keyWord(field.key)))
                guard slot < 64 else { continue }
                if field.type.isNonNull { requiredMask[index] |= 1 << UInt64(slot) }
                if field.name == "id" { idMask[index] |= 1 << UInt64(slot) }
            }
        }
        slots = .allocate(capacity: max(hot.count, 1))
        slots.initialize(from: hot, count: hot.count)
        enumNames = .allocate(capacity: max(names.count, 1))
        enumNames.initialize(from: names, count: names.count)
        bytes = .allocate(capacity: max(text.count, 1))
        bytes.initialize(from: text, count: text.count)
        referenceSites = sites
    }

    deinit {
        for pointer in [slotStart, slotCount, enumStart, enumCount, idKeySlots] { pointer.deallocate() }
        requiredMask.deallocate()
        idMask.deallocate()
        shapes.deallocate()
        enumNames.deallocate()
        slots.deallocate()
        bytes.deallocate()
    }

    /// `key` as a word for `keyIsAt`, or 0.
    static func keyWord(_ key: [UInt8]) -> UInt64 {
        guard !key.isEmpty, key.count <= 8,
              key.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") })
        else { return 0 }
        return key.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
    }

    /// Whether the JSON text at `text` (`available` bytes, after an opening quote) is the key
    /// of `slot` of `type` and its closing quote: keys mostly come in the schema's order, and
    /// the expected one is matched with a load and a compare, before the string is scanned.
    /// Only for keys of 8 bytes at most (`keyWord`); `available` of 9 at least, so that the
    /// word and the quote after a shorter key lie in the text.
    @inline(__always)
    func keyIsAt(_ text: UnsafePointer<UInt8>, available: Int, type: Int, slot: Int) -> Int? {
        guard slot < Int(slotCount[type]), available > 8 else { return nil }
        let hot = slots[Int(slotStart[type]) &+ slot]
        let count = Int(hot.keyCount)
        guard hot.keyWord != 0, text[count] == UInt8(ascii: "\"") else { return nil }
        let mask: UInt64 = count == 8 ? ~0 : (1 &<< UInt64(count &* 8)) &- 1
        let word = UInt64(littleEndian: UnsafeRawPointer(text).loadUnaligned(as: UInt64.self))
        return word & mask == hot.keyWord ? count : nil
    }

    /// The number of slots of a type's layout, -1 when it has none.
    @inline(__always) func slotCount(_ type: Int) -> Int { Int(slotCount[type]) }

    @inline(__always) func slot(_ type: Int, _ slot: Int) -> HotSlot { slots[Int(slotStart[type]) &+ slot] }

    @inline(__always) func required(_ type: Int) -> UInt64 { requiredMask[type] }

    @inline(__always) func idSlots(_ type: Int) -> UInt64 { idMask[type] }

    /// The slot read from the key `id` (the `id` field's, unless a `@key` renamed it).
    func idKeySlot(_ type: Int) -> Int? { idKeySlots[type] >= 0 ? Int(idKeySlots[type]) : nil }

    /// The slot of `type` whose key is `text`, trying `first` before the others.
    @inline(__always)
    func slot(of text: UnsafeBufferPointer<UInt8>, in type: Int, tryingFirst first: Int) -> Int? {
        let start = Int(slotStart[type])
        let count = Int(slotCount[type])
        if first < count && matches(slots[start &+ first], text) { return first }
        var slot = 0
        while slot < count {
            if slot != first && matches(slots[start &+ slot], text) { return slot }
            slot &+= 1
        }
        return nil
    }

    @inline(__always)
    private func matches(_ slot: HotSlot, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        // Field names are never empty: a container's (empty) text matches nothing.
        guard Int(slot.keyCount) == text.count, let base = text.baseAddress else { return false }
        let key = bytes + Int(slot.keyStart)
        return key[0] == base[0] && memcmp(key, base, text.count) == 0
    }

    /// The index of the value of enum `type` named `text`.
    @inline(__always)
    func enumValue(_ text: UnsafeBufferPointer<UInt8>, in type: Int) -> Int? {
        guard let base = text.baseAddress else { return nil }
        let start = Int(enumStart[type])
        for index in 0..<Int(enumCount[type]) {
            let name = enumNames[start &+ index]
            if Int(name.count) == text.count && memcmp(bytes + Int(name.start), base, text.count) == 0 { return index }
        }
        return nil
    }
}
