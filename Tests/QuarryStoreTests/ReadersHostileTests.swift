import Testing
@testable import QuarryStore

/// Hostile input (issue 4, item 7), the readers' side: each gives a clear error with a position,
/// fast, in bounded memory, and never a crash.
@Suite("Readers: hostile input")
struct ReadersHostileTests {
    static let billionLaughs = """
        a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
        e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
        f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
        g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
        h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
        i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]

        """

    @Test func billionLaughsFailsFastAtTheAliasCrossingTheLimit() {
        var error: ReadError?
        let elapsed = seconds {
            error = readError { () throws(ReadError) in try yaml(Self.billionLaughs) }
        }
        // a–e expand to 74 718 copied nodes; the first *e of f (66 430 more) crosses 100 000.
        #expect(error == ReadError(
            message: "alias \"e\" expands the file beyond 100000 copied nodes (too many aliases)",
            location: DataLocation(line: 6, column: 8)))
        #expect(elapsed < 1)
    }

    @Test func aliasBudgetGrowsWithTheFile() throws {
        // 3 000 documents' worth of items, each aliasing a 7-node default: 21 000 copies, fine.
        var text = "defaults: &d {carrier: SF, speed: express, insured: true}\nitems:\n"
        for index in 0..<3000 { text += "  - {id: i-\(index), shipping: *d}\n" }
        let tape = try yaml(text)
        let root = try #require(tape.documents.first)
        let items = try #require(tape.value(forKey: "items", in: root))
        #expect(tape.count(items) == 3000)
        // With a small floor and ratio the same file is refused.
        let error = readError { () throws(ReadError) in try yaml(text, limits: ReadLimits(aliasNodeFloor: 100, aliasNodeRatio: 0)) }
        #expect(error?.message == "alias \"d\" expands the file beyond 100 copied nodes (too many aliases)")
        #expect(error?.location == DataLocation(line: 17, column: 26))
    }

    @Test(arguments: ["yaml", "json"])
    func deepFlowNestingIsAnError(format: String) {
        let text = String(repeating: "[", count: 100_000)
        var error: ReadError?
        let elapsed = seconds {
            error = readError { () throws(ReadError) in format == "yaml" ? try yaml(text) : try json(text) }
        }
        #expect(error == ReadError(message: "nesting is deeper than 512 levels", location: DataLocation(line: 1, column: 513)))
        #expect(elapsed < 1)
    }

    @Test(arguments: ["yaml", "json"])
    func nestingUpToTheLimitIsRead(format: String) throws {
        let text = String(repeating: "[", count: 512) + "1" + String(repeating: "]", count: 512)
        let tape = format == "yaml" ? try yaml(text) : try json(text)
        #expect(tape.nodeCount == 513)
        let root = try #require(tape.documents.first)
        #expect(tape.end(root).index == 513)
    }

    @Test func deepObjectNestingInJSON() {
        let text = String(repeating: #"{"a": "#, count: 100_000)
        let error = readError { () throws(ReadError) in try json(text) }
        #expect(error == ReadError(message: "nesting is deeper than 512 levels", location: DataLocation(line: 1, column: 512 * 6 + 1)))
    }

    @Test func deepBlockNestingInYAML() {
        let dashes = String(repeating: "- ", count: 600) + "x\n"
        let error = readError { () throws(ReadError) in try yaml(dashes) }
        #expect(error == ReadError(message: "nesting is deeper than 512 levels", location: DataLocation(line: 1, column: 1025)))

        var indented = ""
        for level in 0..<600 { indented += String(repeating: " ", count: level) + "a:\n" }
        let mappingError = readError { () throws(ReadError) in try yaml(indented) }
        #expect(mappingError == ReadError(message: "nesting is deeper than 512 levels", location: DataLocation(line: 513, column: 513)))
    }

    @Test func aliasesCannotNestDeeperThanTheLimit() {
        let deep = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        let text = "a: &a \(deep)\nb: \(String(repeating: "[", count: 300))*a\(String(repeating: "]", count: 300))\n"
        let error = readError { () throws(ReadError) in try yaml(text) }
        #expect(error == ReadError(message: "alias \"a\" nests deeper than 512 levels", location: DataLocation(line: 2, column: 304)))
    }

    @Test func smallerDepthLimit() {
        let limits = ReadLimits(maxDepth: 2)
        #expect(readError { () throws(ReadError) in try json("[[1]]", limits: limits) } == nil)
        #expect(readError { () throws(ReadError) in try json("[[[1]]]", limits: limits) }
            == ReadError(message: "nesting is deeper than 2 levels", location: DataLocation(line: 1, column: 3)))
        #expect(readError { () throws(ReadError) in try yaml("a:\n  b:\n    c: 1\n", limits: limits) }
            == ReadError(message: "nesting is deeper than 2 levels", location: DataLocation(line: 3, column: 5)))
    }

    @Test func nulBytesAreErrors() {
        #expect(readError { () throws(ReadError) in try JSONReader.read(Array("[1]".utf8) + [0]) }
            == ReadError(message: "unexpected U+0000 after the JSON value", location: DataLocation(line: 1, column: 4)))
        #expect(readError { () throws(ReadError) in try YAMLReader.read(Array("a: b".utf8) + [0]) }
            == ReadError(message: "control characters are not allowed (U+0000)", location: DataLocation(line: 1, column: 5)))
    }

    /// A large file built here (5 MB): read in a few seconds even in a debug build (release
    /// speed is measured apart), and the tape stays a small multiple of the file (records +
    /// decoded text ≤ 2× the bytes).
    @Test func largeJSONFile() throws {
        let bytes = ReadersHostileTests.generatedJSON(orders: 15_000)
        #expect(bytes.count > 5_000_000)
        var tape: DataTape?
        let elapsed = try seconds { tape = try JSONReader.read(bytes) }
        let read = try #require(tape)
        let root = try #require(read.documents.first)
        #expect(read.count(root) == 15_000)
        #expect(read.nodeCount * 16 + read.decodedByteCount <= 2 * bytes.count)
        #expect(elapsed < 5)
        let last = try #require(read.elements(root).reversed().first)
        #expect(read.location(of: last).line == 15_001)
    }

    @Test func largeYAMLFile() throws {
        var text = ""
        for index in 0..<8_000 {
            text += """
                ---
                id: o-\(index)
                customer: c-\(index % 977)
                placed_at: 2025-11-11T20:00:00+08:00
                items:
                  - {product: p-\(index % 501), quantity: \(index % 7 + 1), unitPrice: \(index % 900).50}
                  - product: p-\(index % 13)
                    quantity: 2
                    unitPrice: 12.00
                note: "送礼用，请不要放发票"

                """
        }
        let bytes = Array(text.utf8)
        var tape: DataTape?
        let elapsed = try seconds { tape = try YAMLReader.read(bytes) }
        let read = try #require(tape)
        #expect(read.documents.count == 8_000)
        #expect(read.nodeCount * 16 + read.decodedByteCount <= 2 * bytes.count)
        #expect(elapsed < 5)
        let lastNote = try #require(read.value(forKey: "note", in: read.documents[7_999]))
        #expect(read.location(of: lastNote) == DataLocation(line: 8_000 * 10, column: 7))
    }

    /// Orders as pretty JSON lines: `[\n  {...},\n  ...\n]`.
    static func generatedJSON(orders: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(orders * 400)
        out += Array("[\n".utf8)
        for index in 0..<orders {
            let line = #"  {"id": "o-\#(index)", "customer": "c-\#(index % 977)", "merchant": "m-\#(index % 211)", "status": "DELIVERED", "placedAt": "2025-11-11T20:00:00+08:00", "items": [{"product": "p-\#(index % 501)", "quantity": \#(index % 7 + 1), "unitPrice": \#(index % 900).50}, {"product": "p-\#(index % 13)", "quantity": 2, "unitPrice": 12.00}], "shippingFee": 0.00, "note": "送礼用，请不要放发票 \u00e9", "gift": \#(index % 2 == 0)}"#
            out += Array(line.utf8)
            out += Array((index + 1 < orders ? ",\n" : "\n").utf8)
        }
        out += Array("]\n".utf8)
        return out
    }
}
