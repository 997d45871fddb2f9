#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import QuarrySchema

/// Types a JSON file in one pass over its bytes, without a tape (issue 4: JSON at 300 MB/s):
/// the reader drives the typing, each value is typed from its bytes where it stands, and a key
/// is matched against the fields where it is read.
///
/// It handles the files a tree is made of: valid JSON whose values all fit the schema. On
/// anything else it gives up and `LoadedFile` reads the file again through `JSONReader` and
/// `DocumentTyper`, which word every error and warning with its position: a syntax error, a
/// value of the wrong type, a missing, duplicate or unknown key, a document without an id, a
/// string with escapes, nesting deeper than `maxDepth`, a field of a shape `SlotPlan` does not
/// plan. Giving up is never an answer of its own, so what a file loads to (values, ids, lines,
/// problems, references and their positions) is the tape path's in every case; this one is
/// only faster where it answers.
struct DirectJSONTyper {
    /// Why the one pass stopped: the tape path decides what the file says.
    struct GiveUp: Error {}

    /// Deeper containers are left to the tape path (which allows `ReadLimits.maxDepth`): the
    /// typing recurses, and a loading thread's stack is small.
    static let maxDepth = 64

    private var scanner: JSONScanner
    private let tables: TypingTables
    private let interner: ValueInterner?
    /// Columns of `@ref` values, computed as they are met (in file order).
    private var columns: JSONColumns
    private var references: [FileReference] = []
    private var depth = 0
    /// The items of the lists being read, moved out at the exact size when a list ends.
    private var items = ItemStack()

    private var base: UnsafePointer<UInt8> { @inline(__always) get { scanner.base } }
    private var n: Int { @inline(__always) get { scanner.n } }
    private var i: Int {
        @inline(__always) get { scanner.i }
        @inline(__always) set { scanner.i = newValue }
    }

    private init(_ buffer: UnsafeBufferPointer<UInt8>, source: [UInt8], tables: TypingTables, interner: ValueInterner?) {
        scanner = JSONScanner(base: buffer.baseAddress!, count: buffer.count)
        self.tables = tables
        self.interner = interner
        columns = JSONColumns(source: source)
    }

    /// What the file at `found` holding `bytes` loads to, or nil when the tape path must say it.
    static func load(
        _ bytes: [UInt8], _ found: DataFiles.Found, collection: TypeID, layouts: SchemaLayouts, interner: ValueInterner?
    ) -> LoadedFile? {
        guard !bytes.isEmpty, bytes.count < Int(UInt32.max) else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            var typer = DirectJSONTyper(buffer, source: bytes, tables: layouts.tables, interner: interner)
            defer { typer.items.release() }
            do throws(GiveUp) {
                return try typer.file(found, collection: collection)
            } catch {
                return nil
            }
        }
    }

    // MARK: - Documents

    /// One document (a mapping) or a list of them, as `LoadedFile.parse` adds them.
    private mutating func file(_ found: DataFiles.Found, collection: TypeID) throws(GiveUp) -> LoadedFile {
        if n >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF { i = 3 }
        scanner.skipWhitespace()
        guard i < n else { throw GiveUp() }
        var loaded = LoadedFile(path: found.path, collection: collection)
        loaded.byteCount = n
        let type = Int(collection.index)
        let idSlot = tables.idKeySlot(type)
        var roots = 0
        // The document that has no `id` key, if one has none: it may take its path for its id,
        // if it is the file's only one.
        var pathless = -1

        func add(_ values: [StoredValue], seen: UInt64, line: Int) throws(GiveUp) {
            var id = ""
            if let idSlot, case .string(let given) = values[idSlot], !given.isEmpty {
                id = given
            } else {
                let hasIDKey = idSlot.map { seen & (1 << UInt64($0)) != 0 } ?? false
                // A second document without an id, or one whose `id` is null or empty, is a problem.
                guard !hasIDKey, pathless < 0 else { throw GiveUp() }
                pathless = loaded.documents.count
            }
            loaded.documents.append(StoredDocument(id: id, values: values, file: found.path, line: Int32(line)))
        }

        if base[i] == UInt8(ascii: "{") {
            roots = 1
            loaded.documents.reserveCapacity(1)
            let line = scanner.line
            let (values, seen) = try object(type, mayOmitID: true)
            try add(values, seen: seen, line: line)
        } else if base[i] == UInt8(ascii: "[") {
            if opensWithItems(closing: UInt8(ascii: "]")) {
                repeat {
                    guard i < n, base[i] == UInt8(ascii: "{") else { throw GiveUp() }
                    roots &+= 1
                    let line = scanner.line
                    let (values, seen) = try object(type, mayOmitID: true)
                    try add(values, seen: seen, line: line)
                } while try nextItem(closing: UInt8(ascii: "]"))
            }
        } else {
            throw GiveUp()
        }
        scanner.skipWhitespace()
        guard i == n else { throw GiveUp() }

        if pathless >= 0 {
            // A lone document without `id` takes its path (PRODUCT.md §3).
            guard roots == 1 else { throw GiveUp() }
            let derived = found.derivedID
            loaded.documents[pathless].id = derived
            if let idSlot { loaded.documents[pathless].values[idSlot] = .string(derived) }
        }
        if loaded.documents.capacity > loaded.documents.count { loaded.documents = Array(loaded.documents[...]) }
        // Without the slack of appending, as `LoadedFile.parse` keeps them.
        loaded.references = references.capacity > references.count ? Array(references[...]) : references
        return loaded
    }

    /// At an opening bracket: skips it and the whitespace after it; false when the container
    /// closes at once (its closing bracket skipped too).
    @inline(__always)
    private mutating func opensWithItems(closing: UInt8) -> Bool {
        i &+= 1
        scanner.skipWhitespace()
        guard i < n && base[i] == closing else { return true }
        i &+= 1
        return false
    }

    /// After an item of a list or an entry of a mapping: true at a comma (skipped, with the
    /// whitespace after it), false at the closing bracket (skipped).
    @inline(__always)
    private mutating func nextItem(closing: UInt8) throws(GiveUp) -> Bool {
        scanner.skipWhitespace()
        guard i < n else { throw GiveUp() }
        if base[i] == UInt8(ascii: ",") {
            i &+= 1
            scanner.skipWhitespace()
            return true
        }
        guard base[i] == closing else { throw GiveUp() }
        i &+= 1
        return false
    }

    // MARK: - Values

    /// The stored values of an object of type `type` at `{`, and the slots its keys named.
    /// An embedded object's values (`mayOmitID` false) are shared through the interner.
    private mutating func object(_ type: Int, mayOmitID: Bool) throws(GiveUp) -> (values: [StoredValue], seen: UInt64) {
        let count = tables.slotCount(type)
        guard count >= 0, count <= 64, depth < DirectJSONTyper.maxDepth else { throw GiveUp() }
        depth &+= 1
        // The values are typed on the item stack (slots of nulls, each set once) and moved into
        // an array of exactly `count` at the end: nothing to release when a slot is set.
        let start = items.count
        items.pushNulls(count)
        var seen: UInt64 = 0
        // Keys mostly come in the schema's order: the slot after the last one matched is tried first.
        var next = 0
        if opensWithItems(closing: UInt8(ascii: "}")) {
            repeat {
                guard i < n, base[i] == UInt8(ascii: "\"") else { throw GiveUp() }
                let slot: Int
                if let length = tables.keyIsAt(base + i + 1, available: n &- i &- 1, type: type, slot: next) {
                    // The expected key, exactly: nothing in it to check.
                    slot = next
                    i &+= length &+ 2
                } else {
                    let key = try plainString()
                    guard let found = tables.slot(of: key, in: type, tryingFirst: next) else { throw GiveUp() }
                    slot = found
                }
                next = slot &+ 1
                let bit: UInt64 = 1 << UInt64(slot)
                guard seen & bit == 0 else { throw GiveUp() }
                seen |= bit
                scanner.skipWhitespace()
                guard i < n, base[i] == UInt8(ascii: ":") else { throw GiveUp() }
                i &+= 1
                scanner.skipWhitespace()
                let field = tables.slot(type, slot)
                // Typed first: typing it may grow the stack (and move it).
                let typed = try value(field.plan, site: field.site)
                items.set(start &+ slot, typed)
            } while try nextItem(closing: UInt8(ascii: "}"))
        }
        depth &-= 1
        var missing = tables.required(type) & ~seen
        if mayOmitID { missing &= ~tables.idSlots(type) }
        guard missing == 0 else { throw GiveUp() }
        return (items.pop(from: start, sharedBy: mayOmitID ? nil : interner), seen)
    }

    /// The value of a field planned by `plan` at `i` (after the colon and the whitespace).
    @inline(__always)
    private mutating func value(_ plan: SlotPlan, site: Int32) throws(GiveUp) -> StoredValue {
        guard plan.isSimple, i < n else { throw GiveUp() }
        if base[i] == UInt8(ascii: "n") {
            guard !plan.nonNull else { throw GiveUp() }
            try null()
            return .null
        }
        guard plan.isList else { return try named(plan.named, site: site) }
        guard base[i] == UInt8(ascii: "["), depth < DirectJSONTyper.maxDepth else { throw GiveUp() }
        depth &+= 1
        let start = items.count
        if opensWithItems(closing: UInt8(ascii: "]")) {
            repeat {
                guard i < n else { throw GiveUp() }
                if base[i] == UInt8(ascii: "n") {
                    guard !plan.itemNonNull else { throw GiveUp() }
                    try null()
                    items.push(.null)
                } else {
                    items.push(try named(plan.named, site: site))
                }
            } while try nextItem(closing: UInt8(ascii: "]"))
        }
        depth &-= 1
        return .list(items.pop(from: start, sharedBy: interner))
    }

    /// A value of the named type `id` at `i`, which is not `null`.
    private mutating func named(_ id: TypeID, site: Int32) throws(GiveUp) -> StoredValue {
        let type = Int(id.index)
        switch tables.shapes[type] {
        case .object:
            guard base[i] == UInt8(ascii: "{") else { throw GiveUp() }
            return .object(try object(type, mayOmitID: false).values)
        case .reference:
            // A @ref: the id of the target document, checked once every collection is read.
            let start = i
            let (line, lineStart) = (scanner.line, scanner.lineStart)
            let target = textString(try scalarText())
            let location = columns.location(atOffset: start, line: line, lineStart: lineStart)
            references.append(FileReference(
                id: target, site: site, line: Int32(clamping: location.line), column: Int32(clamping: location.column)))
            return .reference(target)
        case .enumeration:
            guard let index = tables.enumValue(try scalarText(), in: type) else { throw GiveUp() }
            return .enumValue(Int32(index))
        case .unstorable:
            throw GiveUp()
        case .int:
            guard let value = parseInt32(try number()) else { throw GiveUp() }
            return .int(value)
        case .float:
            let text = try number()
            guard isFloatText(text), let value = Double(String(decoding: text, as: UTF8.self)), value.isFinite else {
                throw GiveUp()
            }
            return .float(value)
        case .boolean:
            if scanner.literalMatches(0x6575_7274, length: 4) {
                i &+= 4
                return .boolean(true)
            }
            guard scanner.literalMatches(0x736C_6166, length: 5) else { throw GiveUp() }
            i &+= 5
            return .boolean(false)
        case .decimal:
            // Plain decimal notation (`35.50`, `-3`), written as a number or a string.
            let text = try scalarText()
            guard !hasExponent(text), let value = DecimalValue(utf8: text) else { throw GiveUp() }
            return .decimal(value)
        case .date:
            guard let value = DateValue(utf8: try scalarText()) else { throw GiveUp() }
            return .date(value)
        case .dateTime:
            guard let value = parseDateTime(try scalarText()) else { throw GiveUp() }
            return .dateTime(value)
        case .text:
            // Longer than a small string (15 bytes), the text is worth sharing.
            let text = try scalarText()
            if let interner, text.count > 15 { return .string(interner.string(text)) }
            return .string(textString(text))
        }
    }

    // MARK: - Scalars

    /// The text of the scalar at `i` as the tape keeps it: a string's content, a number's or a
    /// `true`'s or `false`'s characters. A container or anything else gives up.
    @inline(__always)
    private mutating func scalarText() throws(GiveUp) -> UnsafeBufferPointer<UInt8> {
        let c = base[i]
        if c == UInt8(ascii: "\"") { return try plainString() }
        if c &- UInt8(ascii: "0") < 10 || c == UInt8(ascii: "-") { return try number() }
        let start = i
        if scanner.literalMatches(0x6575_7274, length: 4) {
            i &+= 4
        } else if scanner.literalMatches(0x736C_6166, length: 5) {
            i &+= 5
        } else {
            throw GiveUp()
        }
        return UnsafeBufferPointer(start: base + start, count: i &- start)
    }

    /// A number's characters at `i`; anything else gives up.
    @inline(__always)
    private mutating func number() throws(GiveUp) -> UnsafeBufferPointer<UInt8> {
        let start = i
        let c = base[i]
        guard c &- UInt8(ascii: "0") < 10 || c == UInt8(ascii: "-") else { throw GiveUp() }
        do throws(JSONFailure) { try scanner.scanNumber() } catch { throw GiveUp() }
        return UnsafeBufferPointer(start: base + start, count: i &- start)
    }

    /// The content of the string at `i` (its quote), without escapes; an escape gives up (the
    /// tape path decodes it). Empty text has no address, as the tape's.
    @inline(__always)
    private mutating func plainString() throws(GiveUp) -> UnsafeBufferPointer<UInt8> {
        let open = i
        i &+= 1
        let closed: Bool
        do throws(JSONFailure) { closed = try scanner.scanStringBody(open: open) } catch { throw GiveUp() }
        guard closed else { throw GiveUp() }
        let count = i &- open &- 1
        i &+= 1
        return UnsafeBufferPointer(start: count == 0 ? nil : base + open + 1, count: count)
    }

    @inline(__always)
    private mutating func null() throws(GiveUp) {
        guard scanner.literalMatches(0x6C6C_756E, length: 4) else { throw GiveUp() }
        i &+= 4
    }
}

/// A stack of the items of the lists being typed, in plain memory: a list's items are moved
/// into an array of exactly their number when it ends (no retain, no copy, no slack), and nested
/// lists stack above their parent's items.
private struct ItemStack {
    private var base: UnsafeMutablePointer<StoredValue>?
    private var capacity = 0
    private(set) var count = 0

    @inline(__always)
    mutating func push(_ value: StoredValue) {
        if count == capacity { grow() }
        (base.unsafelyUnwrapped + count).initialize(to: value)
        count &+= 1
    }

    @inline(never)
    private mutating func grow() {
        let larger = max(16, capacity * 2)
        let moved = UnsafeMutablePointer<StoredValue>.allocate(capacity: larger)
        if let base {
            moved.moveInitialize(from: base, count: count)
            base.deallocate()
        }
        base = moved
        capacity = larger
    }

    /// `count` nulls, to be set by `set`.
    @inline(__always)
    mutating func pushNulls(_ nulls: Int) {
        while capacity &- count < nulls { grow() }
        (base.unsafelyUnwrapped + count).initialize(repeating: .null, count: nulls)
        count &+= nulls
    }

    /// Sets the item at `index`, which holds a null (nothing to release).
    @inline(__always)
    mutating func set(_ index: Int, _ value: StoredValue) {
        (base.unsafelyUnwrapped + index).initialize(to: value)
    }

    /// The items from `start` on, as an array (`interner`'s copy when it has one); they leave
    /// the stack.
    @inline(__always)
    mutating func pop(from start: Int, sharedBy interner: ValueInterner?) -> [StoredValue] {
        let length = count &- start
        guard length > 0 else { return [] }
        let source = UnsafeMutableBufferPointer(start: base.unsafelyUnwrapped + start, count: length)
        count = start
        guard let interner else { return ItemStack.array(moving: source) }
        return interner.array(moving: source, make: ItemStack.array(moving:))
    }

    /// An array of exactly these items, moved.
    @inline(__always)
    static func array(moving items: UnsafeMutableBufferPointer<StoredValue>) -> [StoredValue] {
        // Appends after `reserveCapacity`, as `StoredValue.nulls` (for the same reason).
        var list: [StoredValue] = []
        list.reserveCapacity(items.count)
        for index in 0..<items.count { list.append((items.baseAddress! + index).move()) }
        return list
    }

    /// Frees the memory, and the items left by a typing that gave up.
    mutating func release() {
        guard let base else { return }
        base.deinitialize(count: count)
        base.deallocate()
        self.base = nil
        count = 0
        capacity = 0
    }
}
