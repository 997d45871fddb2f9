import Testing
@testable import QuarryStore

@Suite("Readers: YAML")
struct ReadersYAMLTests {
    /// The value of `v: …` as the reader leaves it, and whether the schema may read it unquoted.
    @Test(arguments: [
        // YAML 1.1 traps stay plain text; the schema types them (SEMANTICS.md §1.2).
        ("v: NO", "NO", true),
        ("v: 0755", "0755", true),
        ("v: 1e3", "1e3", true),
        ("v: on", "on", true),
        ("v: yes", "yes", true),
        ("v: 35.50", "35.50", true),
        ("v: 2025-11-11T20:00:00+08:00", "2025-11-11T20:00:00+08:00", true),
        ("v: hello world", "hello world", true),
        ("v: 送礼用，请不要放发票", "送礼用，请不要放发票", true),
        // Nulls: plain null forms and the empty value; quoted ones are text.
        ("v: ~", "~~", true),
        ("v: null", "~null", true),
        ("v: Null", "~Null", true),
        ("v: NULL", "~NULL", true),
        ("v:", "~", true),
        ("v:    # comment", "~", true),
        ("v: nULL", "nULL", true),
        ("v: \"null\"", "\"null\"", false),
        ("v: ''", "''", false),
        ("v: \"\"", "\"\"", false),
        ("v: '~'", "'~'", false),
        // Quoting and escapes.
        ("v: \"42\"", "\"42\"", false),
        ("v: 'it''s'", "'it's'", false),
        ("v: \"\\U0001F600\"", "\"😀\"", false),
        ("v: \"\\u00e9\\x41\\t\\\"\\\\\"", "\"éA\\t\\\"\\\\\"", false),
        ("v: 'no \\n escape'", "'no \\n escape'", false),
        // Tags: !!str and ! make text; other tags are ignored.
        ("v: !!str 0755", "!!str 0755", false),
        ("v: !!str null", "!!str null", false),
        ("v: !!str", "!!str p\"\"", false),
        ("v: ! 12", "!!str 12", false),
        ("v: !!int \"42\"", "\"42\"", false),
        ("v: !!int 42", "42", true),
        ("v: !custom ~", "~~", true),
        ("v: !!null \"x\"", "\"x\"", false),
        // Plain and quoted scalars over several lines fold.
        ("v: a\n  b\n\n  c", "p\"a b\\nc\"", true),
        ("v: \"a\n  b\"", "\"a b\"", false),
    ])
    func scalar(source: String, expected: String, plain: Bool) throws {
        let tape = try yaml(source)
        let value = try #require(firstValue(tape))
        #expect(outline(tape, value) == expected)
        #expect(tape.isPlain(value) == plain)
    }

    /// Block scalars keep line breaks, relative indentation and (by chomping) the final newline.
    @Test(arguments: [
        ("v: |\n  line1\n    indented\n  line3\n", "|\"line1\\n  indented\\nline3\\n\""),
        ("v: |\n  a\n\n  b\n", "|\"a\\n\\nb\\n\""),
        ("v: |-\n  a\n  b\n", "|\"a\\nb\""),
        ("v: |+\n  a\n\n\n", "|\"a\\n\\n\\n\""),
        ("v: |\n  a\n\n\n", "|\"a\\n\""),
        ("v: |2\n    four\n  two\n", "|\"  four\\ntwo\\n\""),
        ("v: |\n  no final newline", "|\"no final newline\""),
        ("v: |\n  中文\n  emoji 😀\n", "|\"中文\\nemoji 😀\\n\""),
        ("v: >\n  a\n  b\n\n  c\n", ">\"a b\\nc\\n\""),
        ("v: >-\n  a\n  b\n", ">\"a b\""),
        ("v: >\n  a\n    more\n  b\n", ">\"a\\n  more\\nb\\n\""),
        ("v: |\n", "|\"\""),
    ])
    func blockScalar(source: String, expected: String) throws {
        let tape = try yaml(source)
        let value = try #require(firstValue(tape))
        #expect(outline(tape, value) == expected)
        #expect(!tape.isPlain(value))
    }

    @Test(arguments: [
        ("v: [a, 'b', \"c\", [], {}]", "[a, 'b', \"c\", [], {}]", DataTape.Style.flow),
        ("v: {a: 1, b: [2, 3], c: }", "{a: 1, b: [2, 3], c: ~}", .flow),
        ("v:\n  - a\n  - - b\n    - c\n  -\n  - k: v\n    k2: v2\n", "[a, [b, c], ~, {k: v, k2: v2}]", .block),
        ("v:\n  x: 1\n  y:\n    z: [1, 2]\n", "{x: 1, y: {z: [1, 2]}}", .block),
        ("v:\n- a\n- b\n", "[a, b]", .block),
        ("v: [a,\n  b,\n  c]", "[a, b, c]", .flow),
    ])
    func collection(source: String, expected: String, style: DataTape.Style) throws {
        let tape = try yaml(source)
        let value = try #require(firstValue(tape))
        #expect(outline(tape, value) == expected)
        #expect(tape.style(value) == style)
    }

    @Test(arguments: [
        ("", [String]()),
        ("# only a comment\n", []),
        ("a: 1\n", ["{a: 1}"]),
        ("---\na: 1\n---\nb: 2\n", ["{a: 1}", "{b: 2}"]),
        ("a: 1\n...\n---\nb: 2\n...\n", ["{a: 1}", "{b: 2}"]),
        ("--- a\n--- [b]\n", ["a", "[b]"]),
        ("---\n---\n", ["~", "~"]),
        ("- {id: x}\n- {id: y}\n", ["[{id: x}, {id: y}]"]),
        ("%YAML 1.2\n---\na: 1\n", ["{a: 1}"]),
        ("a: 1 # trailing\n# full line\nb: 2 # more\n", ["{a: 1, b: 2}"]),
        ("a: 1\nb: 'x # not a comment'\n", ["{a: 1, b: 'x # not a comment'}"]),
    ])
    func documents(source: String, expected: [String]) throws {
        #expect(outline(try yaml(source)) == expected)
    }

    @Test func duplicateAndComplexKeysAreKeptAsWritten() throws {
        let tape = try yaml("a: 1\na: 2\n? [x, y]\n: z\n")
        #expect(outline(tape) == ["{a: 1, a: 2, [x, y]: z}"])
        let root = try #require(tape.documents.first)
        #expect(tape.count(root) == 3)
        #expect(tape.value(forKey: "a", in: root).map { tape.text($0) } == "1")
    }

    @Test func mergeKeysAreOrdinaryKeys() throws {
        let tape = try yaml("base: &b {x: 1}\nitem:\n  <<: *b\n  y: 2\n")
        #expect(outline(tape) == ["{base: {x: 1}, item: {<<: {x: 1}, y: 2}}"])
    }

    /// Text written as is is a range of the file; only what libyaml changed is copied.
    @Test func scalarsWrittenAsIsAreNotCopied() throws {
        let tape = try yaml("a: plain\nb: \"quoted\"\nc: 'single'\nd: \"esc\\n\"\ne: |\n  block\nf: 'it''s'\ng: !!str 0755\n")
        #expect(outline(tape) == ["{a: plain, b: \"quoted\", c: 'single', d: \"esc\\n\", e: |\"block\\n\", f: 'it's', g: !!str 0755}"])
        #expect(tape.decodedByteCount == "esc\n".utf8.count + "block\n".utf8.count + "it's".utf8.count)
        let unicode = try YAMLReader.read([0xEF, 0xBB, 0xBF] + Array("名字: 张三\r\n城市: \"深圳 😀\"\r\n备注: [中, 文]\r\n".utf8))
        #expect(outline(unicode) == ["{名字: 张三, 城市: \"深圳 😀\", 备注: [中, 文]}"])
        #expect(unicode.decodedByteCount == 0)
    }

    // MARK: - Anchors and aliases

    @Test(arguments: [
        ("base: &b {x: 1, y: [2, 3]}\ncopy: *b\n", "{base: {x: 1, y: [2, 3]}, copy: {x: 1, y: [2, 3]}}"),
        ("a: &s \"text\"\nb: *s\nc: [*s, *s]\n", "{a: \"text\", b: \"text\", c: [\"text\", \"text\"]}"),
        ("a: &n\nb: *n\n", "{a: ~, b: ~}"),
        ("a: &x 1\nb: &x 2\nc: *x\n", "{a: 1, b: 2, c: 2}"),
        ("a: &x [1, &x 2]\nb: *x\n", "{a: [1, 2], b: 2}"),
        ("- &a [1, 2]\n- &b [*a, *a]\n- [*b, *b]\n", "[[1, 2], [[1, 2], [1, 2]], [[[1, 2], [1, 2]], [[1, 2], [1, 2]]]]"),
        ("&root {a: 1}\n", "{a: 1}"),
    ])
    func alias(source: String, expected: String) throws {
        #expect(outline(try yaml(source)) == [expected])
    }

    @Test func aliasCopiesAreSkippableAndPlaced() throws {
        let tape = try yaml("base: &b\n  x: 1\n  y: [2, 3]\nlist: [*b, *b]\nafter: z\n")
        let root = try #require(tape.documents.first)
        let list = try #require(tape.value(forKey: "list", in: root))
        let copies = Array(tape.elements(list))
        #expect(copies.count == 2)
        // The copy's root sits at its alias, the nodes inside at the anchored text.
        #expect(tape.location(of: copies[0]) == DataLocation(line: 4, column: 8))
        #expect(tape.location(of: copies[1]) == DataLocation(line: 4, column: 12))
        let inner = try #require(tape.value(forKey: "y", in: copies[1]))
        #expect(tape.location(of: inner) == DataLocation(line: 3, column: 6))
        #expect(tape.count(copies[1]) == 2)
        #expect(tape.text(tape.end(list)) == "after")
        #expect(tape.count(inner) == 2)
    }

    @Test(arguments: [
        ("a: *x\n", "undefined alias \"x\"", 1, 4),
        ("---\na: &x 1\n---\nb: *x\n", "undefined alias \"x\"", 4, 4),
        ("a: &a [1, *a]\n", "alias \"a\" refers to a value that contains it", 1, 11),
        ("a: &a\n  b: *a\n", "alias \"a\" refers to a value that contains it", 2, 6),
    ])
    func aliasError(source: String, message: String, line: Int, column: Int) {
        let error = readError { () throws(ReadError) in try yaml(source) }
        #expect(error == ReadError(message: message, location: DataLocation(line: line, column: column)))
    }

    // MARK: - Positions

    @Test func positionsCountCodePointsAfterChineseText() throws {
        let tape = try yaml("名字: 张三\n备注: {城市: 深圳, 邮编: '518000'}\n表情: [😀, x]\n")
        let root = try #require(tape.documents.first)
        let name = try #require(tape.value(forKey: "名字", in: root))
        #expect(tape.location(of: name) == DataLocation(line: 1, column: 5))
        let note = try #require(tape.value(forKey: "备注", in: root))
        #expect(tape.location(of: note) == DataLocation(line: 2, column: 5))
        let city = try #require(tape.value(forKey: "城市", in: note))
        #expect(tape.location(of: city) == DataLocation(line: 2, column: 10))
        let code = try #require(tape.value(forKey: "邮编", in: note))
        #expect(tape.location(of: code) == DataLocation(line: 2, column: 18))
        let emoji = try #require(tape.value(forKey: "表情", in: root))
        #expect(tape.elements(emoji).map { tape.location(of: $0) }
            == [DataLocation(line: 3, column: 6), DataLocation(line: 3, column: 9)])
    }

    @Test func positionsOfKeysBlockCollectionsAndEmptyValues() throws {
        let tape = try yaml("id: o-1\nitems:\n  - product: p-1\n    quantity: 2\nnote:\n")
        let root = try #require(tape.documents.first)
        #expect(tape.location(of: root) == DataLocation(line: 1, column: 1))
        let keys = tape.entries(root).map { tape.location(of: $0.key) }
        #expect(keys == [DataLocation(line: 1, column: 1), DataLocation(line: 2, column: 1), DataLocation(line: 5, column: 1)])
        let items = try #require(tape.value(forKey: "items", in: root))
        #expect(tape.location(of: items) == DataLocation(line: 3, column: 3))
        let item = try #require(tape.elements(items).first(where: { _ in true }))
        #expect(tape.location(of: item) == DataLocation(line: 3, column: 5))
        let quantity = try #require(tape.value(forKey: "quantity", in: item))
        #expect(tape.location(of: quantity) == DataLocation(line: 4, column: 15))
        let note = try #require(tape.value(forKey: "note", in: root))
        #expect(tape.kind(note) == .null)
        #expect(tape.location(of: note) == DataLocation(line: 5, column: 6))
    }

    @Test func crlfLineBreaks() throws {
        let tape = try yaml("a: 1\r\nb: |\r\n  x\r\n  y\r\nc: \"p\r\n  q\"\r\n")
        #expect(outline(tape) == ["{a: 1, b: |\"x\\ny\\n\", c: \"p q\"}"])
        let root = try #require(tape.documents.first)
        let c = try #require(tape.value(forKey: "c", in: root))
        #expect(tape.location(of: c) == DataLocation(line: 5, column: 4))
    }

    @Test func byteOrderMarkIsNotAColumn() throws {
        let tape = try YAMLReader.read([0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8))
        let value = try #require(firstValue(tape))
        #expect(tape.location(of: value) == DataLocation(line: 1, column: 4))
    }

    @Test func tabsInsideValuesAndBeforeComments() throws {
        let tape = try yaml("a: 1\t# comment\nb: \"x\ty\"\nc: [1,\t2]\n")
        #expect(outline(tape) == ["{a: 1, b: \"x\\ty\", c: [1, 2]}"])
    }

    // MARK: - Errors

    @Test(arguments: [
        ("a: 1\nb: c: d\n", "mapping values are not allowed in this context", 2, 5),
        ("a: [1, 2\n", "did not find expected ',' or ']' (while parsing a flow sequence at 1:4)", 2, 1),
        ("a:\n\tb: 1\n", "found character that cannot start any token (while scanning for the next token at 2:1)", 2, 1),
        ("a: \"abc\n", "found unexpected end of stream (while scanning a quoted scalar at 1:4)", 2, 1),
        ("a: 1\n b: 2\n", "mapping values are not allowed in this context", 2, 3),
        ("key: [a, b]]\n", "did not find expected key (while parsing a block mapping at 1:1)", 1, 12),
        ("名字: [张三\n", "did not find expected ',' or ']' (while parsing a flow sequence at 1:5)", 2, 1),
        ("a: |\n  x\n y\n", "did not find expected key (while parsing a block mapping at 1:1)", 3, 2),
    ])
    func syntaxError(source: String, message: String, line: Int, column: Int) {
        let error = readError { () throws(ReadError) in try yaml(source) }
        #expect(error == ReadError(message: message, location: DataLocation(line: line, column: column)))
    }

    @Test(arguments: [
        (Array("a: 1\nb: ".utf8) + [0xFF, 0x0A], "invalid leading UTF-8 octet 0xFF", 2, 4),
        (Array("名字: ".utf8) + [0xE4, 0xB8, 0x0A], "invalid trailing UTF-8 octet 0x0A", 1, 6),
        (Array("a: x".utf8) + [0xE4], "incomplete UTF-8 octet sequence", 1, 5),
        (Array("a: ".utf8) + [0xC0, 0xAF], "invalid length of a UTF-8 sequence", 1, 4),
        (Array("a: \u{1}\n".utf8), "control characters are not allowed (U+0001)", 1, 4),
        (Array("a: b\n".utf8) + [0xED, 0xA0, 0x80], "invalid Unicode character (U+D800)", 2, 1),
    ])
    func invalidText(bytes: [UInt8], message: String, line: Int, column: Int) {
        let error = readError { () throws(ReadError) in try YAMLReader.read(bytes) }
        #expect(error == ReadError(message: message, location: DataLocation(line: line, column: column)))
    }

    @Test func errorDescriptionIsLineColumnMessage() {
        let error = readError { () throws(ReadError) in try yaml("a: 1\nb: c: d\n") }
        #expect(error?.description == "2:5: mapping values are not allowed in this context")
    }

    // MARK: - The bare scan

    @Test func scanEventsCountsEveryEvent() throws {
        // stream, document, mapping, 4 scalars, sequence start/end, 2 scalars, mapping end, document end, stream end
        #expect(try YAMLReader.scanEvents(Array("a: 1\nb: [x, y]\nc: d\n".utf8)) == 15)
        #expect(try YAMLReader.scanEvents([]) == 2)
        let error = readError { () throws(ReadError) in
            _ = try YAMLReader.scanEvents(Array("a: 1\nb: c: d\n".utf8))
            return try yaml("")
        }
        #expect(error?.location == DataLocation(line: 2, column: 5))
    }
}
