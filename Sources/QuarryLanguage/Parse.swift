/// Limits that keep a hostile document from costing more than a clean error.
public struct ParseOptions: Sendable {
    /// The most lexical tokens a document may have (comments and commas do not count). The
    /// default, one million, is roughly 5 MB of ordinary query text.
    public var maxTokens: Int
    /// The deepest nesting of selection sets, list and object values and list types. The
    /// default, 128, is far beyond any real query and keeps recursion well inside a 512 KiB
    /// thread stack (a secondary thread on macOS) even in a debug build, whose frames take up to
    /// ~2.4 KB per level (an inline fragment); 256 levels overflowed such a stack.
    public var maxDepth: Int

    public init(maxTokens: Int = 1_000_000, maxDepth: Int = 128) {
        self.maxTokens = maxTokens
        self.maxDepth = maxDepth
    }
}

/// Parses a GraphQL document (spec §2 "Language", Appendix B "Grammar Summary"): executable
/// definitions, type-system definitions and extensions, September 2025 edition.
public func parse(_ source: Source, options: ParseOptions = ParseOptions()) throws(SyntaxError) -> Document {
    guard source.bytes.count < Int(UInt32.max) else {
        throw SyntaxError(message: "Document is larger than 4 GiB.", offset: 0, source: source)
    }
    let result: Result<Document, ParseFailure> = source.bytes.withUnsafeBufferPointer { buffer in
        do throws(ParseFailure) {
            var parser = try Parser(bytes: buffer, options: options)
            return .success(try parser.parseDocument())
        } catch {
            return .failure(error)
        }
    }
    switch result {
    case .success(let document): return document
    case .failure(let failure): throw SyntaxError(message: failure.message, offset: failure.offset, source: source)
    }
}

/// Parses a document held in a string; `name` appears in error messages.
public func parse(_ text: String, name: String = "<query>", options: ParseOptions = ParseOptions())
    throws(SyntaxError) -> Document
{
    try parse(Source(text, name: name), options: options)
}

/// The number of lexical tokens of a source, as the spec defines them (punctuators, names,
/// numbers, strings; not comments, commas or white space). Throws the first lexical error.
public func countTokens(_ source: Source) throws(SyntaxError) -> Int {
    let result: Result<Int, ParseFailure> = source.bytes.withUnsafeBufferPointer { buffer in
        var lexer = Lexer(bytes: buffer)
        var count = 0
        do throws(ParseFailure) {
            while try lexer.next().kind != .endOfFile { count += 1 }
            return .success(count)
        } catch {
            return .failure(error)
        }
    }
    switch result {
    case .success(let count): return count
    case .failure(let failure): throw SyntaxError(message: failure.message, offset: failure.offset, source: source)
    }
}
