import Testing
@testable import QuarryLanguage

/// The lexer (spec §2.1 "Source Text", §2.1.6–§2.1.9 "Lexical Tokens"; values of §2.9.4).
@Suite("Lexer")
struct LexerTests {
    /// The significant tokens of a source: kind and the text they cover (quotes included).
    static func lex(_ source: Source) throws(SyntaxError) -> [(kind: TokenKind, text: String)] {
        let result: Result<[(TokenKind, String)], ParseFailure> = source.bytes.withUnsafeBufferPointer { buffer in
            var lexer = Lexer(bytes: buffer)
            var tokens: [(TokenKind, String)] = []
            do throws(ParseFailure) {
                while true {
                    let token = try lexer.next()
                    if token.kind == .endOfFile { return .success(tokens) }
                    tokens.append((token.kind, source.text(SourceRange(token.start, token.end))))
                }
            } catch {
                return .failure(error)
            }
        }
        switch result {
        case .success(let tokens): return tokens.map { (kind: $0.0, text: $0.1) }
        case .failure(let failure): throw SyntaxError(message: failure.message, offset: failure.offset, source: source)
        }
    }

    static func lex(_ text: String) throws(SyntaxError) -> [(kind: TokenKind, text: String)] {
        try lex(Source(text))
    }

    /// The value of a source holding exactly one string or block string token.
    static func stringValue(_ literal: String) throws -> String {
        let source = Source(literal)
        return try source.bytes.withUnsafeBufferPointer { buffer in
            var lexer = Lexer(bytes: buffer)
            let token = try lexer.next()
            #expect(token.kind == .string || token.kind == .blockString)
            #expect(try lexer.next().kind == .endOfFile)
            return lexer.stringValue(of: token)
        }
    }

    // MARK: Token kinds

    @Test(arguments: [
        ("!", TokenKind.bang), ("$", .dollar), ("&", .ampersand), ("(", .parenLeft), (")", .parenRight),
        ("...", .spread), (":", .colon), ("=", .equals), ("@", .at), ("[", .bracketLeft), ("]", .bracketRight),
        ("{", .braceLeft), ("|", .pipe), ("}", .braceRight), ("name", .name), ("12", .int), ("1.5", .float),
        ("\"string\"", .string), ("\"\"\"block\"\"\"", .blockString),
    ])
    func everyTokenKind(text: String, kind: TokenKind) throws {
        let tokens = try Self.lex("  \(text)  ")
        #expect(tokens.count == 1)
        #expect(tokens.first?.kind == kind)
        #expect(tokens.first?.text == text)
    }

    @Test func punctuatorsNeedNoSpaces() throws {
        let tokens = try Self.lex("query($a:[Int!]=[1]@d){...F ...on T{a}}|&")
        #expect(tokens.map(\.text) == [
            "query", "(", "$", "a", ":", "[", "Int", "!", "]", "=", "[", "1", "]", "@", "d", ")", "{", "...", "F",
            "...", "on", "T", "{", "a", "}", "}", "|", "&",
        ])
        #expect(tokens[7].kind == .bang && tokens[17].kind == .spread && tokens[26].kind == .pipe)
    }

    // MARK: Names (§2.1.9)

    @Test(arguments: ["a", "_", "__typename", "A1_b2", "camelCase", "SCREAMING_SNAKE", "_0", "z9", "query", "on", "true"])
    func names(name: String) throws {
        let tokens = try Self.lex(name)
        #expect(tokens.map(\.kind) == [.name])
        #expect(tokens.first?.text == name)
    }

    @Test func namesEndAtTheFirstCharacterThatCannotContinueThem() throws {
        let tokens = try Self.lex("abc123 def,ghi{jkl}")
        #expect(tokens.map(\.text) == ["abc123", "def", "ghi", "{", "jkl", "}"])
    }

    // MARK: Numbers (§2.1.7 IntValue, §2.1.8 FloatValue)

    @Test(arguments: [
        ("0", TokenKind.int), ("-0", .int), ("1", .int), ("-1", .int), ("1234567890", .int),
        ("9007199254740993123", .int), ("0.0", .float), ("-0.0", .float), ("1.5", .float), ("3.14159", .float),
        ("1e10", .float), ("1E10", .float), ("1e+10", .float), ("1e-10", .float), ("-1.5e-3", .float),
        ("0e0", .float), ("1.0E+0", .float), ("0.5e999", .float),
    ])
    func validNumbers(text: String, kind: TokenKind) throws {
        let tokens = try Self.lex(text)
        #expect(tokens.map(\.kind) == [kind])
        #expect(tokens.first?.text == text)
    }

    @Test func numbersEndBeforePunctuatorsAndSpaces() throws {
        let tokens = try Self.lex("[1,2 3]{a:-4}(b:5.5)")
        #expect(tokens.map(\.text) == ["[", "1", "2", "3", "]", "{", "a", ":", "-4", "}", "(", "b", ":", "5.5", ")"])
    }

    @Test(arguments: [
        ErrorCase("{ f(a: 00) }", 1, 9, "Invalid number, unexpected digit after 0: \"0\"."),
        ErrorCase("{ f(a: -01) }", 1, 10, "Invalid number, unexpected digit after 0: \"1\"."),
        ErrorCase("{ f(a: 01.5) }", 1, 9, "Invalid number, unexpected digit after 0: \"1\"."),
        ErrorCase("{ f(a: 1.) }", 1, 10, "Invalid number, expected digit but got: \")\"."),
        ErrorCase("{ f(a: 1.a) }", 1, 10, "Invalid number, expected digit but got: \"a\"."),
        ErrorCase("{ f(a: .5) }", 1, 8, "Unexpected character: \".\"."),
        ErrorCase("{ f(a: 1e) }", 1, 10, "Invalid number, expected digit but got: \")\"."),
        ErrorCase("{ f(a: 1e+) }", 1, 11, "Invalid number, expected digit but got: \")\"."),
        ErrorCase("{ f(a: 1E-x) }", 1, 11, "Invalid number, expected digit but got: \"x\"."),
        ErrorCase("{ f(a: 1.5.3) }", 1, 11, "Invalid number, expected digit but got: \".\"."),
        ErrorCase("{ f(a: 1a) }", 1, 9, "Invalid number, expected digit but got: \"a\"."),
        ErrorCase("{ f(a: 0x10) }", 1, 9, "Invalid number, expected digit but got: \"x\"."),
        ErrorCase("{ f(a: -) }", 1, 9, "Invalid number, expected digit but got: \")\"."),
        ErrorCase("{ f(a: - 1) }", 1, 9, "Invalid number, expected digit but got: \" \"."),
        ErrorCase("{ f(a: -x) }", 1, 9, "Invalid number, expected digit but got: \"x\"."),
        ErrorCase("{ f(a: 1_000) }", 1, 9, "Invalid number, expected digit but got: \"_\"."),
        ErrorCase("{ f(a: 1..2) }", 1, 10, "Invalid number, expected digit but got: \".\"."),
        ErrorCase("{ f(a: 12e3.4) }", 1, 12, "Invalid number, expected digit but got: \".\"."),
        ErrorCase("{ f(a: 1.5e3e4) }", 1, 13, "Invalid number, expected digit but got: \"e\"."),
        ErrorCase("{ f(a: 1.", 1, 10, "Invalid number, expected digit but got: <EOF>."),
        ErrorCase("{ f(a: 1e", 1, 10, "Invalid number, expected digit but got: <EOF>."),
        ErrorCase("{ f(a: -", 1, 9, "Invalid number, expected digit but got: <EOF>."),
        ErrorCase("{ f(a: 1é) }", 1, 9, "Unexpected character: U+00E9."),
        ErrorCase("{ f(a: 0.0.0) }", 1, 11, "Invalid number, expected digit but got: \".\"."),
        ErrorCase("{ f(a: 1.e3) }", 1, 10, "Invalid number, expected digit but got: \"e\"."),
        ErrorCase("{ f(a: 1.5_) }", 1, 11, "Invalid number, expected digit but got: \"_\"."),
        ErrorCase("{ f(a: 0_) }", 1, 9, "Invalid number, expected digit but got: \"_\"."),
    ])
    func invalidNumbers(_ errorCase: ErrorCase) {
        expectSyntaxError(errorCase)
    }

    // MARK: Strings (§2.1.9 StringValue, values per §2.9.4)

    /// Values checked scalar by scalar against graphql-core's.
    @Test(arguments: [
        ("\"\"", ""),
        ("\"simple\"", "simple"),
        ("\"  spaces  \"", "  spaces  "),
        ("\"\\\"\"", "\""),
        ("\"\\\\\"", "\\"),
        ("\"\\/\"", "/"),
        ("\"\\b\"", "\u{8}"),
        ("\"\\f\"", "\u{C}"),
        ("\"\\n\"", "\n"),
        ("\"\\r\"", "\r"),
        ("\"\\t\"", "\t"),
        ("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "\"\\/\u{8}\u{C}\n\r\t"),
        ("\"\\u0041\"", "A"),
        ("\"\\u00e9\\u00E9\"", "éé"),
        ("\"\\u4E2D\\u6587\"", "中文"),
        ("\"\\u0000\"", "\u{0}"),
        ("\"\\u001F\"", "\u{1F}"),
        ("\"\\uFFFF\"", "\u{FFFF}"),
        ("\"\\uD7FF\"", "\u{D7FF}"),
        ("\"\\uE000\"", "\u{E000}"),
        ("\"\\u{41}\"", "A"),
        ("\"\\u{1F600}\"", "😀"),
        ("\"\\u{0}\"", "\u{0}"),
        ("\"\\u{10FFFF}\"", "\u{10FFFF}"),
        ("\"\\u{00000041}\"", "A"),
        ("\"\\u{1f600}\"", "😀"),
        ("\"\\uD83D\\uDE00\"", "😀"),
        ("\"\\uD800\\uDC00\"", "𐀀"),
        ("\"\\uDBFF\\uDFFF\"", "\u{10FFFF}"),
        ("\"\\ud83d\\ude00\"", "😀"),
        ("\"a\\uD83D\\uDE00b\\u{1F600}c😀d\"", "a😀b😀c😀d"),
        ("\"中文 😀 é\"", "中文 😀 é"),
        ("\"tab\tinside\"", "tab\tinside"),
        ("\"\u{0}\u{7}\u{1F}\u{7F}\"", "\u{0}\u{7}\u{1F}\u{7F}"),
        ("\"\u{1B}[31m\"", "\u{1B}[31m"),
        ("\"\u{85}\u{2028}\u{FEFF}\"", "\u{85}\u{2028}\u{FEFF}"),
        ("\"# not a comment\"", "# not a comment"),
        ("\"unicode \\u{1F1E8}\\u{1F1F3}\"", "unicode 🇨🇳"),
    ])
    func stringValues(literal: String, value: String) throws {
        #expect(scalars(try Self.stringValue(literal)) == scalars(value))
    }

    @Test(arguments: [
        ErrorCase("{ f(a: \"abc) }", 1, 15, "Unterminated string."),
        ErrorCase("{ f(a: \"abc", 1, 12, "Unterminated string."),
        ErrorCase("{ f(a: \"abc\n\") }", 1, 12, "Unterminated string."),
        ErrorCase("{ f(a: \"abc\r\") }", 1, 12, "Unterminated string."),
        ErrorCase("{ f(a: \"abc\r\n\") }", 1, 12, "Unterminated string."),
        ErrorCase("{ f(a: \"\\x\") }", 1, 9, "Invalid character escape sequence: \"\\x\"."),
        ErrorCase("{ f(a: \"\\a\") }", 1, 9, "Invalid character escape sequence: \"\\a\"."),
        ErrorCase("{ f(a: \"\\U0041\") }", 1, 9, "Invalid character escape sequence: \"\\U\"."),
        ErrorCase("{ f(a: \"\\'\") }", 1, 9, "Invalid character escape sequence: \"\\'\"."),
        ErrorCase("{ f(a: \"\\u12\") }", 1, 9, "Invalid Unicode escape sequence: \"\\u12\")\"."),
        ErrorCase("{ f(a: \"\\u12\") }\n", 1, 9, "Invalid Unicode escape sequence: \"\\u12\")\"."),
        ErrorCase("{ f(a: \"\\uXYZW\") }", 1, 9, "Invalid Unicode escape sequence: \"\\uXYZW\"."),
        ErrorCase("{ f(a: \"\\u00G0\") }", 1, 9, "Invalid Unicode escape sequence: \"\\u00G0\"."),
        ErrorCase("{ f(a: \"\\uD83D\") }", 1, 9, "Invalid Unicode escape sequence: \"\\uD83D\"."),
        ErrorCase("{ f(a: \"\\uD83Dx\") }", 1, 9, "Invalid Unicode escape sequence: \"\\uD83D\"."),
        ErrorCase("{ f(a: \"\\uD83D\\u0041\") }", 1, 9, "Invalid Unicode escape sequence: \"\\uD83D\"."),
        ErrorCase("{ f(a: \"\\uD83D\\uD83D\") }", 1, 9, "Invalid Unicode escape sequence: \"\\uD83D\"."),
        ErrorCase("{ f(a: \"\\uDE00\") }", 1, 9, "Invalid Unicode escape sequence: \"\\uDE00\"."),
        ErrorCase("{ f(a: \"\\uDE00\\uD83D\") }", 1, 9, "Invalid Unicode escape sequence: \"\\uDE00\"."),
        ErrorCase("{ f(a: \"\\uD83D\\uDE0\") }", 1, 9, "Invalid Unicode escape sequence: \"\\uD83D\"."),
        ErrorCase("{ f(a: \"\\uD83D\\u{DE00}\") }", 1, 9, "Invalid Unicode escape sequence: \"\\uD83D\"."),
        ErrorCase("{ f(a: \"\\u{110000}\") }", 1, 9, "Invalid Unicode escape sequence: \"\\u{110000}\"."),
        ErrorCase("{ f(a: \"\\u{D800}\") }", 1, 9, "Invalid Unicode escape sequence: \"\\u{D800}\"."),
        ErrorCase("{ f(a: \"\\u{DFFF}\") }", 1, 9, "Invalid Unicode escape sequence: \"\\u{DFFF}\"."),
        ErrorCase("{ f(a: \"\\u{}\") }", 1, 9, "Invalid Unicode escape sequence: \"\\u{}\"."),
        ErrorCase("{ f(a: \"\\u{12x}\") }", 1, 9, "Invalid Unicode escape sequence: \"\\u{12x\"."),
        ErrorCase("{ f(a: \"\\u{1F600\") }", 1, 9, "Invalid Unicode escape sequence: \"\\u{1F600\"\"."),
        ErrorCase("{ f(a: \"\\u{FFFFFFFFFFFF}\") }", 1, 9, "Invalid Unicode escape sequence: \"\\u{FFFFFFFFF\"."),
        ErrorCase("{ f(a: \"\\u{-1}\") }", 1, 9, "Invalid Unicode escape sequence: \"\\u{-\"."),
        ErrorCase("{ f(a: \"\\u{ 41}\") }", 1, 9, "Invalid Unicode escape sequence: \"\\u{ \"."),
        ErrorCase("{ f(a: \"\\u{中}\") }", 1, 9, "Invalid Unicode escape sequence: \"\\u{中\"."),
        ErrorCase("{ f(a: \"\\u{1😀}\") }", 1, 9, "Invalid Unicode escape sequence: \"\\u{1😀\"."),
        ErrorCase("{ f(a: \"\\u{", 1, 9, "Invalid Unicode escape sequence: \"\\u{\"."),
        ErrorCase("{ f(a: \"\\u{41", 1, 9, "Invalid Unicode escape sequence: \"\\u{41\"."),
        ErrorCase("{ f(a: \"\\中\") }", 1, 9, "Invalid character escape sequence: \"\\中\"."),
        ErrorCase("{ f(a: \"\\😀\") }", 1, 9, "Invalid character escape sequence: \"\\😀\"."),
        ErrorCase("{ f(a: \"\\\n\") }", 1, 9, "Invalid character escape sequence: \"\\\n\"."),
        ErrorCase("{ f(a: \"ok\\t\\z\") }", 1, 13, "Invalid character escape sequence: \"\\z\"."),
        ErrorCase("{ f(a: \"中文\\q\") }", 1, 11, "Invalid character escape sequence: \"\\q\"."),
        ErrorCase("{ f(a: \"\"\"abc) }", 1, 17, "Unterminated string."),
        ErrorCase("{ f(a: \"\"\"abc", 1, 14, "Unterminated string."),
        ErrorCase("{ f(a: \"\"\"abc\\\"\"\") }", 1, 21, "Unterminated string."),
        ErrorCase("{ f(a: \"\"\"a\"\"\"\"\") }", 1, 15, "Expected Name, found String \"\"."),
        ErrorCase("{ f(a: \"\"\"\"\"\"\") }", 1, 18, "Unterminated string."),
        ErrorCase("{ f(a: \"a\" \"b\") }", 1, 12, "Expected Name, found String \"b\"."),
        ErrorCase("{ f(a: \"a\"\"\") }", 1, 11, "Expected Name, found String \"\"."),
        // graphql-core 3.2.8 raises an IndexError on these (it reads past the end of the text);
        // the expectations are what graphql-js 16 reports.
        ErrorCase("{ f(a: \"\\", 1, 9, "Invalid character escape sequence: \"\\\"."),
        ErrorCase("{ f(a: \"\\u", 1, 9, "Invalid Unicode escape sequence: \"\\u\"."),
        ErrorCase("{ f(a: \"\\u00", 1, 9, "Invalid Unicode escape sequence: \"\\u00\"."),
        ErrorCase("{ f(a: \"\\u12\"", 1, 9, "Invalid Unicode escape sequence: \"\\u12\"\"."),
        ErrorCase("{ f(a: \"\\uD83D\\u", 1, 9, "Invalid Unicode escape sequence: \"\\uD83D\"."),
    ])
    func invalidStrings(_ errorCase: ErrorCase) {
        expectSyntaxError(errorCase)
    }

    /// `\u{…}` takes any number of hex digits (spec §2.9.4: `{ HexDigit+ }` whose value is a
    /// scalar). graphql-js and graphql-core stop at 12 characters (`\u{00000000}`) and reject
    /// longer escapes with leading zeros; we follow the spec.
    @Test func unicodeEscapesMayHaveLeadingZerosBeyondEightDigits() throws {
        #expect(try Self.stringValue("\"\\u{0000000041}\"") == "A")
        #expect(scalars(try Self.stringValue("\"\\u{000000000001F600}\"")) == [0x1F600])
        expectSyntaxError(ErrorCase(
            "{ f(a: \"\\u{0000000000110000}\") }", 1, 9, "Invalid Unicode escape sequence: \"\\u{000000000\"."))
    }

    /// Every character but `"`, `\` and line terminators may appear in a string, control
    /// characters included (spec §2.1.1: SourceCharacter is any Unicode scalar value).
    @Test func controlCharactersAreStringCharacters() throws {
        let controls = (0..<0x20).filter { $0 != 0x0A && $0 != 0x0D } + [0x7F, 0x85, 0x9F]
        let text = String(String.UnicodeScalarView(controls.map { Unicode.Scalar(UInt32($0))! }))
        #expect(scalars(try Self.stringValue("\"\(text)\"")) == scalars(text))
        #expect(scalars(try Self.stringValue("\"\"\"\(text)\"\"\"")) == scalars(text))
    }

    // MARK: Block strings (§2.1.9 BlockStringCharacter, BlockStringValue())

    /// Values checked scalar by scalar against graphql-core's (which implements the spec's
    /// BlockStringValue() algorithm): common indentation of all lines but the first removed,
    /// blank leading and trailing lines dropped, CRLF and CR read as line ends, `\"""` unescaped,
    /// nothing else escaped.
    @Test(arguments: [
        ("\"\"\"\"\"\"", ""),
        ("\"\"\"simple\"\"\"", "simple"),
        ("\"\"\"  leading spaces kept on first line\"\"\"", "  leading spaces kept on first line"),
        ("\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"", "Hello,\n  World!\n\nYours,\n  GraphQL."),
        ("\"\"\"\n\n\n  blank lines around\n\n\n\"\"\"", "blank lines around"),
        ("\"\"\"   \n  \t \n  only whitespace lines\n   \n\t\"\"\"", "only whitespace lines"),
        ("\"\"\"first line\n    indented\n  less\"\"\"", "first line\n  indented\nless"),
        ("\"\"\"\r\n  crlf\r\n    lines\r\n  \"\"\"", "crlf\n  lines"),
        ("\"\"\"\r  cr\r    lines\r  \"\"\"", "cr\n  lines"),
        ("\"\"\"\n\ttab\n\t\tindent\n\"\"\"", "tab\n\tindent"),
        ("\"\"\"\n \ttab and space\n \t more\n\"\"\"", "tab and space\n more"),
        ("\"\"\"escaped \\\"\"\" triple quote\"\"\"", "escaped \"\"\" triple quote"),
        ("\"\"\"\n  \\\"\"\"\n  a\\\"\"\"b\n\"\"\"", "\"\"\"\na\"\"\"b"),
        ("\"\"\"no \\n escapes \\u0041 here\"\"\"", "no \\n escapes \\u0041 here"),
        ("\"\"\"quotes \" and \"\" inside\"\"\"", "quotes \" and \"\" inside"),
        ("\"\"\"\n  中文\n    😀 emoji\n\"\"\"", "中文\n  😀 emoji"),
        ("\"\"\"   \"\"\"", ""),
        ("\"\"\"\n\"\"\"", ""),
        ("\"\"\"\n  a\n\n  b\n\"\"\"", "a\n\nb"),
        ("\"\"\"  a\n  b\"\"\"", "  a\nb"),
        ("\"\"\"a\n b\n  c\"\"\"", "a\nb\n c"),
        ("\"\"\"\n    a\n  \n    b\n\"\"\"", "a\n\nb"),
        ("\"\"\"\n  x\u{7}\u{0}y\n\"\"\"", "x\u{7}\u{0}y"),
        ("\"\"\"\\\"\"\"\"\"\"", "\"\"\""),
        ("\"\"\"trailing spaces   \n  kept on non-blank lines  \n\"\"\"", "trailing spaces   \nkept on non-blank lines  "),
        ("\"\"\"\n  mixed\r\n  line\r  ends\n\"\"\"", "mixed\nline\nends"),
    ])
    func blockStringValues(literal: String, value: String) throws {
        #expect(scalars(try Self.stringValue(literal)) == scalars(value))
    }

    // MARK: Invalid UTF-8 (Source(bytes:))

    /// Bytes that are not UTF-8 are refused where they stand, in every context. The messages are
    /// ours (graphql-js reads text, not bytes); the column counts the valid code points before.
    @Test(arguments: [
        ([0xFF], "", 1, "Invalid character: invalid UTF-8 byte 0xFF."),
        ([0x80], "", 1, "Invalid character: invalid UTF-8 byte 0x80."),
        ([0xC0, 0x80], "", 1, "Invalid character: invalid UTF-8 byte 0xC0."),
        ([0x7B, 0x61, 0xFE], "{a", 3, "Invalid character: invalid UTF-8 byte 0xFE."),
        ([0x22, 0xFF, 0x22], "\"", 2, "Invalid character within String: invalid UTF-8 byte 0xFF."),
        ([0x22, 0x61, 0x80, 0x22], "\"a", 3, "Invalid character within String: invalid UTF-8 byte 0x80."),
        // Overlong encoding of "/".
        ([0x22, 0xC0, 0xAF, 0x22], "\"", 2, "Invalid character within String: invalid UTF-8 byte 0xC0."),
        ([0x22, 0xE0, 0x80, 0xAF, 0x22], "\"", 2, "Invalid character within String: invalid UTF-8 byte 0xE0."),
        // An encoded surrogate (CESU-8) is not a scalar value.
        ([0x22, 0xED, 0xA0, 0x80, 0x22], "\"", 2, "Invalid character within String: invalid UTF-8 byte 0xED."),
        // Beyond U+10FFFF.
        ([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], "\"", 2, "Invalid character within String: invalid UTF-8 byte 0xF4."),
        ([0x22, 0xF5, 0x80, 0x80, 0x80, 0x22], "\"", 2, "Invalid character within String: invalid UTF-8 byte 0xF5."),
        // A sequence cut short by the closing quote or by the end of the text.
        ([0x22, 0xE4, 0xB8, 0x22], "\"", 2, "Invalid character within String: invalid UTF-8 byte 0xE4."),
        ([0x22, 0xF0, 0x9F, 0x98], "\"", 2, "Invalid character within String: invalid UTF-8 byte 0xF0."),
        ([0x22, 0x22, 0x22, 0x0A, 0xFF, 0x22, 0x22, 0x22], "\"\"\"\n", 1, "Invalid character within String: invalid UTF-8 byte 0xFF."),
        ([0x22, 0x5C, 0xFF, 0x22], "\"", 2, "Invalid character escape sequence: \"\\\u{FFFD}\"."),
        ([0x23, 0x20, 0xFF, 0x0A, 0x7B, 0x61, 0x7D], "# ", 3, "Invalid character: invalid UTF-8 byte 0xFF."),
        ([0x23, 0xE4, 0xB8, 0xAD, 0xC3], "#中", 3, "Invalid character: invalid UTF-8 byte 0xC3."),
        ([0x7B, 0x61, 0x7D, 0x23, 0xED, 0xBF, 0xBF], "{a}#", 5, "Invalid character: invalid UTF-8 byte 0xED."),
    ] as [([UInt8], String, Int, String)])
    func invalidUTF8(bytes: [UInt8], lineBefore: String, column: Int, message: String) {
        guard let error = syntaxError(Source(bytes: bytes, name: "bytes")) else {
            Issue.record("parsed without error")
            return
        }
        #expect(error.message == message)
        #expect(error.line == 1 + lineBefore.filter(\.isNewline).count)
        #expect(error.column == column)
    }

    @Test func validUTF8OfEveryLengthIsAccepted() throws {
        let text = "# é 中 😀 \u{10FFFF}\n{ a(s: \"é 中 😀 \u{10FFFF}\", b: \"\"\"é 中 😀\"\"\") }"
        _ = try parse(Source(bytes: Array(text.utf8), name: "bytes"))
    }

    // MARK: Other characters

    @Test(arguments: [
        ErrorCase("{ f(a: 'x') }", 1, 8, "Unexpected single quote character ('), did you mean to use a double quote (\")?"),
        ErrorCase("{ f ^ }", 1, 5, "Unexpected character: \"^\"."),
        ErrorCase("{ f ~ }", 1, 5, "Unexpected character: \"~\"."),
        ErrorCase("{ f ? }", 1, 5, "Unexpected character: \"?\"."),
        ErrorCase("{ f % }", 1, 5, "Unexpected character: \"%\"."),
        ErrorCase("{ f * }", 1, 5, "Unexpected character: \"*\"."),
        ErrorCase("{ f + }", 1, 5, "Unexpected character: \"+\"."),
        ErrorCase("{ f ; }", 1, 5, "Unexpected character: \";\"."),
        ErrorCase("{ f < }", 1, 5, "Unexpected character: \"<\"."),
        ErrorCase("{ f > }", 1, 5, "Unexpected character: \">\"."),
        ErrorCase("{ f / }", 1, 5, "Unexpected character: \"/\"."),
        ErrorCase("{ f \\ }", 1, 5, "Unexpected character: \"\\\"."),
        ErrorCase("{ f ` }", 1, 5, "Unexpected character: \"`\"."),
        ErrorCase("{ f é }", 1, 5, "Unexpected character: U+00E9."),
        ErrorCase("{ f 中 }", 1, 5, "Unexpected character: U+4E2D."),
        ErrorCase("{ f 😀 }", 1, 5, "Unexpected character: U+1F600."),
        ErrorCase("{ f \u{0} }", 1, 5, "Unexpected character: U+0000."),
        ErrorCase("{ f \u{7} }", 1, 5, "Unexpected character: U+0007."),
        ErrorCase("{ f \u{7F} }", 1, 5, "Unexpected character: U+007F."),
        ErrorCase("{ f   }", 1, 5, "Unexpected character: U+00A0."),
        ErrorCase("{ f \u{B} }", 1, 5, "Unexpected character: U+000B."),
        ErrorCase("{ f \u{C} }", 1, 5, "Unexpected character: U+000C."),
        ErrorCase("{ f \u{1B} }", 1, 5, "Unexpected character: U+001B."),
        ErrorCase("{ f .. }", 1, 5, "Unexpected character: \".\"."),
        ErrorCase("{ f . }", 1, 5, "Unexpected character: \".\"."),
        ErrorCase("{ f .", 1, 5, "Unexpected character: \".\"."),
        ErrorCase("{ f ..", 1, 5, "Unexpected character: \".\"."),
        ErrorCase("{ f # comment }", 1, 16, "Expected Name, found <EOF>."),
        ErrorCase("{ f \u{85} }", 1, 5, "Unexpected character: U+0085."),
        ErrorCase("{ f \u{2028} }", 1, 5, "Unexpected character: U+2028."),
        ErrorCase("{ f ​ }", 1, 5, "Unexpected character: U+200B."),
        ErrorCase("{ f -- }", 1, 6, "Invalid number, expected digit but got: \"-\"."),
        ErrorCase("{ f \"", 1, 6, "Unterminated string."),
        ErrorCase("\u{FEFF}\u{FEFF}{ f ^ }", 1, 7, "Unexpected character: \"^\"."),
    ])
    func unexpectedCharacters(_ errorCase: ErrorCase) {
        expectSyntaxError(errorCase)
    }

    // MARK: Ignored tokens (§2.1.2–§2.1.5, §2.1.1 Unicode BOM)

    @Test func commentsAreIgnored() throws {
        let tokens = try Self.lex("# a comment\n{ a # another { } \" \"\"\" \n b }# 中文 😀\r c\r\n#last")
        #expect(tokens.map(\.text) == ["{", "a", "b", "}", "c"])
    }

    @Test func aHashInsideAStringIsNotAComment() throws {
        let tokens = try Self.lex("\"# not a comment\" \"\"\"# nor this\"\"\"")
        #expect(tokens.map(\.kind) == [.string, .blockString])
    }

    @Test func commasAreIgnored() throws {
        let tokens = try Self.lex(",,{a,b,,c},,")
        #expect(tokens.map(\.text) == ["{", "a", "b", "c", "}"])
        let document = try parse("query Q($a:Int,$b:Int,){f(x:$a,y:[1,2,,3,],),g,}")
        guard case .operation(let operation) = document.definitions.first else {
            Issue.record("not an operation")
            return
        }
        #expect(operation.variableDefinitions.count == 2)
        #expect(operation.selectionSet.selections.count == 2)
    }

    @Test func whiteSpaceAndLineTerminatorsAreIgnored() throws {
        let tokens = try Self.lex(" \t\n\r\n\r{\ta\r\nb\rc\n}\t ")
        #expect(tokens.map(\.text) == ["{", "a", "b", "c", "}"])
    }

    /// A byte-order mark is ignored wherever it appears outside strings, and kept inside them.
    @Test func byteOrderMarks() throws {
        #expect(try Self.lex("\u{FEFF}{ a }").map(\.text) == ["{", "a", "}"])
        #expect(try Self.lex("\u{FEFF}\u{FEFF}{\u{FEFF}a\u{FEFF}}\u{FEFF}").map(\.text) == ["{", "a", "}"])
        #expect(scalars(try Self.stringValue("\u{FEFF}\"a\u{FEFF}b\"")) == [0x61, 0xFEFF, 0x62])
        #expect(try countTokens(Source("\u{FEFF}")) == 0)
    }

    // MARK: countTokens

    @Test(arguments: [
        ("", 0), ("# comment only", 0), (",,, \n\t", 0), ("{ a }", 3), ("query Q($a: [Int!]! = [1, 2]) { a(x: $a) }", 26),
        ("\"desc\" type T { a: Int }", 8), ("{ ... on T { a } ...F }", 10), ("\u{FEFF}{a,b,c}", 5),
    ])
    func countTokensCountsSignificantTokens(text: String, count: Int) throws {
        #expect(try countTokens(Source(text)) == count)
    }

    @Test func countTokensReportsTheFirstLexicalError() {
        do {
            _ = try countTokens(Source("{ a }\n{ b(x: 01) }", name: "c.graphql"))
            Issue.record("counted")
        } catch {
            #expect(error.message == "Invalid number, unexpected digit after 0: \"1\".")
            #expect(error.location == QuarryLanguage.SourceLocation(line: 2, column: 9))
        }
    }
}
