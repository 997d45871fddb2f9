import Testing
@testable import QuarryStore

// Shared helpers of the reader tests, and the tape's own API.

/// A compact rendering of a tape's node, for exact expectations:
/// - YAML plain text as is (or `p"…"` when it is empty or holds `"[]{},` or line breaks),
///   `'…'` single-quoted, `"…"` double-quoted, `|"…"` literal, `>"…"` folded,
///   `!!str ` before a `!!str`-tagged scalar, `~` + text for a null (`~`, `~null`, `~~`);
/// - JSON `"…"` strings, `#…` numbers, `true`, `false`, `null`;
/// - `[a, b]` sequences and `{k: v}` mappings.
/// Inside quotes, line breaks, tabs, quotes and backslashes are escaped.
func outline(_ tape: DataTape, _ node: DataTape.Node) -> String {
    switch tape.kind(node) {
    case .sequence:
        return "[" + tape.elements(node).map { outline(tape, $0) }.joined(separator: ", ") + "]"
    case .mapping:
        return "{" + tape.entries(node).map { outline(tape, $0.key) + ": " + outline(tape, $0.value) }
            .joined(separator: ", ") + "}"
    case .null:
        return tape.style(node) == .nullLiteral ? "null" : "~" + tape.text(node)
    case .scalar:
        let text = tape.text(node)
        let tag = tape.isExplicitString(node) ? "!!str " : ""
        switch tape.style(node) {
        case .plain:
            let simple = !text.isEmpty && !text.contains(where: { "\"[]{},\n\r\t\\".contains($0) })
                && text.first != " " && text.last != " "
            return tag + (simple ? text : "p" + quoted(text))
        case .singleQuoted: return tag + "'" + text + "'"
        case .doubleQuoted, .string: return tag + quoted(text)
        case .literal: return tag + "|" + quoted(text)
        case .folded: return tag + ">" + quoted(text)
        case .number: return "#" + text
        case .trueLiteral, .falseLiteral, .nullLiteral: return text
        case .block, .flow: return "?"
        }
    }
}

func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}

/// Every document of a tape, outlined.
func outline(_ tape: DataTape) -> [String] {
    tape.documents.map { outline(tape, $0) }
}

func yaml(_ text: String, limits: ReadLimits = .standard) throws(ReadError) -> DataTape {
    try YAMLReader.read(Array(text.utf8), limits: limits)
}

func json(_ text: String, limits: ReadLimits = .standard) throws(ReadError) -> DataTape {
    try JSONReader.read(Array(text.utf8), limits: limits)
}

/// The error a reader throws, or nil.
func readError(_ body: () throws(ReadError) -> DataTape) -> ReadError? {
    do {
        _ = try body()
        return nil
    } catch {
        return error
    }
}

/// The first value of the first document's mapping (the `v` in `v: …`).
func firstValue(_ tape: DataTape) -> DataTape.Node? {
    guard let root = tape.documents.first else { return nil }
    var entries = tape.entries(root)
    return entries.next()?.value
}

/// Seconds taken by `body`.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let elapsed = try clock.measure(body)
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

@Suite("Readers: the tape")
struct ReadersTapeTests {
    @Test func recordsAreSixteenBytes() {
        #expect(MemoryLayout<TapeRecord>.stride == 16)
    }

    @Test(arguments: [
        ("yaml", "a: 1\nb: [x, {c: d}, []]\ne: {}\n"),
        ("json", #"{"a": 1, "b": ["x", {"c": "d"}, []], "e": {}}"#),
    ])
    func structureCountsAndSkips(format: String, text: String) throws {
        let tape = format == "yaml" ? try yaml(text) : try json(text)
        let root = try #require(tape.documents.first)
        #expect(tape.kind(root) == .mapping)
        #expect(tape.count(root) == 3)
        #expect(tape.end(root).index == tape.nodeCount)
        let values = tape.entries(root).map(\.value)
        #expect(values.map { tape.kind($0) } == [.scalar, .sequence, .mapping])
        let list = values[1]
        #expect(tape.count(list) == 3)
        #expect(tape.elements(list).map { tape.kind($0) } == [.scalar, .mapping, .sequence])
        // Skipping the list lands on the next key.
        #expect(tape.text(tape.end(list)) == "e")
        #expect(tape.count(values[2]) == 0)
        #expect(tape.elements(values[2]).map(\.index) == [])
        #expect(tape.entries(list).map(\.key) == [])
        #expect(tape.count(values[0]) == 0)
        #expect(tape.textByteCount(list) == 0)
    }

    @Test func keysCompareAsBytesWithoutStrings() throws {
        let tape = try yaml("customer: c-1\n名字: 张三\n")
        let root = try #require(tape.documents.first)
        let keys = tape.entries(root).map(\.key)
        #expect(tape.text(keys[0], equals: "customer"))
        #expect(!tape.text(keys[0], equals: "customers"))
        #expect(!tape.text(keys[0], equals: "Customer"))
        #expect(tape.text(keys[1], equals: "名字"))
        #expect(tape.text(keys[1], equals: Array("名字".utf8)))
        let bytes: [UInt8] = Array("customer".utf8)
        #expect(bytes.withUnsafeBufferPointer { tape.text(keys[0], equals: $0) })
        #expect(tape.value(forKey: "名字", in: root).map { tape.text($0) } == "张三")
        #expect(tape.value(forKey: "missing", in: root) == nil)
        #expect(tape.withText(keys[0]) { $0.count } == 8)
    }

    @Test func jsonTextWithoutEscapesIsNotCopied() throws {
        let tape = try json(#"{"name": "Ada", "n": 12}"#)
        #expect(tape.decodedByteCount == 0)
        let escaped = try json(#"{"name": "A\u0064a"}"#)
        #expect(escaped.decodedByteCount == 3)
        #expect(outline(escaped) == [#"{"name": "Ada"}"#])
    }

    @Test func tapeIsSendableAndOutlivesItsInput() async throws {
        var bytes = Array(#"{"a": ["x", "y"]}"#.utf8)
        let tape = try JSONReader.read(bytes)
        bytes.removeAll()
        let rendered = await Task.detached { outline(tape) }.value
        #expect(rendered == [#"{"a": ["x", "y"]}"#])
    }
}
