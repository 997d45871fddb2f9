import Foundation
import Testing
@testable import QuarryLanguage

/// Parsing is bounded (issue 3, "the GraphQL language layer"): a token limit and a nesting limit
/// give a clean error with a position, and hostile input (very deep nesting, huge strings,
/// random bytes, mangled documents) never crashes or hangs the process.
@Suite("Limits")
struct LimitsTests {
    // MARK: maxTokens

    @Test func tooManyTokens() throws {
        let error = try #require(syntaxError("{ a b c }", options: ParseOptions(maxTokens: 3)))
        #expect(error.message == "Document contains more than 3 tokens. Parsing aborted.")
        #expect(error.location == QuarryLanguage.SourceLocation(line: 1, column: 7))
        #expect(syntaxError("{ a b c }", options: ParseOptions(maxTokens: 5)) == nil)
    }

    /// The limit counts every token, the first one included (as graphql-js does).
    @Test func theFirstTokenCounts() throws {
        let error = try #require(syntaxError("  { a }", options: ParseOptions(maxTokens: 0)))
        #expect(error.message == "Document contains more than 0 tokens. Parsing aborted.")
        #expect(error.column == 3)
        let one = try #require(syntaxError("{ a }", options: ParseOptions(maxTokens: 1)))
        #expect(one.column == 3)
        // An empty document has no token to count: it fails for being empty.
        #expect(syntaxError("", options: ParseOptions(maxTokens: 0))?.message == "Unexpected <EOF>.")
    }

    /// Comments, commas and white space are not tokens.
    @Test func ignoredTokensDoNotCount() {
        let text = "# comment\n{ a, b,,, c } # another"
        #expect(syntaxError(text, options: ParseOptions(maxTokens: 5)) == nil)
        #expect(syntaxError(text, options: ParseOptions(maxTokens: 4)) != nil)
    }

    @Test func theDefaultLimitIsAMillionTokens() throws {
        let fields = String(repeating: "a ", count: 999_998)
        #expect(syntaxError("{ \(fields)}") == nil)
        let error = try #require(syntaxError("{ \(fields)b c }"))
        #expect(error.message == "Document contains more than 1000000 tokens. Parsing aborted.")
        #expect(error.column == 2 + 2 * 999_998 + 2 + 1)
    }

    // MARK: maxDepth

    @Test(arguments: [
        ("{a{b{c}}}", "{a{b{c{d}}}}", 7),
        ("{ f(x: [[1]]) }", "{ f(x: [[[1]]]) }", 10),
        ("{ f(x: {a: {b: 1}}) }", "{ f(x: {a: {b: {c: 1}}}) }", 16),
        ("query($v: [[[Int]]]) { a }", "query($v: [[[[Int]]]]) { a }", 14),
        ("{ ... on T { ... { a } } }", "{ ... on T { ... { ... { a } } } }", 24),
        ("query($v: [Int] = [[[1]]]) { a }", "query($v: [Int] = [[[[1]]]]) { a }", 22),
        ("type T { f(a: [[[Int]]] = [[[1]]]): [[[Int]]] }", "type T { f(a: [[[Int]]] = [[[[1]]]]): [[[Int]]] }", 30),
        ("schema @d(x: [[[1]]]) { query: Q }", "schema @d(x: [[[{a: 1}]]]) { query: Q }", 17),
    ])
    func tooDeep(deepest: String, tooDeep: String, column: Int) throws {
        let options = ParseOptions(maxDepth: 3)
        #expect(syntaxError(deepest, options: options) == nil)
        let error = try #require(syntaxError(tooDeep, options: options))
        #expect(error.message == "Document is nested more than 3 levels deep. Parsing aborted.")
        #expect(error.line == 1 && error.column == column)
    }

    /// Selection sets, lists and objects all count towards the same limit.
    @Test func nestingKindsAddUp() throws {
        let options = ParseOptions(maxDepth: 4)
        #expect(syntaxError("{ a { b(x: [{c: 1}]) } }", options: options) == nil)
        let error = try #require(syntaxError("{ a { b(x: [{c: [1]}]) } }", options: options))
        #expect(error.column == 17)
    }

    /// The nesting limit is the deepest point, not the sum: siblings at the limit are fine.
    @Test func depthIsRestoredAfterEachNestedValue() {
        let siblings = "{ " + String(repeating: "a { b { c } } f(x: [[1], [2]], y: {z: {w: 1}}) ", count: 100) + "}"
        #expect(syntaxError(siblings, options: ParseOptions(maxDepth: 3)) == nil)
    }

    // MARK: 100 000 levels

    static let depth = 100_000

    /// Documents nested 100 000 levels deep, closed or not.
    static let deepDocuments: [(String, String)] = [
        ("selection sets", String(repeating: "{a", count: depth) + String(repeating: "}", count: depth)),
        ("unclosed selection sets", String(repeating: "{a", count: depth)),
        ("inline fragments", String(repeating: "{... on T", count: depth) + "{a" + String(repeating: "}", count: depth + 1)),
        ("list values", "{a(x: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + ")}"),
        ("object values", "{a(x: " + String(repeating: "{a:", count: depth) + "1" + String(repeating: "}", count: depth) + ")}"),
        ("list types", "query($v: " + String(repeating: "[", count: depth) + "Int" + String(repeating: "]", count: depth) + ") {a}"),
        ("default values", "query($v: Int = " + String(repeating: "[", count: depth) + ") {a}"),
        ("directive arguments", "{a @d(x: " + String(repeating: "{b: [", count: depth) + "}"),
    ]

    /// Each fails cleanly at the first level beyond the default limit, on a thread whose stack is
    /// 512 KiB (a secondary thread's stack on macOS; the debug build that `swift test` runs is
    /// the one with the largest frames).
    @Test(arguments: deepDocuments)
    func hundredThousandLevels(kind: String, text: String) throws {
        let maxDepth = ParseOptions().maxDepth
        let error = try #require(Self.onSmallStack { syntaxError(text) })
        #expect(error.message == "Document is nested more than \(maxDepth) levels deep. Parsing aborted.")
        // The error points at the opening bracket of the first level too many.
        let throughError = text.utf8.prefix(error.offset + 1)
        #expect(throughError.last == UInt8(ascii: "{") || throughError.last == UInt8(ascii: "["))
        #expect(throughError.filter { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "[") }.count == maxDepth + 1)
    }

    /// The deepest document the default limit allows parses on a small stack too.
    @Test func theDeepestAllowedDocumentParsesOnASmallStack() throws {
        let depth = ParseOptions().maxDepth
        let documents = [
            String(repeating: "{a", count: depth) + String(repeating: "}", count: depth),
            "{a(x: " + String(repeating: "[", count: depth - 1) + String(repeating: "]", count: depth - 1) + ")}",
            "{a(x: " + String(repeating: "{a:", count: depth - 1) + "1" + String(repeating: "}", count: depth - 1) + ")}",
            "query($v: " + String(repeating: "[", count: depth) + "Int" + String(repeating: "]", count: depth) + ") {a}",
        ]
        for text in documents {
            #expect(Self.onSmallStack { syntaxError(text) } == nil)
        }
    }

    /// Runs `body` on a new thread with a 512 KiB stack and waits for it.
    static func onSmallStack<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T {
        let outcome = Outcome<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            outcome.value = body()
            done.signal()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        done.wait()
        return outcome.value!
    }

    /// The CPU time the current thread spends in `body`: unlike wall-clock time, it does not grow
    /// when other tests or builds share the machine's cores.
    static func cpuTime(_ body: () -> Void) -> Duration {
        func now() -> Duration {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
        }
        let start = now()
        body()
        return now() - start
    }

    /// What a thread computed; the semaphore orders the write before the read.
    final class Outcome<T>: @unchecked Sendable {
        var value: T?
    }

    // MARK: Huge strings

    /// 50 MB literals, one test at a time (each holds a few hundred MB). Times are CPU time in the
    /// debug build `swift test` runs (on the reference machine: 0.5 s plain ASCII, 1 s Chinese and
    /// emoji, 2.4 s block string, 0.7 s unterminated, 0.7 s comment; a release build is several
    /// times faster).
    @Suite(.serialized)
    struct HugeStrings {
        static let fiftyMegabytes = 50 * 1024 * 1024
        static let bound = Duration.seconds(5)

        /// Parses `text`, timing the parse alone (in CPU time, see `cpuTime`).
        static func timedParse(_ text: String) -> (Result<Document, SyntaxError>, Duration) {
            let source = Source(text)
            var result: Result<Document, SyntaxError>?
            let elapsed = LimitsTests.cpuTime {
                do throws(SyntaxError) {
                    result = .success(try parse(source))
                } catch {
                    result = .failure(error)
                }
            }
            return (result!, elapsed)
        }

        static func onlyString(_ result: Result<Document, SyntaxError>) throws -> StringValue {
            let field = try Nodes.onlyField(try result.get())
            guard case .string(let string) = try #require(field.arguments.first).value else {
                throw UnexpectedNode(description: "not a string")
            }
            return string
        }

        @Test func fiftyMegabytesOfASCII() throws {
            let body = String(repeating: "abcdefgh", count: Self.fiftyMegabytes / 8)
            let (result, elapsed) = Self.timedParse("{ f(x: \"\(body)\") }")
            #expect(try Self.onlyString(result).value.utf8.count == Self.fiftyMegabytes)
            #expect(elapsed < Self.bound, "\(elapsed)")
        }

        @Test func fiftyMegabytesOfChineseAndEmoji() throws {
            let piece = "订单 😀 "
            let body = String(repeating: piece, count: Self.fiftyMegabytes / piece.utf8.count)
            let (result, elapsed) = Self.timedParse("{ f(x: \"\(body)\") }")
            #expect(try Self.onlyString(result).value.utf8.count == body.utf8.count)
            #expect(elapsed < Self.bound, "\(elapsed)")
        }

        @Test func fiftyMegabyteBlockString() throws {
            let line = "    Orders of the merchant 商户的订单, shipped \\\"\"\" from 仓库 😀 within 24 hours.\n"
            let body = String(repeating: line, count: Self.fiftyMegabytes / line.utf8.count)
            let (result, elapsed) = Self.timedParse("{ f(x: \"\"\"\n\(body)\"\"\") }")
            let value = try Self.onlyString(result).value
            #expect(value.hasPrefix("Orders of the merchant 商户的订单, shipped \"\"\" from 仓库 😀 within 24 hours.\nOrders"))
            #expect(elapsed < Self.bound, "\(elapsed)")
        }

        @Test func fiftyMegabyteUnterminatedString() throws {
            let piece = "abc 中文 😀 def "
            let pieces = Self.fiftyMegabytes / piece.utf8.count
            let text = "{ f(x: \"" + String(repeating: piece, count: pieces)
            let (result, elapsed) = Self.timedParse(text)
            guard case .failure(let error) = result else {
                Issue.record("parsed")
                return
            }
            #expect(error.message == "Unterminated string.")
            #expect(error.offset == text.utf8.count)
            #expect(error.line == 1 && error.column == 8 + pieces * piece.unicodeScalars.count + 1)
            #expect(elapsed < Self.bound, "\(elapsed)")
        }

        @Test func fiftyMegabyteComment() throws {
            let piece = "中文 😀 "
            let text = "# " + String(repeating: piece, count: Self.fiftyMegabytes / piece.utf8.count) + "\n{ a }"
            let (result, elapsed) = Self.timedParse(text)
            #expect((try? result.get()) != nil)
            #expect(elapsed < Self.bound, "\(elapsed)")
        }

        /// Escapes cost a debug build ~0.3 µs each: five megabytes of them (a million and a half).
        @Test func fiveMegabytesOfEscapes() throws {
            let piece = "\\n\\u00e9\\u{1F600}x"
            let body = String(repeating: piece, count: 5 * 1024 * 1024 / piece.utf8.count)
            let (result, elapsed) = Self.timedParse("{ f(x: \"\(body)\") }")
            #expect(try Self.onlyString(result).value.hasPrefix("\né😀x\né😀x"))
            #expect(elapsed < Self.bound, "\(elapsed)")
        }
    }

    // MARK: Random input

    /// A small seeded generator (SplitMix64), so a failing case can be replayed.
    struct Random: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Parses `bytes` and checks what must hold whatever the input: an error points inside the
    /// text (or at its end), and a document that parses is lexically valid throughout.
    static func checkBounded(_ bytes: [UInt8], name: String) -> Duration {
        let source = Source(bytes: bytes, name: name)
        var error: SyntaxError?
        let elapsed = cpuTime { error = syntaxError(source) }
        if let error {
            #expect(error.offset >= 0 && error.offset <= bytes.count, "\(name): offset \(error.offset)")
            #expect(error.line >= 1 && error.column >= 1)
            #expect(!error.description.isEmpty)
        } else {
            #expect((try? countTokens(source)) != nil, "\(name) parses but does not lex")
        }
        return elapsed
    }

    @Test(arguments: [1, 2, 3])
    func oneMegabyteOfRandomBytes(seed: UInt64) {
        var random = Random(state: seed)
        var bytes = [UInt8](repeating: 0, count: 1 << 20)
        for index in bytes.indices { bytes[index] = UInt8.random(in: 0...255, using: &random) }
        #expect(Self.checkBounded(bytes, name: "random-\(seed)") < .seconds(2))
        // The same bytes with every invalid start removed, so the lexer gets further in.
        let printable = bytes.map { $0 % 95 + 0x20 }
        #expect(Self.checkBounded(printable, name: "printable-\(seed)") < .seconds(2))
    }

    /// A megabyte of random GraphQL-looking tokens: the parser goes deep and far before failing.
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func oneMegabyteOfRandomTokens(seed: UInt64) {
        let pieces = [
            "{", "}", "(", ")", "[", "]", ":", "=", "@", "$", "!", "|", "&", "...", " ", "\n", ",", "a", "on", "query",
            "fragment", "type", "extend", "1", "-2.5e3", "\"s\"", "\"\"\"b\"\"\"", "# c\n", "true", "null",
        ]
        var random = Random(state: seed)
        var text = ""
        while text.utf8.count < 1 << 20 { text += pieces[Int.random(in: 0..<pieces.count, using: &random)] }
        #expect(Self.checkBounded(Array(text.utf8), name: "tokens-\(seed)") < .seconds(2))
    }

    /// Random mutations of every valid corpus document: bytes deleted, inserted, duplicated and
    /// truncated. Each parse is bounded and none crashes.
    @Test func mutatedCorpusDocuments() throws {
        let directory = try CorpusTests.corpus.appendingPathComponent("valid")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".graphql") }.sorted()
        let documents = try files.map { [UInt8](try Data(contentsOf: directory.appendingPathComponent($0))) }
        let insertions: [[UInt8]] = [
            "{", "}", "(", ")", "[", "]", ":", "\"", "\"\"\"", "\\", "\\u", "\\u{", "#", "\n", "\r", "\r\n", "...", "$", "@",
            "é", "中", "😀", "\u{FEFF}", "\u{0}", "'", "0", "-", "1.5e", "on", "fragment", "extend", "\"desc\" ",
        ].map { Array($0.utf8) } + [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE4, 0xB8]]
        var random = Random(state: 42)
        var slowest = Duration.zero
        for iteration in 0..<3000 {
            var bytes = documents[iteration % documents.count]
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let at = Int.random(in: 0...bytes.count, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...8, using: &random)))
                case 1: bytes.insert(contentsOf: insertions[Int.random(in: 0..<insertions.count, using: &random)], at: at)
                case 2:
                    let from = Int.random(in: 0...bytes.count, using: &random)
                    bytes.insert(contentsOf: bytes[from..<min(bytes.count, from + Int.random(in: 1...40, using: &random))], at: at)
                default: bytes.removeSubrange(at...)
                }
            }
            slowest = max(slowest, Self.checkBounded(bytes, name: "\(files[iteration % files.count]) #\(iteration)"))
        }
        #expect(slowest < .seconds(1), "slowest parse: \(slowest)")
    }
}
