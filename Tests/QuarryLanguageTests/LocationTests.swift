import Testing
@testable import QuarryLanguage

/// Line and column (SEMANTICS.md §10.3): lines end at LF, CRLF or a lone CR; columns count
/// Unicode code points, so a Chinese character, an emoji, a tab and a leading byte-order mark
/// are one column each.
@Suite("Locations")
struct LocationTests {
    typealias Location = QuarryLanguage.SourceLocation

    @Test(arguments: [
        ("abc", 0, Location(line: 1, column: 1)), ("abc", 2, Location(line: 1, column: 3)),
        ("abc", 3, Location(line: 1, column: 4)), ("a\nb", 2, Location(line: 2, column: 1)),
        ("a\nb", 1, Location(line: 1, column: 2)), ("a\r\nb", 3, Location(line: 2, column: 1)),
        // The LF of a CRLF still belongs to the line the CR ends.
        ("a\r\nb", 2, Location(line: 1, column: 3)), ("a\rb", 2, Location(line: 2, column: 1)),
        ("a\r\rb", 3, Location(line: 3, column: 1)), ("a\n\rb", 3, Location(line: 3, column: 1)),
        ("a\r\n\r\nb", 5, Location(line: 3, column: 1)), ("a\n\r\nb", 4, Location(line: 3, column: 1)),
        ("中文x", 6, Location(line: 1, column: 3)), ("😀x", 4, Location(line: 1, column: 2)),
        ("e\u{301}x", 3, Location(line: 1, column: 3)), ("\tx", 1, Location(line: 1, column: 2)),
        ("\u{FEFF}x", 3, Location(line: 1, column: 2)), ("x\n😀😀\n  y", 13, Location(line: 3, column: 3)),
        // Not line terminators (SEMANTICS.md §10.3; graphql-core's splitlines() breaks lines at them).
        ("\u{2028}x", 3, Location(line: 1, column: 2)), ("\u{85}\u{B}\u{C}x", 4, Location(line: 1, column: 4)),
        // Offsets beyond the text are clamped to its end.
        ("ab", 99, Location(line: 1, column: 3)), ("ab", -1, Location(line: 1, column: 1)),
    ])
    func locationOfAnOffset(text: String, offset: Int, location: Location) {
        #expect(Source(text).location(at: offset) == location)
    }

    @Test(arguments: [
        ("a\nb\r\nc\rd", 1, "a"), ("a\nb\r\nc\rd", 2, "b"), ("a\nb\r\nc\rd", 3, "c"), ("a\nb\r\nc\rd", 4, "d"),
        ("a\nb\r\nc\rd", 5, ""), ("\u{FEFF}中文 😀\n", 1, "\u{FEFF}中文 😀"), ("a\n", 2, ""),
    ])
    func lineTexts(text: String, line: Int, lineText: String) {
        #expect(Source(text).lineText(line) == lineText)
    }

    /// Errors after multi-byte characters, in strings, block strings and comments, after every
    /// kind of line end, tabs and byte-order marks. Expectations from graphql-core 3.2.8 (see
    /// ErrorCase), whose offsets count code points.
    @Test(arguments: [
        ErrorCase("{ f(a: \"中文\") ^ }", 1, 14, "Unexpected character: \"^\"."),
        ErrorCase("{ f(a: \"😀😀\") ^ }", 1, 14, "Unexpected character: \"^\"."),
        ErrorCase("{ f(a: \"👩‍👩‍👧\") ^ }", 1, 17, "Unexpected character: \"^\"."),
        ErrorCase("# 中文 comment\n{ f(a: \"x\") ^ }", 2, 13, "Unexpected character: \"^\"."),
        ErrorCase("# 😀\n  ^", 2, 3, "Unexpected character: \"^\"."),
        ErrorCase("{ f(a: \"😀\", b: \"\\u{1F600}\") ^ }", 1, 29, "Unexpected character: \"^\"."),
        ErrorCase("{ f(a: \"\"\"中\n文😀\n\"\"\") ^ }", 3, 6, "Unexpected character: \"^\"."),
        ErrorCase("{ f(a: \"\"\"😀\n  😀\"\"\" b: ^) }", 2, 11, "Unexpected character: \"^\"."),
        ErrorCase("{\r\n  a\r\n  ^\r\n}", 3, 3, "Unexpected character: \"^\"."),
        ErrorCase("{\r  a\r  ^\r}", 3, 3, "Unexpected character: \"^\"."),
        ErrorCase("{\n\r\n\r\n\r  ^", 5, 3, "Unexpected character: \"^\"."),
        ErrorCase("{\r\r\n\n  ^ }", 4, 3, "Unexpected character: \"^\"."),
        ErrorCase("{\n\n\n\n\n\n\n\n\n\n  a\n  ^\n}", 12, 3, "Unexpected character: \"^\"."),
        ErrorCase("\t{\ta\t^\t}", 1, 6, "Unexpected character: \"^\"."),
        ErrorCase("{\t\t\t^", 1, 5, "Unexpected character: \"^\"."),
        ErrorCase("\u{FEFF}{ a ^ }", 1, 6, "Unexpected character: \"^\"."),
        ErrorCase("\u{FEFF}\n^", 2, 1, "Unexpected character: \"^\"."),
        ErrorCase("\u{FEFF}", 1, 2, "Unexpected <EOF>."),
        ErrorCase("\u{FEFF}# comment", 1, 11, "Unexpected <EOF>."),
        ErrorCase("{ a }\u{FEFF}^", 1, 7, "Unexpected character: \"^\"."),
        ErrorCase("{ f(a: \"中文\n\") }", 1, 11, "Unterminated string."),
        ErrorCase("{ f(a: \"😀\r\") }", 1, 10, "Unterminated string."),
        ErrorCase("{ f(a: \"😀", 1, 10, "Unterminated string."),
        ErrorCase("{ f(a: \"\"\"😀\n", 2, 1, "Unterminated string."),
        ErrorCase("# 😀\n{ f(a: \"\\u{110000}\") }", 2, 9, "Invalid Unicode escape sequence: \"\\u{110000}\"."),
        ErrorCase("{ f(a: \"é\\x\") }", 1, 10, "Invalid character escape sequence: \"\\x\"."),
        ErrorCase("{ f(a: 😀) }", 1, 8, "Unexpected character: U+1F600."),
        ErrorCase("{ f(a: 1😀) }", 1, 9, "Unexpected character: U+1F600."),
        ErrorCase("# 😀😀😀\r\n{ f(a: 00) }", 2, 9, "Invalid number, unexpected digit after 0: \"0\"."),
        ErrorCase("{ 中 }", 1, 3, "Unexpected character: U+4E2D."),
        ErrorCase("{ a\u{2028} ^ }", 1, 4, "Unexpected character: U+2028."),
        ErrorCase("{ a\u{2029}^ }", 1, 4, "Unexpected character: U+2029."),
        ErrorCase("{ a\u{B}^ }", 1, 4, "Unexpected character: U+000B."),
        ErrorCase("{ a\u{C}^ }", 1, 4, "Unexpected character: U+000C."),
        ErrorCase("{ a\u{1C}^ }", 1, 4, "Unexpected character: U+001C."),
        ErrorCase("{ a\u{85} }", 1, 4, "Unexpected character: U+0085."),
        ErrorCase("{\n^", 2, 1, "Unexpected character: \"^\"."),
        ErrorCase("{ a\r\n^ }", 2, 1, "Unexpected character: \"^\"."),
        ErrorCase("{ a\r^ }", 2, 1, "Unexpected character: \"^\"."),
        ErrorCase("{\n\n^", 3, 1, "Unexpected character: \"^\"."),
        ErrorCase("# 😀 comment\r\n\r\n^", 3, 1, "Unexpected character: \"^\"."),
        ErrorCase("{ a(x: \"中\")\n}\n}", 3, 1, "Unexpected \"}\"."),
        ErrorCase("{\n  a(x: \"\"\"\n    😀\n  \"\"\")\n  ^\n}", 5, 3, "Unexpected character: \"^\"."),
    ])
    func errorLocations(_ errorCase: ErrorCase) {
        expectSyntaxError(errorCase)
    }

    /// The offset of an error is a byte offset; line and column are computed from it.
    @Test func errorOffsetsAreByteOffsets() throws {
        let error = try #require(syntaxError("{ f(a: \"中😀\") ^ }"))
        #expect(error.offset == 18)
        #expect(error.location == Location(line: 1, column: 14))
    }

    /// The same document with LF, CRLF and CR line ends fails at the same line and column.
    @Test(arguments: ["\n", "\r\n", "\r"])
    func lineEndsDoNotMoveErrors(lineEnd: String) throws {
        let text = ["# 中文 😀", "query Q {", "\tfield(a: \"\"\"", "\t  block 😀", "\t\"\"\", b: \"é\")", "\t  ^", "}"]
            .joined(separator: lineEnd)
        let error = try #require(syntaxError(text))
        #expect(error.message == "Unexpected character: \"^\".")
        #expect(error.location == Location(line: 6, column: 4))
    }
}
