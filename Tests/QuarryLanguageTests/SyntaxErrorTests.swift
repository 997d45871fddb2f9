import Testing
@testable import QuarryLanguage

/// `SyntaxError`: the data (message, offset, line, column) and its rendering,
/// `name:line:column: Syntax Error: message`, the source line, and a caret under the column.
@Suite("Syntax errors")
struct SyntaxErrorTests {
    static func failure(_ text: String, name: String = "q.graphql") throws -> SyntaxError {
        do {
            _ = try parse(text, name: name)
        } catch {
            return error
        }
        throw UnexpectedNode(description: "parsed without error")
    }

    @Test func carriesMessageOffsetLineAndColumn() throws {
        let error = try Self.failure("{ a\n  b(x: 01) }")
        #expect(error.message == "Invalid number, unexpected digit after 0: \"1\".")
        #expect(error.offset == 12)
        #expect(error.line == 2 && error.column == 9)
        #expect(error.source.name == "q.graphql")
    }

    @Test func rendersWithTheSourceLineAndACaret() throws {
        #expect(try Self.failure("{ a\n  b(x: 01) }").description == """
            q.graphql:2:9: Syntax Error: Invalid number, unexpected digit after 0: "1".
            2 |   b(x: 01) }
              |         ^
            """)
    }

    @Test func defaultSourceName() throws {
        #expect(try Self.failure("{", name: "<query>").description == """
            <query>:1:2: Syntax Error: Expected Name, found <EOF>.
            1 | {
              |  ^
            """)
        do {
            _ = try parse("}")
            Issue.record("parsed")
        } catch {
            #expect(error.description.hasPrefix("<query>:1:1: Syntax Error: Unexpected \"}\"."))
        }
    }

    @Test func theGutterWidensWithTheLineNumber() throws {
        let text = String(repeating: "\n", count: 11) + "{ a ! }"
        #expect(try Self.failure(text).description == """
            q.graphql:12:5: Syntax Error: Expected Name, found "!".
            12 | { a ! }
               |     ^
            """)
    }

    /// Tabs before the column stay tabs in the caret line, so the caret lines up in a terminal;
    /// every other code point (an emoji, a Chinese character) takes one space.
    @Test func caretUnderTabsAndNonASCIIText() throws {
        #expect(try Self.failure("{\n\t\ta(x: \"中文😀\") ^ }").description == """
            q.graphql:2:15: Syntax Error: Unexpected character: "^".
            2 | \t\ta(x: "中文😀") ^ }
              | \t\t            ^
            """)
    }

    @Test func anErrorAtTheEndOfTheTextPointsPastTheLastLine() throws {
        #expect(try Self.failure("{ a\n").description == """
            q.graphql:2:1: Syntax Error: Expected Name, found <EOF>.
            2 | 
              | ^
            """)
        #expect(try Self.failure("").description == """
            q.graphql:1:1: Syntax Error: Unexpected <EOF>.
            1 | 
              | ^
            """)
    }

    @Test(arguments: ["\r\n", "\r"])
    func theShownLineHasNoLineTerminator(lineEnd: String) throws {
        #expect(try Self.failure("{\(lineEnd)  a b(\(lineEnd)}\(lineEnd)").description == """
            q.graphql:3:1: Syntax Error: Expected Name, found "}".
            3 | }
              | ^
            """)
    }

    @Test func aLeadingByteOrderMarkIsOneColumn() throws {
        let error = try Self.failure("\u{FEFF}{ ? }")
        #expect(error.column == 4)
        #expect(error.description == "q.graphql:1:4: Syntax Error: Unexpected character: \"?\".\n1 | \u{FEFF}{ ? }\n  |    ^")
    }

    @Test func invalidUTF8IsShownAsReplacementCharacters() throws {
        let source = Source(bytes: [0x7B, 0x20, 0xFF, 0x20, 0x7D], name: "bytes")
        let error = try #require(syntaxError(source))
        #expect(error.description == """
            bytes:1:3: Syntax Error: Invalid character: invalid UTF-8 byte 0xFF.
            1 | { \u{FFFD} }
              |   ^
            """)
    }
}
