/// A document that does not follow the grammar (spec §2, Appendix B): a message, where, and the
/// source to show it in. Line and column are computed when asked for.
public struct SyntaxError: Error, Sendable, CustomStringConvertible {
    /// What was expected and what was found, e.g. `Expected Name, found "}".`
    public let message: String
    /// Byte offset of the first character that cannot continue a valid document.
    public let offset: Int
    public let source: Source

    public init(message: String, offset: Int, source: Source) {
        self.message = message
        self.offset = offset
        self.source = source
    }

    public var location: SourceLocation { source.location(at: offset) }
    public var line: Int { location.line }
    public var column: Int { location.column }

    /// `name:line:column: Syntax Error: message`, then the source line with a caret under the
    /// column.
    public var description: String {
        let where_ = location
        var text = "\(source.name):\(where_.line):\(where_.column): Syntax Error: \(message)"
        let lineText = source.lineText(where_.line)
        let gutter = String(where_.line)
        text += "\n\(gutter) | \(lineText)\n"
        text += String(repeating: " ", count: gutter.count) + " | "
        // The caret sits under the column: keep tabs so it lines up in a terminal.
        var caretPad = ""
        for (index, character) in lineText.unicodeScalars.enumerated() where index < where_.column - 1 {
            caretPad.append(character == "\t" ? "\t" : " ")
        }
        if caretPad.unicodeScalars.count < where_.column - 1 {
            caretPad += String(repeating: " ", count: where_.column - 1 - caretPad.unicodeScalars.count)
        }
        text += caretPad + "^"
        return text
    }
}

/// A parse failure before the source is attached: the lexer and parser throw this and the entry
/// points turn it into a `SyntaxError`.
struct ParseFailure: Error {
    let message: String
    let offset: Int
}
