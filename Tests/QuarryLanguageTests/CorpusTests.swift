import Foundation
import Testing
@testable import QuarryLanguage

/// The corpus of Tests/QuarryLanguageTests/Corpus (written with graphql-core 3.2.8, see
/// Corpus/tools/make_cases.py): real-world valid documents with graphql-core's token counts, and
/// invalid documents with graphql-core's error. Our line and column must equal graphql-core's
/// (the corpus computes them from graphql-core's offset the spec's way); our message must equal
/// graphql-core's once its quotes are written our way, except for the cases of
/// `wordingDiffers`.
@Suite("Corpus")
struct CorpusTests {
    struct ValidFile: Decodable, Sendable, CustomTestStringConvertible {
        let file: String
        let tokens: Int
        let definitions: Int
        var testDescription: String { file }
    }

    struct InvalidCase: Decodable, Sendable, CustomTestStringConvertible {
        let name: String
        let source: String
        let line: Int
        let column: Int
        let message: String
        let rule: String
        var testDescription: String { name }
    }

    /// A document whose outcome differs between the October 2021 edition (graphql-core) and the
    /// September 2025 edition; `september2025` is what we must do.
    struct EditionCase: Decodable, Sendable, CustomTestStringConvertible {
        struct Outcome: Decodable, Sendable {
            let valid: Bool
            let definitions: Int?
            let line: Int?
            let column: Int?
            let message: String?
        }

        let name: String
        let source: String
        let rule: String
        let september2025: Outcome
        var testDescription: String { name }
    }

    /// Cases whose message legitimately differs from graphql-core 3.2.8's, with the reason.
    static let wordingDiffers: [String: String] = [
        "desc.extend-type": Self.descriptionWording,
        "desc.extend-schema": Self.descriptionWording,
        "desc.unknown-keyword": Self.descriptionWording,
    ]

    static let descriptionWording = """
        September 2025 allows descriptions on operations and fragments, so graphql-core's "descriptions are \
        supported only on type definitions" is no longer true; we use graphql-js 17's wording ("only GraphQL \
        definitions support descriptions"), at the same position.
        """

    static var corpus: URL {
        get throws {
            try #require(Bundle.module.url(forResource: "Corpus", withExtension: nil), "the Corpus resource is missing")
        }
    }

    static func decode<T: Decodable>(_ type: T.Type, _ path: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(contentsOf: try corpus.appendingPathComponent(path)))
    }

    static func validFiles() throws -> [ValidFile] { try decode([ValidFile].self, "valid/index.json") }
    static func invalidCases() throws -> [InvalidCase] { try decode([InvalidCase].self, "invalid/cases.json") }
    static func editionCases() throws -> [EditionCase] { try decode([EditionCase].self, "invalid/cases-2025.json") }

    // MARK: Valid documents

    /// Every valid file parses, has the definitions the corpus counted and exactly graphql-core's
    /// number of tokens. Files are read as bytes: BOMs and line terminators stay as written.
    @Test(arguments: try validFiles())
    func validDocument(_ entry: ValidFile) throws {
        let bytes = [UInt8](try Data(contentsOf: try Self.corpus.appendingPathComponent("valid/\(entry.file)")))
        let source = Source(bytes: bytes, name: entry.file)
        let document = try parse(source)
        #expect(document.definitions.count == entry.definitions)
        #expect(try countTokens(source) == entry.tokens)
    }

    @Test func indexListsEveryValidFile() throws {
        let directory = try Self.corpus.appendingPathComponent("valid")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".graphql") }.sorted()
        #expect(files.count >= 40)
        #expect(try Self.validFiles().map(\.file).sorted() == files)
    }

    // MARK: Invalid documents

    @Test(arguments: try invalidCases())
    func invalidDocument(_ invalid: InvalidCase) throws {
        let error = try #require(syntaxError(invalid.source), "parsed without error")
        #expect(error.line == invalid.line, "line")
        #expect(error.column == invalid.column, "column")
        if Self.wordingDiffers[invalid.name] == nil {
            #expect(error.message == Self.ourQuotes(invalid.message))
        } else {
            #expect(error.message != Self.ourQuotes(invalid.message), "allow-listed but the wording now agrees")
        }
    }

    @Test func allowListNamesExistingCases() throws {
        let names = Set(try Self.invalidCases().map(\.name))
        #expect(Set(Self.wordingDiffers.keys).isSubset(of: names))
        #expect(names.count == (try Self.invalidCases().count), "case names are unique")
    }

    @Test(arguments: try editionCases())
    func september2025Document(_ edition: EditionCase) throws {
        let expected = edition.september2025
        if expected.valid {
            let document = try parse(edition.source)
            #expect(document.definitions.count == expected.definitions)
        } else {
            let error = try #require(syntaxError(edition.source), "parsed without error")
            #expect(error.line == expected.line, "line")
            #expect(error.column == expected.column, "column")
            #expect(error.message == Self.ourQuotes(expected.message ?? ""))
        }
    }

    // MARK: Quotes

    /// graphql-core's message with our quotes. graphql-core quotes with `'` where graphql-js (and
    /// we) quote with `"`: `Expected ':', found Name 'x'.` is our `Expected ":", found Name "x".`.
    /// The quoted text itself is kept verbatim, so only the delimiters of known message shapes are
    /// rewritten; a message of another shape is returned unchanged.
    static func ourQuotes(_ message: String) -> String {
        guard message.hasSuffix(".") || message.hasSuffix("?") else { return message }
        let body = String(message.dropLast())
        for keep in ["Unexpected description", "Unexpected single quote", "Unterminated string", "Document contains more than"]
        where message.hasPrefix(keep) {
            return message
        }
        if body.hasPrefix("Expected "), let found = body.range(of: ", found ") {
            let expected = String(body[body.index(body.startIndex, offsetBy: 9)..<found.lowerBound])
            return "Expected \(token(expected)), found \(token(String(body[found.upperBound...])))."
        }
        for prefix in [
            "Unexpected character: ", "Invalid character: ", "Invalid number, expected digit but got: ",
            "Invalid number, unexpected digit after 0: ", "Invalid character within String: ",
        ] where body.hasPrefix(prefix) {
            return prefix + character(String(body.dropFirst(prefix.count))) + "."
        }
        for (prefix, suffix) in [
            ("Invalid Unicode escape sequence: '", "'"), ("Invalid character escape sequence: '", "'"),
            ("Unexpected variable '", "' in constant value"), ("Name '", "' is reserved and cannot be used for an enum value"),
        ] where body.hasPrefix(prefix) && body.hasSuffix(suffix) && body.count >= prefix.count + suffix.count {
            let inner = body.dropFirst(prefix.count).dropLast(suffix.count)
            return String(prefix.dropLast()) + "\"" + inner + "\"" + suffix.dropFirst() + "."
        }
        if body.hasPrefix("Unexpected ") {
            return "Unexpected " + token(String(body.dropFirst(11))) + "."
        }
        return message
    }

    /// A token as graphql-core describes it: `'{'`, `Name 'x'`, `<EOF>`.
    static func token(_ description: String) -> String {
        for kind in ["Name", "Int", "Float", "String", "BlockString"]
        where description.hasPrefix(kind + " '") && description.hasSuffix("'") && description.count >= kind.count + 3 {
            return kind + " \"" + description.dropFirst(kind.count + 2).dropLast() + "\""
        }
        if description.count >= 2 && description.hasPrefix("'") && description.hasSuffix("'") {
            return "\"" + description.dropFirst().dropLast() + "\""
        }
        return description
    }

    /// A character as graphql-core describes it: `'x'`, `'"'` (kept: graphql-js writes it so too),
    /// `U+0007`, `<EOF>`.
    static func character(_ description: String) -> String {
        if description == "'\"'" { return description }
        let scalars = Array(description.unicodeScalars)
        if scalars.count == 3 && scalars[0] == "'" && scalars[2] == "'" { return "\"\(scalars[1])\"" }
        return description
    }

    @Test(arguments: [
        ("Expected ':', found Name 'x'.", "Expected \":\", found Name \"x\"."),
        ("Expected Name, found String 'it's \"quoted\"'.", "Expected Name, found String \"it's \"quoted\"\"."),
        ("Expected 'on', found <EOF>.", "Expected \"on\", found <EOF>."),
        ("Unexpected '}'.", "Unexpected \"}\"."),
        ("Unexpected BlockString 'a, found b'.", "Unexpected BlockString \"a, found b\"."),
        ("Unexpected character: '''.", "Unexpected character: \"'\"."),
        ("Unexpected character: '\"'.", "Unexpected character: '\"'."),
        ("Invalid number, expected digit but got: U+00E9.", "Invalid number, expected digit but got: U+00E9."),
        ("Invalid Unicode escape sequence: '\\u{12''.", "Invalid Unicode escape sequence: \"\\u{12'\"."),
        ("Unexpected variable '$x' in constant value.", "Unexpected variable \"$x\" in constant value."),
        ("Name 'true' is reserved and cannot be used for an enum value.", "Name \"true\" is reserved and cannot be used for an enum value."),
        ("Unterminated string.", "Unterminated string."),
        ("Unexpected single quote character ('), did you mean to use a double quote (\")?",
         "Unexpected single quote character ('), did you mean to use a double quote (\")?"),
    ])
    func quoteNormalization(graphqlCore: String, ours: String) {
        #expect(Self.ourQuotes(graphqlCore) == ours)
    }
}
