#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The untyped content of one data file, as the YAML and JSON readers leave it: a flat array of
/// 16-byte node records in document order, the text of scalars, and the documents the file holds.
///
/// A sequence is followed by its elements, a mapping by its entries (key node, then value node),
/// each element or value followed by its own subtree. Every container knows where its subtree
/// ends, so a consumer skips a value in O(1). Scalar text is a range of the file's own bytes when
/// it is written as is (JSON strings without escapes, numbers and literals; YAML plain and quoted
/// scalars on one line without escapes) and a range of a side buffer of decoded bytes otherwise
/// (JSON escapes; YAML escapes, `''`, folded lines and block scalars, as libyaml decodes them).
/// Text is always valid UTF-8. A tape costs 16 bytes a node plus the decoded text, and keeps a
/// reference to the file's bytes.
///
/// Nothing is typed here: `NO`, `0755`, `1e3` and `"42"` are all text with a style. The schema
/// types them later (PRODUCT.md §3, SEMANTICS.md §1.2–1.3). What typing needs is kept: the kind,
/// the style (plain or quoted, JSON number or string), the exact text, and the position.
public struct DataTape: Sendable {
    /// The syntax a tape was read from.
    public enum Format: UInt8, Sendable {
        case yaml, json
    }

    /// What a node is.
    public enum Kind: UInt8, Sendable {
        /// YAML: a plain `null`, `Null`, `NULL`, `~` or empty value (not `!!str`-tagged);
        /// JSON: `null`. The written text is kept (`text(_:)` is `"~"`, `""`, ...).
        case null = 0
        /// Any other scalar: YAML text of any style, a JSON string, number, `true` or `false`.
        case scalar = 1
        case sequence = 2
        case mapping = 3
    }

    /// How a node is written.
    public enum Style: UInt8, Sendable {
        // YAML scalars.
        case plain = 0, singleQuoted = 1, doubleQuoted = 2, literal = 3, folded = 4
        // JSON scalars.
        case string = 5, number = 6, trueLiteral = 7, falseLiteral = 8, nullLiteral = 9
        // Containers: YAML block or flow; JSON arrays and objects are `.flow`.
        case block = 10, flow = 11
    }

    /// A node of this tape. Nodes are ordered as they appear in the file (aliases' copies come
    /// where the alias is). Only meaningful with the tape that produced it.
    public struct Node: Hashable, Comparable, Sendable, CustomStringConvertible {
        @usableFromInline let raw: UInt32

        @inlinable init(_ raw: UInt32) { self.raw = raw }

        /// Position of the node in the tape, from 0.
        @inlinable public var index: Int { Int(raw) }

        @inlinable public static func < (lhs: Node, rhs: Node) -> Bool { lhs.raw < rhs.raw }

        public var description: String { "#\(raw)" }
    }

    @usableFromInline let storage: TapeStorage

    init(storage: TapeStorage) {
        self.storage = storage
    }

    // MARK: - The file

    public var format: Format { storage.format }

    /// The root node of each document, in order: one for a JSON file; for YAML one per document
    /// of the stream (none for an empty file or one holding only comments; an empty document
    /// after `---` is a `.null` node with empty text).
    public var documents: [Node] { storage.documents.map(Node.init) }

    /// Number of nodes, aliases' copies included.
    public var nodeCount: Int { storage.count }

    /// The bytes the tape was read from.
    public var source: [UInt8] { storage.source }

    /// Bytes of decoded text held besides the source (escapes, YAML scalars).
    public var decodedByteCount: Int { storage.decodedCount }

    /// All nodes, in tape order.
    public var nodes: some RandomAccessCollection<Node> {
        (0..<UInt32(truncatingIfNeeded: storage.count)).lazy.map(Node.init)
    }

    @inlinable @inline(__always)
    func record(_ node: Node) -> TapeRecord {
        precondition(Int(node.raw) < storage.count, "node from another tape")
        return storage.records[Int(node.raw)]
    }

    // MARK: - Kind and style

    @inlinable public func kind(_ node: Node) -> Kind {
        Kind(rawValue: record(node).kindRaw).unsafelyUnwrapped
    }

    @inlinable public func style(_ node: Node) -> Style {
        Style(rawValue: record(node).styleRaw).unsafelyUnwrapped
    }

    @inlinable public func isNull(_ node: Node) -> Bool { record(node).kindRaw == Kind.null.rawValue }

    @inlinable public func isScalar(_ node: Node) -> Bool { record(node).kindRaw == Kind.scalar.rawValue }

    @inlinable public func isSequence(_ node: Node) -> Bool { record(node).kindRaw == Kind.sequence.rawValue }

    @inlinable public func isMapping(_ node: Node) -> Bool { record(node).kindRaw == Kind.mapping.rawValue }

    /// Whether a scalar is written unquoted, so that the schema may read it as a number, a
    /// boolean or null: a YAML plain scalar without an explicit `!!str` (or `!`) tag; a JSON
    /// number, `true`, `false` or `null`. Quoted and block YAML scalars and JSON strings are not.
    @inlinable public func isPlain(_ node: Node) -> Bool {
        let record = record(node)
        switch record.styleRaw {
        case Style.plain.rawValue: return record.word & TapeRecord.explicitStringFlag == 0
        case Style.number.rawValue, Style.trueLiteral.rawValue, Style.falseLiteral.rawValue,
             Style.nullLiteral.rawValue:
            return true
        default: return false
        }
    }

    /// Whether a YAML scalar carries an explicit `!!str` (or non-specific `!`) tag. Other tags
    /// are ignored by the reader.
    @inlinable public func isExplicitString(_ node: Node) -> Bool {
        record(node).word & TapeRecord.explicitStringFlag != 0
    }

    // MARK: - Structure

    /// Elements of a sequence, entries of a mapping; 0 for scalars and nulls.
    @inlinable public func count(_ node: Node) -> Int {
        let record = record(node)
        return record.isContainer ? Int(record.b) : 0
    }

    /// The first node after `node`'s subtree (its next sibling if it has one): skipping a value
    /// is O(1). For the last node of the tape it is `nodeCount`, not a valid node.
    @inlinable public func end(_ node: Node) -> Node {
        let record = record(node)
        return record.isContainer ? Node(record.a) : Node(node.raw &+ 1)
    }

    /// The elements of a sequence (nothing for other kinds).
    @inlinable public func elements(_ node: Node) -> Elements {
        let record = record(node)
        guard record.kindRaw == Kind.sequence.rawValue else { return Elements(storage: storage, next: 0, end: 0) }
        return Elements(storage: storage, next: node.raw &+ 1, end: record.a)
    }

    /// The entries of a mapping, key then value, in the file's order, duplicates included
    /// (nothing for other kinds).
    @inlinable public func entries(_ node: Node) -> Entries {
        let record = record(node)
        guard record.kindRaw == Kind.mapping.rawValue else { return Entries(storage: storage, next: 0, end: 0) }
        return Entries(storage: storage, next: node.raw &+ 1, end: record.a)
    }

    /// The value of the first entry whose key is a scalar with exactly this text.
    public func value(forKey key: String, in mapping: Node) -> Node? {
        for entry in entries(mapping) where kind(entry.key) != .sequence && kind(entry.key) != .mapping {
            if text(entry.key, equals: key) { return entry.value }
        }
        return nil
    }

    public struct Elements: Sequence, IteratorProtocol, Sendable {
        @usableFromInline let storage: TapeStorage
        @usableFromInline var cursor: UInt32
        @usableFromInline let end: UInt32

        @inlinable init(storage: TapeStorage, next: UInt32, end: UInt32) {
            self.storage = storage
            self.cursor = next
            self.end = end
        }

        @inlinable public mutating func next() -> Node? {
            guard cursor < end else { return nil }
            let node = cursor
            let record = storage.records[Int(node)]
            cursor = record.isContainer ? record.a : node &+ 1
            return Node(node)
        }
    }

    public struct Entry: Hashable, Sendable {
        public let key: Node
        public let value: Node

        @inlinable init(key: Node, value: Node) {
            self.key = key
            self.value = value
        }
    }

    public struct Entries: Sequence, IteratorProtocol, Sendable {
        @usableFromInline let storage: TapeStorage
        @usableFromInline var cursor: UInt32
        @usableFromInline let end: UInt32

        @inlinable init(storage: TapeStorage, next: UInt32, end: UInt32) {
            self.storage = storage
            self.cursor = next
            self.end = end
        }

        @inlinable public mutating func next() -> Entry? {
            guard cursor < end else { return nil }
            let key = cursor
            let keyRecord = storage.records[Int(key)]
            let value = keyRecord.isContainer ? keyRecord.a : key &+ 1
            let valueRecord = storage.records[Int(value)]
            cursor = valueRecord.isContainer ? valueRecord.a : value &+ 1
            return Entry(key: Node(key), value: Node(value))
        }
    }

    // MARK: - Text

    /// The UTF-8 text of a scalar or null as read (decoded escapes, YAML folding and block
    /// indentation applied); empty for containers. The buffer is valid only inside `body`.
    @inlinable
    public func withText<R, E: Error>(
        _ node: Node, _ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R
    ) throws(E) -> R {
        let record = record(node)
        if record.isContainer || record.b == 0 {
            return try body(UnsafeBufferPointer(start: nil, count: 0))
        }
        if record.word & TapeRecord.decodedFlag != 0 {
            return try body(UnsafeBufferPointer(start: storage.decoded.unsafelyUnwrapped + Int(record.a), count: Int(record.b)))
        }
        // The source array lives as long as the storage; its buffer does not move.
        let buffer: UnsafeBufferPointer<UInt8> = storage.source.withUnsafeBufferPointer { source in
            UnsafeBufferPointer(start: source.baseAddress.map { $0 + Int(record.a) }, count: Int(record.b))
        }
        return try body(buffer)
    }

    /// The text of a scalar or null as a `String` (allocates for more than 15 bytes).
    public func text(_ node: Node) -> String {
        withText(node, textString)
    }

    /// Length of the text in bytes.
    @inlinable public func textByteCount(_ node: Node) -> Int {
        let record = record(node)
        return record.isContainer ? 0 : Int(record.b)
    }

    /// Whether a node's text is exactly these bytes (no `String` is made).
    @inlinable
    public func text(_ node: Node, equals bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        withText(node) { mine in
            guard mine.count == bytes.count else { return false }
            if mine.count == 0 { return true }
            return memcmp(mine.baseAddress!, bytes.baseAddress!, mine.count) == 0
        }
    }

    /// Whether a node's text is exactly this string, compared as UTF-8 bytes (no allocation for
    /// native strings): the way to match a mapping key against a field name.
    @inlinable
    public func text(_ node: Node, equals string: String) -> Bool {
        if let result = string.utf8.withContiguousStorageIfAvailable({ text(node, equals: $0) }) {
            return result
        }
        return withText(node) { $0.elementsEqual(string.utf8) }
    }

    @inlinable
    public func text(_ node: Node, equals bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { text(node, equals: $0) }
    }

    // MARK: - Positions

    /// Where a node starts: the first character of a scalar (its quote or tag for a YAML quoted
    /// or tagged scalar), a `[`/`{` or the first key or `-` of a block collection. An alias's
    /// copy is placed at the alias; the nodes inside the copy keep the anchored value's
    /// positions. JSON columns are computed here, so reading never pays for them.
    public func location(of node: Node) -> DataLocation {
        var locator = Locator(tape: self)
        return locator.location(of: node)
    }

    /// Resolves many locations of one tape cheaply when asked in increasing node order (as a
    /// walk over the tape does): each JSON column continues from the previous one on the line.
    public func locator() -> Locator { Locator(tape: self) }

    public struct Locator {
        let tape: DataTape
        var columns: JSONColumns

        init(tape: DataTape) {
            self.tape = tape
            columns = JSONColumns(source: tape.storage.source)
        }

        public mutating func location(of node: Node) -> DataLocation {
            let record = tape.record(node)
            if tape.storage.format == .yaml {
                return DataLocation(line: Int(record.pos), column: Int(record.extra))
            }
            return columns.location(atOffset: Int(record.pos), line: record.extra == TapeRecord.extraMax ? nil : Int(record.extra))
        }
    }
}
