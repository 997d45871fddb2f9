import CLibYAML

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads YAML into a `DataTape` through libyaml's event API (`yaml_parser_parse`), without
/// building any intermediate tree.
///
/// - Every scalar keeps its style and its text as libyaml decodes it: quotes removed, escapes
///   (`"\U0001F600"`) decoded, `''` unescaped, plain and folded line folding applied, block
///   scalars with their line breaks, relative indentation and chomping (`|`, `|-`, `|+`).
/// - Nothing is resolved YAML 1.1-style: `NO`, `0755`, `1e3`, `on` are plain text for the schema
///   to type. The one resolution done here is null: a plain `null`, `Null`, `NULL`, `~` or empty
///   scalar is a `.null` node (SEMANTICS.md §1.2); quoted `"null"` or `''` are text.
/// - Tags: `!!str` (and the non-specific `!`) make a scalar text even when plain (`!!str 0755`,
///   `!!str null`); every other tag (`!!int`, `!!binary`, `!custom`, on scalars or collections)
///   is ignored and the value is read as if untagged.
/// - Anchors and aliases: an alias becomes a copy of the anchored value (anchors are scoped to
///   their document; a later anchor of the same name replaces an earlier one). An alias of an
///   unknown anchor, or of a collection from inside itself, is an error. The copies of a file may
///   add at most `max(ReadLimits.aliasNodeFloor, ReadLimits.aliasNodeRatio × nodes in the file)`
///   nodes: a "billion laughs" file fails at the alias that crosses the limit.
/// - Merge keys (`<<: *base`, YAML 1.1) are not merged: `<<` is an ordinary key.
/// - Duplicate keys are kept, in order; non-scalar keys (`? [a, b]`) are kept as they are. The
///   typing layer reports both.
/// - Nesting deeper than `ReadLimits.maxDepth` (aliases' copies included) is an error.
///
/// Positions are libyaml's marks (0-based line and column, counted in characters), made
/// 1-based. libyaml's own errors keep its wording (`mapping values are not allowed in this
/// context`), with the context it gives (`... (while parsing a block mapping at 1:1)`); invalid
/// UTF-8 is `invalid leading UTF-8 octet 0xFF` at the byte.
public enum YAMLReader {
    public static func read(_ bytes: [UInt8], limits: ReadLimits = .standard) throws(ReadError) -> DataTape {
        try read(bytes, limits: limits, parser: nil)
    }

    /// The same with the libyaml parser `parser` (one thread's, reused from file to file), or a
    /// new one when nil.
    static func read(_ bytes: [UInt8], limits: ReadLimits = .standard, parser: ReusableYAMLParser?) throws(ReadError) -> DataTape {
        guard bytes.count < Int(UInt32.max) else {
            throw ReadError(message: "file is too large to read (4 GiB at most)", location: DataLocation(line: 1, column: 1))
        }
        var composer = TapeComposer(bytes: bytes, limits: limits)
        defer { composer.deallocate() }
        do throws(ReadError) {
            try LibYAMLSession.run(bytes, parser: parser) { (event, source) throws(ReadError) in
                try composer.handle(event, source)
            }
        } catch {
            composer.builder.discard()
            throw error
        }
        return DataTape(storage: composer.builder.finish(source: bytes, documents: composer.documents, format: .yaml))
    }

    /// The bare libyaml event scan the load target is measured against: parses every event of
    /// the stream and counts them, building nothing, with a parser made for the file as a
    /// plain libyaml program would.
    public static func scanEvents(_ bytes: [UInt8]) throws(ReadError) -> Int {
        var events = 0
        try LibYAMLSession.run(bytes, parser: nil) { (_, _) throws(ReadError) in events += 1 }
        return events
    }
}

/// One libyaml parser over one byte array, events handed to a closure one at a time with the
/// bytes. The parser lives on the heap: libyaml keeps a pointer to it for its string input.
enum LibYAMLSession {
    /// Parses with `kept` (reset afterwards for its next file), or with a parser made and freed here.
    static func run(
        _ bytes: [UInt8], parser kept: ReusableYAMLParser?,
        _ body: (UnsafePointer<yaml_event_t>, UnsafeBufferPointer<UInt8>) throws(ReadError) -> Void
    ) throws(ReadError) {
        if let kept {
            guard let parser = kept.start() else {
                throw ReadError(message: "out of memory", location: DataLocation(line: 1, column: 1))
            }
            defer { kept.finish() }
            try run(bytes, parser, body)
            return
        }
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) != 0 else {
            throw ReadError(message: "out of memory", location: DataLocation(line: 1, column: 1))
        }
        defer { yaml_parser_delete(parser) }
        try run(bytes, parser, body)
    }

    /// Parses `bytes` with `parser`, initialized and without input.
    private static func run(
        _ bytes: [UInt8], _ parser: UnsafeMutablePointer<yaml_parser_t>,
        _ body: (UnsafePointer<yaml_event_t>, UnsafeBufferPointer<UInt8>) throws(ReadError) -> Void
    ) throws(ReadError) {
        var failure: ReadError?
        // The event on the stack: one allocation fewer per file.
        withUnsafeTemporaryAllocation(of: yaml_event_t.self, capacity: 1) { events in
            let event = events.baseAddress.unsafelyUnwrapped
            bytes.withUnsafeBufferPointer { buffer in
                // libyaml wants a non-null pointer even for no bytes.
                var empty: UInt8 = 0
                withUnsafePointer(to: &empty) { emptyPointer in
                    yaml_parser_set_input_string(parser, buffer.baseAddress ?? emptyPointer, buffer.count)
                    while true {
                        guard yaml_parser_parse(parser, event) != 0 else {
                            failure = libyamlError(parser.pointee, buffer)
                            return
                        }
                        let type = event.pointee.type
                        do throws(ReadError) {
                            try body(event, buffer)
                        } catch {
                            yaml_event_delete(event)
                            failure = error
                            return
                        }
                        yaml_event_delete(event)
                        if type == YAML_STREAM_END_EVENT { return }
                    }
                }
            }
        }
        if let failure { throw failure }
    }

    /// libyaml's error as a `ReadError`, in libyaml's words.
    static func libyamlError(_ parser: yaml_parser_t, _ bytes: UnsafeBufferPointer<UInt8>) -> ReadError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        switch parser.error {
        case YAML_READER_ERROR:
            // Invalid UTF-8 or a control character: libyaml gives a byte offset, not a mark.
            var message = problem
            if parser.problem_value >= 0 {
                if problem.contains("octet") {
                    let digits = String(parser.problem_value, radix: 16, uppercase: true)
                    message += " 0x" + (digits.count < 2 ? "0" : "") + digits
                } else {
                    let digits = String(parser.problem_value, radix: 16, uppercase: true)
                    message += " (U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits + ")"
                }
            }
            return ReadError(
                message: message,
                location: TextPosition.location(ofOffset: parser.problem_offset, in: bytes, yamlBreaks: true))
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
            var message = problem
            if let context = parser.context {
                let mark = parser.context_mark
                message += " (\(String(cString: context)) at \(mark.line + 1):\(mark.column + 1))"
            }
            return ReadError(
                message: message,
                location: DataLocation(line: parser.problem_mark.line + 1, column: parser.problem_mark.column + 1))
        case YAML_MEMORY_ERROR:
            return ReadError(message: "out of memory", location: DataLocation(line: 1, column: 1))
        default:
            return ReadError(
                message: problem,
                location: DataLocation(line: parser.problem_mark.line + 1, column: parser.problem_mark.column + 1))
        }
    }
}

/// Turns libyaml events into tape records.
struct TapeComposer {
    /// An open sequence or mapping. Trivial, so the stack is plain memory.
    struct Open {
        var index: UInt32
        var children: UInt32
        /// Containers nested in the children, the deepest path (0 for scalars only).
        var childHeight: UInt32
        var hasAnchor: Bool
    }

    struct Anchor {
        var node: UInt32
        var complete: Bool
        /// Containers nested in the value, itself included (0 for a scalar).
        var height: UInt32
    }

    var builder: TapeBuilder
    var documents: [UInt32] = []
    var stack: UnsafeMutablePointer<Open>
    var stackCapacity = 16
    var depth = 0
    var anchors: [String: Anchor] = [:]
    /// Names of the anchors on open containers, innermost last.
    var openAnchors: [String] = []
    /// Nodes made from events, and nodes made by copying anchored values.
    var written = 0
    var copied = 0
    let limits: ReadLimits
    /// libyaml's marks count characters; this pair maps the last one seen to a byte offset, so
    /// that a scalar written as is can be a range of the file's bytes instead of a copy. Only
    /// moves forward (scalars end in increasing order). Off for UTF-16 input.
    var markCharacters = 0
    var markBytes = 0
    let sourceIsUTF8: Bool
    /// Before `asciiEnd` (a byte offset), byte = character + `asciiShift` (the BOM).
    let asciiEnd: Int
    let asciiShift: Int

    init(bytes: [UInt8], limits: ReadLimits) {
        // Block YAML has a node every 8-16 bytes. Decoded text holds only what differs from the
        // file (escapes, folded lines, block scalars), so it starts empty.
        builder = TapeBuilder(recordCapacity: bytes.count / 12 + 16, decodedCapacity: 0)
        stack = TapeBuilder.reallocate(nil, stackCapacity)
        self.limits = limits
        let utf16 = bytes.count >= 2 && ((bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE))
        sourceIsUTF8 = !utf16
        let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        // Up to the first non-ASCII byte a character index is a byte offset (after the BOM).
        asciiEnd = bytes.withUnsafeBufferPointer { TapeComposer.asciiPrefix($0, from: bom) }
        asciiShift = bom
        markBytes = asciiEnd
        markCharacters = asciiEnd - bom
    }

    /// The end of the run of ASCII bytes starting at `start`.
    static func asciiPrefix(_ source: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = source.baseAddress else { return 0 }
        var index = start
        while index + 8 <= source.count
            && UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
            index += 8
        }
        while index < source.count && base[index] < 0x80 { index += 1 }
        return index
    }

    /// The byte offset of libyaml's character index `target` (at or after the last one asked).
    @inline(__always)
    mutating func byteOffset(ofCharacter target: Int, in source: UnsafeBufferPointer<UInt8>) -> Int {
        if target &+ asciiShift <= asciiEnd { return target &+ asciiShift }
        let base = source.baseAddress.unsafelyUnwrapped
        let n = source.count
        var characters = markCharacters
        var bytes = markBytes
        // ASCII: eight characters per step.
        while characters &+ 8 <= target && bytes &+ 8 <= n
            && UnsafeRawPointer(base + bytes).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
            characters &+= 8
            bytes &+= 8
        }
        while characters < target && bytes < n {
            let lead = base[bytes]
            bytes &+= lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            characters &+= 1
        }
        markCharacters = characters
        markBytes = bytes
        return bytes
    }

    /// Frees what the composer holds besides the tape.
    func deallocate() {
        free(stack)
    }

    mutating func handle(_ event: UnsafePointer<yaml_event_t>, _ source: UnsafeBufferPointer<UInt8>) throws(ReadError) {
        switch event.pointee.type {
        case YAML_SCALAR_EVENT:
            scalar(event, source)
        case YAML_MAPPING_START_EVENT:
            let style: DataTape.Style = event.pointee.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE ? .flow : .block
            try open(.mapping, style: style, anchor: event.pointee.data.mapping_start.anchor, mark: event.pointee.start_mark)
        case YAML_SEQUENCE_START_EVENT:
            let style: DataTape.Style = event.pointee.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE ? .flow : .block
            try open(.sequence, style: style, anchor: event.pointee.data.sequence_start.anchor, mark: event.pointee.start_mark)
        case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
            close()
        case YAML_ALIAS_EVENT:
            try alias(event)
        case YAML_DOCUMENT_START_EVENT:
            if !anchors.isEmpty { anchors.removeAll() }
        default:
            break
        }
    }

    /// Counts a new node in its parent, or makes it a document root.
    @inline(__always)
    mutating func attach(_ index: Int, height: UInt32) {
        if depth == 0 {
            documents.append(UInt32(truncatingIfNeeded: index))
        } else {
            let top = stack + (depth &- 1)
            top.pointee.children &+= 1
            if height > top.pointee.childHeight { top.pointee.childHeight = height }
        }
    }

    @inline(__always)
    static func line(_ mark: yaml_mark_t) -> UInt32 {
        UInt32(truncatingIfNeeded: min(mark.line &+ 1, Int(UInt32.max)))
    }

    mutating func scalar(_ event: UnsafePointer<yaml_event_t>, _ source: UnsafeBufferPointer<UInt8>) {
        let length = event.pointee.data.scalar.length
        let style: DataTape.Style
        switch event.pointee.data.scalar.style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: style = .literal
        case YAML_FOLDED_SCALAR_STYLE: style = .folded
        default: style = .plain
        }
        var flags: UInt32 = 0
        if let tag = event.pointee.data.scalar.tag, TapeComposer.isStringTag(tag) { flags |= TapeRecord.explicitStringFlag }
        let value = UnsafePointer(event.pointee.data.scalar.value.unsafelyUnwrapped)
        var kind = DataTape.Kind.scalar
        if length <= 4 && style == .plain && flags & TapeRecord.explicitStringFlag == 0 && TapeComposer.isNullText(value, length) {
            kind = .null
        }
        // Text as written (a plain or quoted scalar on one line without escapes) is a range of
        // the file; anything else is copied as libyaml decoded it.
        var start = -1
        if sourceIsUTF8 && style.rawValue <= DataTape.Style.doubleQuoted.rawValue && length > 0 {
            let end = byteOffset(ofCharacter: event.pointee.end_mark.index, in: source)
                &- (style == .plain ? 0 : 1)
            let candidate = end &- length
            if candidate >= 0 && memcmp(source.baseAddress.unsafelyUnwrapped + candidate, value, length) == 0 {
                start = candidate
            }
        }
        if start < 0 {
            start = builder.decodedCount
            builder.appendDecoded(value, count: length)
            flags |= TapeRecord.decodedFlag
        }
        let index = builder.count
        let mark = event.pointee.start_mark
        builder.append(TapeRecord(
            word: TapeRecord.word(kind: kind, style: style, flags: flags, extra: mark.column &+ 1),
            a: UInt32(truncatingIfNeeded: start), b: UInt32(truncatingIfNeeded: length), pos: TapeComposer.line(mark)))
        written &+= 1
        attach(index, height: 0)
        if let anchor = event.pointee.data.scalar.anchor {
            anchors[String(cString: anchor)] = Anchor(node: UInt32(truncatingIfNeeded: index), complete: true, height: 0)
        }
    }

    /// `!!str` (`tag:yaml.org,2002:str`) or the non-specific `!`.
    static func isStringTag(_ tag: UnsafeMutablePointer<yaml_char_t>) -> Bool {
        if tag[0] == UInt8(ascii: "!") && tag[1] == 0 { return true }
        return strcmp(UnsafeRawPointer(tag).assumingMemoryBound(to: CChar.self), "tag:yaml.org,2002:str") == 0
    }

    /// ``, `~`, `null`, `Null`, `NULL` (YAML 1.2 core schema).
    @inline(__always)
    static func isNullText(_ value: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        switch length {
        case 0: return true
        case 1: return value[0] == UInt8(ascii: "~")
        case 4:
            let word = UnsafeRawPointer(value).loadUnaligned(as: UInt32.self)
            return word == UInt32(littleEndian: 0x6C6C_756E) // null
                || word == UInt32(littleEndian: 0x6C6C_754E) // Null
                || word == UInt32(littleEndian: 0x4C4C_554E) // NULL
        default: return false
        }
    }

    mutating func open(
        _ kind: DataTape.Kind, style: DataTape.Style, anchor: UnsafeMutablePointer<yaml_char_t>?, mark: yaml_mark_t
    ) throws(ReadError) {
        guard depth < limits.maxDepth else {
            throw ReadError(
                message: "nesting is deeper than \(limits.maxDepth) levels",
                location: DataLocation(line: mark.line + 1, column: mark.column + 1))
        }
        let index = builder.count
        builder.append(TapeRecord(
            word: TapeRecord.word(kind: kind, style: style, extra: mark.column &+ 1), a: 0, b: 0, pos: TapeComposer.line(mark)))
        written &+= 1
        attach(index, height: 0)
        if depth == stackCapacity {
            stackCapacity *= 2
            stack = TapeBuilder.reallocate(stack, stackCapacity)
        }
        stack[depth] = Open(index: UInt32(truncatingIfNeeded: index), children: 0, childHeight: 0, hasAnchor: anchor != nil)
        depth &+= 1
        if let anchor {
            let name = String(cString: anchor)
            anchors[name] = Anchor(node: UInt32(truncatingIfNeeded: index), complete: false, height: 0)
            openAnchors.append(name)
        }
    }

    mutating func close() {
        guard depth > 0 else { return }
        depth &-= 1
        let open = stack[depth]
        let record = builder.records + Int(open.index)
        let isMapping = record.pointee.kindRaw == DataTape.Kind.mapping.rawValue
        record.pointee.a = UInt32(truncatingIfNeeded: builder.count)
        record.pointee.b = isMapping ? open.children / 2 : open.children
        let height = open.childHeight &+ 1
        if depth > 0 {
            let top = stack + (depth &- 1)
            if height > top.pointee.childHeight { top.pointee.childHeight = height }
        }
        // A later anchor of the same name inside this value replaces it; otherwise it is ready.
        if open.hasAnchor, let name = openAnchors.popLast(), anchors[name]?.node == open.index {
            anchors[name] = Anchor(node: open.index, complete: true, height: height)
        }
    }

    mutating func alias(_ event: UnsafePointer<yaml_event_t>) throws(ReadError) {
        let name = String(cString: event.pointee.data.alias.anchor)
        let mark = event.pointee.start_mark
        let location = DataLocation(line: mark.line + 1, column: mark.column + 1)
        guard let anchor = anchors[name] else {
            throw ReadError(message: "undefined alias \"\(name)\"", location: location)
        }
        guard anchor.complete else {
            throw ReadError(message: "alias \"\(name)\" refers to a value that contains it", location: location)
        }
        guard depth + Int(anchor.height) <= limits.maxDepth else {
            throw ReadError(message: "alias \"\(name)\" nests deeper than \(limits.maxDepth) levels", location: location)
        }
        let source = Int(anchor.node)
        let sourceRecord = builder.records[source]
        let length = sourceRecord.isContainer ? Int(sourceRecord.a) - source : 1
        let budget = max(limits.aliasNodeFloor, limits.aliasNodeRatio.multipliedReportingOverflow(by: written).partialValue)
        guard copied + length <= budget, builder.count + length < Int(UInt32.max) else {
            throw ReadError(
                message: "alias \"\(name)\" expands the file beyond \(budget) copied nodes (too many aliases)",
                location: location)
        }
        builder.reserve(length)
        let destination = builder.count
        let delta = UInt32(truncatingIfNeeded: destination - source)
        (builder.records + destination).initialize(from: builder.records + source, count: length)
        builder.count += length
        var k = destination
        while k < destination + length {
            if builder.records[k].isContainer { builder.records[k].a &+= delta }
            k += 1
        }
        copied += length
        // The copy's root sits at the alias; the nodes inside keep the anchored positions.
        let root = builder.records + destination
        root.pointee.pos = TapeComposer.line(mark)
        root.pointee.word = root.pointee.word & 0xFF
            | UInt32(min(mark.column + 1, Int(TapeRecord.extraMax))) << TapeRecord.extraShift
        attach(destination, height: anchor.height)
    }
}
