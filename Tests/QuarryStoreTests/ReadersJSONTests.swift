import Testing
@testable import QuarryStore

@Suite("Readers: JSON")
struct ReadersJSONTests {
    @Test func everyValueKind() throws {
        let tape = try json(#"{"s": "x", "n": -12.5e3, "t": true, "f": false, "z": null, "a": [1, "2", []], "o": {"k": {}}}"#)
        #expect(outline(tape) == [#"{"s": "x", "n": #-12.5e3, "t": true, "f": false, "z": null, "a": [#1, "2", []], "o": {"k": {}}}"#])
        let root = try #require(tape.documents.first)
        #expect(tape.documents.count == 1)
        let kinds = tape.entries(root).map { tape.kind($0.value) }
        #expect(kinds == [.scalar, .scalar, .scalar, .scalar, .null, .sequence, .mapping])
        let styles = tape.entries(root).map { tape.style($0.value) }
        #expect(styles == [.string, .number, .trueLiteral, .falseLiteral, .nullLiteral, .flow, .flow])
        let plain = tape.entries(root).map { tape.isPlain($0.value) }
        #expect(plain == [false, true, true, true, true, false, false])
        #expect(tape.entries(root).allSatisfy { tape.style($0.key) == .string })
    }

    @Test(arguments: [
        ("[1]", "[#1]"),
        ("\"text\"", "\"text\""),
        ("42", "#42"),
        ("true", "true"),
        ("null", "null"),
        (" \n\t{ } \r\n", "{}"),
        ("[[[]]]", "[[[]]]"),
        (#"[{"id": "a"}, {"id": "b"}]"#, #"[{"id": "a"}, {"id": "b"}]"#),
    ])
    func topLevelValue(source: String, expected: String) throws {
        #expect(outline(try json(source)) == [expected])
    }

    @Test(arguments: [
        (#"["\" \\ \/ \b \f \n \r \t"]"#, "\" \\ / \u{8} \u{C} \n \r \t"),
        (#"["\u00e9\u4E2D\u0041"]"#, "é中A"),
        (#"["\uD83D\uDE00 and \ud83d\ude00"]"#, "😀 and 😀"),
        (#"["\u0000"]"#, "\u{0}"),
        (#"["plain 中文 😀"]"#, "plain 中文 😀"),
        (#"["a\nb", "tail"]"#, "a\nb"),
        (#"["0123456789abcdef\"0123456789abcdef"]"#, "0123456789abcdef\"0123456789abcdef"),
    ])
    func stringDecoding(source: String, expected: String) throws {
        let tape = try json(source)
        let root = try #require(tape.documents.first)
        let first = try #require(tape.elements(root).first(where: { _ in true }))
        #expect(tape.text(first) == expected)
        #expect(tape.style(first) == .string)
    }

    @Test(arguments: ["0", "-0", "1234.50", "0.10", "1e400", "-1E-7", "2.5e+10", "123456789012345678901234567890", "-0.0"])
    func numbersKeepTheirExactText(number: String) throws {
        let tape = try json("[\(number)]")
        let root = try #require(tape.documents.first)
        let value = try #require(tape.elements(root).first(where: { _ in true }))
        #expect(tape.style(value) == .number)
        #expect(tape.text(value) == number)
    }

    @Test func duplicateKeysAreKeptInOrder() throws {
        let tape = try json(#"{"a": 1, "a": 2}"#)
        #expect(outline(tape) == [#"{"a": #1, "a": #2}"#])
        let root = try #require(tape.documents.first)
        #expect(tape.value(forKey: "a", in: root).map { tape.text($0) } == "1")
    }

    @Test(arguments: [
        ("[1,]", "trailing comma before ']'", 1, 4),
        (#"{"a": 1,}"#, "trailing comma before '}'", 1, 9),
        (#"{"a": 1, }"#, "trailing comma before '}'", 1, 10),
        ("01", "numbers cannot have leading zeros", 1, 1),
        ("[-012]", "numbers cannot have leading zeros", 1, 2),
        ("[.5]", "expected a value, found '.'", 1, 2),
        ("[-]", "expected a digit after '-'", 1, 2),
        ("[1.]", "expected a digit after the decimal point", 1, 2),
        ("[1.e3]", "expected a digit after the decimal point", 1, 2),
        ("[1e]", "expected a digit in the exponent", 1, 2),
        ("[1e+]", "expected a digit in the exponent", 1, 2),
        ("[+1]", "expected a value, found '+'", 1, 2),
        ("[1.5.3]", "expected ',' or ']', found '.'", 1, 5),
        ("\"abc", "unterminated string", 1, 1),
        ("{\"a\": \"b\nc\"}", "unescaped control character U+000A in string", 1, 9),
        ("[\"tab\there\"]", "unescaped control character U+0009 in string", 1, 6),
        (#"["\uD800"]"#, #"lone surrogate \uD800 in string"#, 1, 3),
        (#"["\uD800\n"]"#, #"lone surrogate \uD800 in string"#, 1, 3),
        (#"["\uD800\u0041"]"#, #"lone surrogate \uD800 in string"#, 1, 3),
        (#"["ok", "\uDC00x"]"#, #"lone surrogate \uDC00 in string"#, 1, 9),
        (#"["\x"]"#, #"invalid escape sequence '\x' in string"#, 1, 3),
        (#"["\'"]"#, #"invalid escape sequence '\'' in string"#, 1, 3),
        (#"["\u12G4"]"#, #"invalid \u escape in string: expected four hex digits"#, 1, 3),
        (#"["\u12"]"#, #"invalid \u escape in string: expected four hex digits"#, 1, 3),
        (#"{"a" 1}"#, "expected ':' after a key, found '1'", 1, 6),
        ("{a: 1}", "expected a string key, found 'a'", 1, 2),
        (#"{"a": 1 "b": 2}"#, "expected ',' or '}', found '\"'", 1, 9),
        ("[1 2]", "expected ',' or ']', found '2'", 1, 4),
        (#"{"a": [1, 2}"#, "expected ',' or ']', found '}'", 1, 12),
        (#"{"a": 1"#, "expected ',' or '}', found end of input", 1, 8),
        ("[1] x", "unexpected 'x' after the JSON value", 1, 5),
        ("{} {}", "unexpected '{' after the JSON value", 1, 4),
        ("", "expected a value, found end of input", 1, 1),
        ("  \n  ", "expected a value, found end of input", 2, 3),
        ("// comment\n{}", "expected a value, found '/'", 1, 1),
        ("{\"a\": 1 /* c */}", "expected ',' or '}', found '/'", 1, 9),
        ("[NaN]", "expected a value, found 'N'", 1, 2),
        ("[Infinity]", "expected a value, found 'I'", 1, 2),
        ("['a']", "expected a value, found '''", 1, 2),
        ("[tru]", "invalid literal, expected 'true'", 1, 2),
        ("[True]", "expected a value, found 'T'", 1, 2),
        ("[nul", "invalid literal, expected 'null'", 1, 2),
        ("[fals]", "invalid literal, expected 'false'", 1, 2),
        ("[\u{1}]", "expected a value, found U+0001", 1, 2),
        ("\n\n  {\"名字\": \"张三\", 2}", "expected a string key, found '2'", 3, 16),
        ("{\r\n\"a\": 1,\r\n\"b\" 2}", "expected ':' after a key, found '2'", 3, 5),
        ("[\"a\",\r\"b\" \"c\"]", "expected ',' or ']', found '\"'", 2, 5),
        ("[\"中\" x]", "expected ',' or ']', found 'x'", 1, 6),
        ("[中]", "expected a value, found '中'", 1, 2),
    ])
    func syntaxError(source: String, message: String, line: Int, column: Int) {
        let error = readError { () throws(ReadError) in try json(source) }
        #expect(error == ReadError(message: message, location: DataLocation(line: line, column: column)))
    }

    @Test(arguments: [
        (Array("[\"".utf8) + [0xFF] + Array("\"]".utf8), "invalid UTF-8 in string (byte 0xFF)", 1, 3),
        (Array("[\"ok\", \"x".utf8) + [0xC0, 0xAF] + Array("\"]".utf8), "invalid UTF-8 in string (byte 0xC0)", 1, 10),
        (Array("[\"".utf8) + [0xED, 0xA0, 0x80] + Array("\"]".utf8), "invalid UTF-8 in string (byte 0xED)", 1, 3),
        (Array("[\"".utf8) + [0xE4, 0xB8] + Array("\"]".utf8), "invalid UTF-8 in string (byte 0xE4)", 1, 3),
        (Array("[\"".utf8) + [0xF4, 0x90, 0x80, 0x80] + Array("\"]".utf8), "invalid UTF-8 in string (byte 0xF4)", 1, 3),
        (Array("[\"\\n".utf8) + [0xF8] + Array("\"]".utf8), "invalid UTF-8 in string (byte 0xF8)", 1, 5),
        (Array("[".utf8) + [0xFF] + Array("]".utf8), "expected a value, found invalid UTF-8 byte 0xFF", 1, 2),
        ([0xFE, 0xFF, 0x00, 0x7B], "expected a value, found invalid UTF-8 byte 0xFE", 1, 1),
    ])
    func invalidUTF8(bytes: [UInt8], message: String, line: Int, column: Int) {
        let error = readError { () throws(ReadError) in try JSONReader.read(bytes) }
        #expect(error == ReadError(message: message, location: DataLocation(line: line, column: column)))
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let tape = try JSONReader.read([0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8))
        let value = try #require(firstValue(tape))
        #expect(tape.location(of: value) == DataLocation(line: 1, column: 7))
    }

    @Test func positionsAreComputedLazilyInCodePoints() throws {
        let source = "{\n  \"名字\": \"张三\",\n  \"tags\": [\"😀\", 12, {\"k\": null}],\r\n  \"x\": true\r}"
        let tape = try json(source)
        let root = try #require(tape.documents.first)
        #expect(tape.location(of: root) == DataLocation(line: 1, column: 1))
        let entries = Array(tape.entries(root))
        #expect(entries.map { tape.location(of: $0.key) }
            == [DataLocation(line: 2, column: 3), DataLocation(line: 3, column: 3), DataLocation(line: 4, column: 3)])
        #expect(tape.location(of: entries[0].value) == DataLocation(line: 2, column: 9))
        let tags = Array(tape.elements(entries[1].value))
        #expect(tags.map { tape.location(of: $0) }
            == [DataLocation(line: 3, column: 12), DataLocation(line: 3, column: 17), DataLocation(line: 3, column: 21)])
        #expect(tape.location(of: entries[2].value) == DataLocation(line: 4, column: 8))
        // A locator walking the tape in order gives the same answers, in any order too.
        var locator = tape.locator()
        let forward = tape.nodes.map { locator.location(of: $0) }
        #expect(forward == tape.nodes.map { tape.location(of: $0) })
        let backward = tape.nodes.reversed().map { locator.location(of: $0) }
        #expect(backward == forward.reversed())
    }

    /// Every node's location against a plain count from the start of the file, over line breaks
    /// of all three kinds, tabs, Chinese text and emoji.
    @Test func everyLocationMatchesACountFromTheStart() throws {
        var text = "\u{FEFF}[\n"
        let breaks = ["\n", "\r\n", "\r"]
        for index in 0..<60 {
            text += "\t{\"名\": \"张三 😀\", \"n\": \(index), \"l\": [true, null, \"x\\u00e9\"]}"
            text += (index < 59 ? "," : "") + breaks[index % 3]
        }
        text += "]"
        let bytes = Array(text.utf8)
        let tape = try JSONReader.read(bytes)
        #expect(tape.nodeCount == 1 + 60 * 10)
        var locator = tape.locator()
        for node in tape.nodes {
            let expected = bytes.withUnsafeBufferPointer {
                TextPosition.location(ofOffset: Int(tape.record(node).pos), in: $0, yamlBreaks: false)
            }
            #expect(tape.location(of: node) == expected)
            #expect(locator.location(of: node) == expected)
        }
        let root = try #require(tape.documents.first)
        let last = try #require(tape.elements(root).reversed().first)
        #expect(tape.location(of: last) == DataLocation(line: 61, column: 2))
    }
}
