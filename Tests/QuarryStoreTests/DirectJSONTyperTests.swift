import QuarrySchema
import Testing

@testable import QuarryStore

/// The one-pass JSON typer (`DirectJSONTyper`) answers only what the tape path (`JSONReader`
/// then `DocumentTyper`) would answer, and leaves everything else to it: every file below loads
/// to the same documents, problems and references both ways, and the one pass answers exactly
/// the files it is expected to.
@Suite struct DirectJSONTyperTests {
    static let schema = """
        scalar Decimal
        scalar Date
        scalar DateTime
        scalar URL
        enum Status { OPEN SHIPPED }
        type Merchant @collection(path: "merchants") { id: ID! name: String }
        type Line { sku: String! quantity: Int! price: Decimal! tags: [String!] }
        type Node { label: String children: [Node!] }
        type Order @collection(path: "orders") {
          id: ID!
          merchant: Merchant! @ref
          backup: Merchant @ref
          status: Status!
          placedAt: DateTime! @key(name: "placed_at")
          due: Date
          paid: Boolean
          rating: Float
          count: Int
          note: String
          link: URL
          lines: [Line!]!
          scores: [Int]
          grid: [[Int]]
          tree: Node
          spaced: String @key(name: "my key")
          accented: String @key(name: "naïve")
          longKeyName: Int
        }
        """

    let schema: Schema
    let layouts: SchemaLayouts
    let orders: TypeID

    init() throws {
        schema = try ServedSchema.build(files: [.init(Self.schema, name: "schema/test.graphql")])
        layouts = SchemaLayouts(schema: schema)
        orders = try #require(schema.typeID(named: "Order"))
    }

    static let path = "data/orders/2025/o-9.json"

    func found() -> DataFiles.Found {
        DataFiles.Found(path: Self.path, collectionFolder: "data/orders", extensionLength: 5)
    }

    /// The file as both paths load it, and whether the one pass answered.
    func load(_ bytes: [UInt8]) -> (direct: LoadedFile, tape: LoadedFile, answered: Bool) {
        let answered = DirectJSONTyper.load(bytes, found(), collection: orders, layouts: layouts, interner: ValueInterner()) != nil
        let direct = LoadedFile.parse(bytes, found(), collection: orders, schema: schema, layouts: layouts, interner: ValueInterner())
        let tape = LoadedFile.parse(bytes, found(), collection: orders, schema: schema, layouts: layouts,
                                    interner: ValueInterner(), oneJSONPass: false)
        return (direct, tape, answered)
    }

    /// Everything a loaded file holds, written out: values by their written form (`==` on
    /// date-times compares instants only).
    static func render(_ file: LoadedFile) -> [String] {
        var lines = ["outcome \(file.outcome) bytes \(file.byteCount)"]
        for document in file.documents {
            lines.append("document \(document.id) \(document.file):\(document.line) \(document.values)")
        }
        lines += file.problems.map { "problem \($0.description) [\($0.severity)]" }
        lines += file.references.map { "reference \($0.id) site \($0.site) at \($0.line):\($0.column)" }
        return lines
    }

    static let full = """
        {
          "id": "o-1",
          "merchant": "m-1",
          "backup": null,
          "status": "SHIPPED",
          "placed_at": "2025-11-11T20:00:00+08:00",
          "due": "2024-02-29",
          "paid": true,
          "rating": 4.5,
          "count": -2147483648,
          "note": "送货上门, a note longer than fifteen bytes",
          "link": "https://example.com/o-1",
          "lines": [
            {"sku": "0012001", "quantity": 2, "price": 35.50, "tags": ["gift", "fragile"]},
            {"sku": "0012002", "quantity": 1, "price": "7", "tags": []}
          ],
          "scores": [1, null, 3]
        }
        """

    /// Files the one pass types itself.
    @Test(arguments: [
        full,
        // A lone document without `id` takes its path.
        #"{"merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": []}"#,
        // A list of documents; a list of one without `id`; no documents at all.
        #"[{"id": "o-1", "merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": []}, "#
            + #"{"id": "o-2", "merchant": "m-2", "status": "OPEN", "placed_at": "2025-11-11T12:00:00-05:30", "lines": []}]"#,
        #"[ {"merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": []} ]"#,
        "[]", " [ ] \n",
        // A byte order mark, CRLF and tabs; references after non-ASCII text on their line.
        "\u{FEFF}{\r\n\t\"id\": \"o-1\",\r\n\t\"note\": \"中文\", \"merchant\": \"m-1\",\r\n\t\"status\": \"OPEN\", "
            + "\"placed_at\": \"2025-11-11T12:00:00Z\", \"lines\": [], \"backup\": \"m-2\"\r\n}\r\n",
        // Numbers and literals as text; a number as a reference's id; edges of Int and Float.
        #"{"id": 7, "merchant": 42, "status": "OPEN", "placed_at": "2025-11-11T12:00:00.125+01:00", "lines": [], "#
            + #""note": 12.50, "link": false, "count": 2147483647, "rating": -0.0, "paid": false}"#,
        #"{"id": "o-1", "merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00+08:00", "lines": [], "#
            + #""rating": 1e3, "count": 0, "scores": [], "due": null, "note": ""}"#,
        #"{"id": "o-1", "merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11t12:00:00z", "lines": [], "rating": -1E-2}"#,
    ])
    func typedInOnePassAsThroughTheTape(source: String) {
        let (direct, tape, answered) = load(Array(source.utf8))
        #expect(answered)
        #expect(Self.render(direct) == Self.render(tape))
        #expect(tape.problems.isEmpty)
    }

    /// Files the one pass leaves to the tape path: errors, warnings, escapes, unusual shapes.
    @Test(arguments: [
        // Syntax errors, anywhere in the file.
        "", "   ", "{", #"{"id": "o-1",}"#, #"{"id" "o-1"}"#, #"{"id": "o-1"} x"#, #"[{"id": "o-1"},]"#,
        #"{"id": "o-1", "count": 01}"#, #"{"id": "o-1", "count": -}"#, #"{"id": "o-1", "count": 1.}"#,
        #"{"id": "o-1", "paid": tru}"#, #"{"id": "o-1", "note": "a"#, "{\"id\": \"o-1\", \"note\": \"tab\there\"}",
        // Values of the wrong type, at their positions.
        #"{"id": "o-1", "merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": [], "count": "3"}"#,
        #"{"id": "o-1", "merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": [], "count": 2147483648}"#,
        #"{"id": "o-1", "merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": [], "count": 1e3}"#,
        #"{"id": "o-1", "merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": [], "count": true}"#,
        #"{"id": "o-1", "merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": [], "rating": 1e400}"#,
        #"{"id": "o-1", "merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": [], "paid": "true"}"#,
        #"{"id": "o-1", "merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": [], "paid": 1}"#,
        #"{"id": "o-1", "merchant": "m-1", "status": "open", "placed_at": "2025-11-11T12:00:00Z", "lines": []}"#,
        #"{"id": "o-1", "merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T24:00:00Z", "lines": []}"#,
        #"{"id": "o-1", "merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00:00", "lines": []}"#,
        #"{"id": "o-1", "merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": [], "due": "2025-02-29"}"#,
        #"{"id": "o-1", "merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": [], "merchant": "m-2"}"#,
        #"{"id": "o-1", "merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": [], "extra": [1, {"a": 2}]}"#,
        #"{"id": "o-1", "merchant": null, "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": []}"#,
        #"{"id": "o-1", "merchant": ["m-1"], "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": []}"#,
        #"{"id": "o-1", "merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": {}}"#,
        #"{"id": "o-1", "merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": [null]}"#,
        #"{"id": "o-1", "merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": [{"sku": "a", "quantity": 1}]}"#,
        #"{"id": "o-1", "merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": [{"sku": "a", "quantity": 1, "price": 1e2}]}"#,
        #"{"id": "o-1", "merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": [], "grid": [[1, 2], [3]]}"#,
        // Escapes are decoded by the tape path.
        #"{"id": "o-\u0031", "merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": []}"#,
        #"{"id": "o-1", "merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": [], "n\u006fte": "x"}"#,
        // Ids: missing, null or empty in a list; a list of documents that are not mappings.
        #"[{"merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": []}, "#
            + #"{"id": "o-2", "merchant": "m-2", "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": []}]"#,
        #"{"id": null, "merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": []}"#,
        #"{"id": "", "merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": []}"#,
        "[1, 2]", "null", "\"o-1\"", "42", "{}",
    ])
    func leftToTheTapePath(source: String) {
        let (direct, tape, answered) = load(Array(source.utf8))
        #expect(!answered)
        #expect(Self.render(direct) == Self.render(tape))
    }

    /// Keys in any order, keys that start like others, keys longer than a word, keys matched
    /// without a scan (`TypingTables.keyIsAt`) or after one, a key at the very end of a file.
    @Test(arguments: [
        #"{"lines": [], "placed_at": "2025-11-11T12:00:00Z", "status": "OPEN", "merchant": "m-1", "id": "o-1"}"#,
        #"{"id": "o-1", "merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": [], "#
            + #""my key": "a", "naïve": "b", "longKeyName": 3}"#,
        #"{"id": "o-1", "merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": [], "#
            + #""longKeyName": 3, "naïve": "b", "my key": "a"}"#,
        #"{"id":"o-1","merchant":"m-1","status":"OPEN","placed_at":"2025-11-11T12:00:00Z","lines":[],"note":"x"}"#,
    ])
    func keysInAnyOrder(source: String) {
        let (direct, tape, answered) = load(Array(source.utf8))
        #expect(answered)
        #expect(Self.render(direct) == Self.render(tape))
    }

    @Test(arguments: [
        // A key that starts like a field's, or is a field's start; a key cut by the end of the file.
        #"{"id": "o-1", "merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": [], "notes": "x"}"#,
        #"{"id": "o-1", "merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": [], "not": "x"}"#,
        #"{"id": "o-1", "merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": [], "longKeyNam": 3}"#,
        #"{"id": "o-1", "merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": [], "ba"#,
        #"{"id": "o-1", "merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": [], "backup"#,
        #"{"id": "o-1", "merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": [], "my\u0020key": "a"}"#,
    ])
    func keysThatAreNotFieldsAreLeftToTheTapePath(source: String) {
        let (direct, tape, answered) = load(Array(source.utf8))
        #expect(!answered)
        #expect(Self.render(direct) == Self.render(tape))
    }

    @Test func invalidUTF8IsLeftToTheTapePath() {
        for bytes: [UInt8] in [
            Array(#"{"id": "o-"#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8),
            Array(#"{"id": "o-1", "note": ""#.utf8) + [0xED, 0xA0, 0x80] + Array(#""}"#.utf8),
            Array(#"{"id": "o-1", "no"#.utf8) + [0xFF] + Array(#"te": "x"}"#.utf8),
        ] {
            let (direct, tape, answered) = load(bytes)
            #expect(!answered)
            #expect(Self.render(direct) == Self.render(tape))
            #expect(direct.outcome == .failed)
        }
    }

    /// Nested lists of a type that is not planned (`[[Int]]`) go to the tape path at once.
    @Test(arguments: [2, 64, 600])
    func listsOfListsAreLeftToTheTapePath(depth: Int) {
        let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let source = #"{"id": "o-1", "merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": [], "#
            + #""grid": \#(nested)}"#
        let (direct, tape, answered) = load(Array(source.utf8))
        #expect(!answered)
        #expect(Self.render(direct) == Self.render(tape))
    }

    /// A recursive embedded type: typed in one pass up to 64 open containers, then by the tape
    /// path, which allows 512 and reports deeper nesting.
    @Test(arguments: [(1, true), (10, true), (31, true), (32, false), (40, false), (255, false), (300, false)])
    func deepNesting(levels: Int, answered expected: Bool) {
        var tree = #"{"label": "leaf"}"#
        for level in 0..<levels { tree = #"{"label": "n\#(level)", "children": [\#(tree)]}"# }
        let source = #"{"id": "o-1", "merchant": "m-1", "status": "OPEN", "placed_at": "2025-11-11T12:00:00Z", "lines": [], "#
            + #""tree": \#(tree)}"#
        let (direct, tape, answered) = load(Array(source.utf8))
        #expect(answered == expected)
        #expect(Self.render(direct) == Self.render(tape))
    }

    @Test func referencesKeepTheirLinesAndColumns() {
        let source = "{\"id\": \"o-1\", \"status\": \"OPEN\",\n  \"note\": \"中文\", \"merchant\": \"m-1\",\n"
            + "  \"placed_at\": \"2025-11-11T12:00:00Z\", \"lines\": [],\n\n  \"backup\": 7}"
        let (direct, _, answered) = load(Array(source.utf8))
        #expect(answered)
        #expect(Self.render(direct) == [
            "outcome read bytes \(source.utf8.count)",
            "document o-1 \(Self.path):1 [QuarryStore.StoredValue.string(\"o-1\"), QuarryStore.StoredValue.reference(\"m-1\"), "
                + "QuarryStore.StoredValue.reference(\"7\"), QuarryStore.StoredValue.enumValue(0), "
                + "QuarryStore.StoredValue.dateTime(2025-11-11T12:00:00Z), QuarryStore.StoredValue.null, "
                + "QuarryStore.StoredValue.null, QuarryStore.StoredValue.null, QuarryStore.StoredValue.null, "
                + "QuarryStore.StoredValue.string(\"中文\"), QuarryStore.StoredValue.null, QuarryStore.StoredValue.list([]), "
                + "QuarryStore.StoredValue.null, QuarryStore.StoredValue.null, QuarryStore.StoredValue.null, "
                + "QuarryStore.StoredValue.null, QuarryStore.StoredValue.null, QuarryStore.StoredValue.null]",
            "reference m-1 site 0 at 2:29",
            "reference 7 site 1 at 5:13",
        ])
    }

    /// Reference columns after whitespace runs of every kind and length (the scanner's line
    /// starts), with a byte order mark and non-ASCII text before them on their lines.
    @Test func referenceColumnsAfterEveryKindOfLineBreak() {
        let pieces = [" ", "\t", "\n", "\r\n", "\r", "  \n    ", "\n\n\n", "\r\r\n", "\n                    "]
        var text = "\u{FEFF}["
        for index in 0..<120 {
            var run = ""
            for piece in 0..<(index % 11) { run += pieces[(index + piece * 5) % pieces.count] }
            text += run + "{\"id\": \"o-\(index)\",\(run)\"note\": \"é中\(index)\",\(run)\"merchant\":\(run)\"m-\(index)\", "
                + "\"status\": \"OPEN\", \"placed_at\": \"2025-11-11T12:00:00Z\",\(run)\"backup\": \(index), \"lines\": []}"
                + run + (index < 119 ? "," : "]")
        }
        let (direct, tape, answered) = load(Array(text.utf8))
        #expect(answered)
        #expect(direct.references.count == 240)
        #expect(Self.render(direct) == Self.render(tape))
    }

    @Test func problemsOfFilesLeftToTheTapePathKeepTheirPositions() {
        let source = "[\n  {\"id\": \"o-1\", \"merchant\": \"m-1\", \"status\": \"OPEN\", \"placed_at\": \"2025-11-11T12:00:00Z\",\n"
            + "   \"lines\": [{\"sku\": \"a\", \"quantity\": 1, \"price\": \"x\"}], \"count\": 1, \"count\": 2}\n]"
        let (direct, _, answered) = load(Array(source.utf8))
        #expect(!answered)
        #expect(direct.problems.map(\.description) == [
            "\(Self.path):3:51: Line.price: expected a Decimal (such as 35.50), found quoted text \"x\".",
            "\(Self.path):3:70: duplicate key \"count\": the first one is used.",
        ])
        #expect(direct.documents.map(\.id) == ["o-1"])
    }
}

/// The fast path of `parseDateTime` agrees with `DateTimeValue(utf8:)` field by field.
@Suite struct DateTimeTextTests {
    @Test(arguments: [
        "2025-11-11T20:00:00+08:00", "2025-11-11T20:00:00Z", "2025-11-11T20:00:00-05:30", "2024-02-29T23:59:59+23:59",
        "0001-01-01T00:00:00-23:59", "9999-12-31T23:59:59Z", "1969-12-31T23:59:59+00:00", "2025-11-11T20:00:00z",
        "2025-11-11t20:00:00Z", "2025-11-11T20:00:00.5+08:00", "2025-11-11T20:00+08:00", "2025-02-29T20:00:00Z",
        "2025-13-11T20:00:00Z", "2025-00-11T20:00:00Z", "2025-11-00T20:00:00Z", "0000-11-11T20:00:00Z",
        "2025-11-11T24:00:00Z", "2025-11-11T20:60:00Z", "2025-11-11T20:00:60Z", "2025-11-11T20:00:00+24:00",
        "2025-11-11T20:00:00+08:60", "2025-11-11T20:00:00*08:00", "2025-11-11T20:00:00+08-00", "2025-11-11 20:00:00Z",
        "2025/11/11T20:00:00Z", "2025-11-11T20-00:00Z", "2025-11-11T20:00-00Z", "2025-11-11T2a:00:00Z",
        "2025-11-11T20:00:00X", "+025-11-11T20:00:00Z", "2025-11-11T20:00:00+08:00 ", "2025-11-11T20:00:00",
        "2025-11-11T20:00:00+0a:00", "2025-11-11T20:00:00+08:0/", "2025-11-11T20:00:0:+08:00", "/025-11-11T20:00:00Z",
        "2025-1:-11T20:00:00Z", "2025-11-11T20:00:00+\u{e9}:00", "9025-11-11T20:00:0\u{7F}Z",
    ])
    func agreesWithTheGeneralParser(text: String) {
        var text = text
        let (fast, general) = text.withUTF8 { (parseDateTime($0), DateTimeValue(utf8: $0)) }
        #expect(fast.map(Self.fields) == general.map(Self.fields))
    }

    static func fields(_ value: DateTimeValue) -> [Int64] {
        [value.epochSeconds, Int64(value.nanoseconds), Int64(value.offsetMinutes), Int64(value.fractionDigits),
         value.hasSeconds ? 1 : 0, value.isZulu ? 1 : 0]
    }
}

/// Lines counted by `JSONScanner` across whitespace runs of every length and kind (byte by
/// byte, then by words), against a count from the start of the file.
@Suite struct JSONScannerLineTests {
    @Test func everyLocationMatchesACountFromTheStart() throws {
        let pieces = [" ", "\t", "\n", "\r\n", "\r", "  \n    ", "\n\n\n", "\r\r\n"]
        var text = "["
        for index in 0..<200 {
            var run = ""
            for piece in 0..<(index % 13) { run += pieces[(index + piece * 3) % pieces.count] }
            text += run + "{\"n\": \(index),\(run)\"s\":\(run)\"名\"}" + run + (index < 199 ? "," : "]")
        }
        let bytes = Array(text.utf8)
        let tape = try JSONReader.read(bytes)
        for node in tape.nodes {
            let expected = bytes.withUnsafeBufferPointer {
                TextPosition.location(ofOffset: Int(tape.record(node).pos), in: $0, yamlBreaks: false)
            }
            #expect(tape.location(of: node) == expected)
        }
    }
}
