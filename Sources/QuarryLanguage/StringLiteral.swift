/// How the printer writes a string value (spec §2.9.4 "String Value"): as a block string when one
/// is wanted and one can hold the value exactly, otherwise as a quoted string with escapes.
///
/// A block string cannot hold every value: BlockStringValue() drops leading and trailing blank
/// lines, removes the common indentation, reads CR as a line break, and the lexer accepts no
/// control characters in it. So a block string is written only after reading it back with the
/// lexer gives the same value; a quoted string can hold any value.
enum StringLiteral {
    /// The literal for `value`; `indentation` is that of the line the literal starts on, and
    /// indents the lines of a block string.
    static func printed(_ value: String, preferBlock: Bool, indentation: String) -> String {
        if preferBlock, let block = block(value, indentation: indentation) { return block }
        return quoted(value)
    }

    /// `"…"`: `"` and `\` escaped, `\n \r \t \b \f` for those controls, `\uXXXX` for the other
    /// control characters (C0, DEL, C1); everything else, non-ASCII included, as is.
    static func quoted(_ value: String) -> String {
        var output = "\""
        output.reserveCapacity(value.utf8.count + 2)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{8}": output += "\\b"
            case "\u{C}": output += "\\f"
            default:
                if isControl(scalar) {
                    let digits = String(scalar.value, radix: 16, uppercase: true)
                    output += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
        return output
    }

    /// `"""…"""` holding exactly `value`, or nil when no block string can. Tries, in order:
    /// a single line as `"""text"""`; every line on its own line at the indentation; a single
    /// line right after the opening quotes with the closing quotes on the next line (for a line
    /// that starts with white space and ends with `"` or `\`).
    static func block(_ value: String, indentation: String) -> String? {
        if value.isEmpty { return "\"\"\"\"\"\"" }
        if value.unicodeScalars.contains(where: { $0 != "\n" && $0 != "\t" && isControl($0) }) { return nil }
        let lines = value.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(Substring($0)) }
        // Leading and trailing blank lines are dropped when read back.
        guard !isBlank(lines[0]), !isBlank(lines[lines.count - 1]) else { return nil }
        // `"""` inside the value is written `\"""`; a backslash before it stays a backslash.
        let escaped = lines.map { $0.replacing("\"\"\"", with: "\\\"\"\"") }
        let quotes = "\"\"\""

        var candidates: [String] = []
        if lines.count == 1 {
            // `"""` right after a final `"` or `\` would end the string early or be an escape.
            if let last = escaped[0].utf8.last, last != UInt8(ascii: "\""), last != UInt8(ascii: "\\") {
                candidates.append(quotes + escaped[0] + quotes)
            }
        }
        // Every line but the first loses the common indentation, so on their own lines at least
        // one must have none of its own.
        if lines.contains(where: { !isBlank($0) && !startsWithWhiteSpace($0) }) {
            let body = escaped.map { $0.isEmpty ? "" : indentation + $0 }.joined(separator: "\n")
            candidates.append(quotes + "\n" + body + "\n" + indentation + quotes)
        }
        if lines.count == 1 {
            // The first line keeps its indentation.
            candidates.append(quotes + escaped[0] + "\n" + indentation + quotes)
        }
        return candidates.first { readsBack($0, as: value) }
    }

    /// Whether the lexer reads `literal` as one block string whose value is exactly `value`
    /// (scalar for scalar: Swift's `==` would accept a canonically equivalent string).
    private static func readsBack(_ literal: String, as value: String) -> Bool {
        let bytes = Array(literal.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            var lexer = Lexer(bytes: buffer)
            guard let token = try? lexer.next(), token.kind == .blockString, token.start == 0,
                token.end == buffer.count
            else { return false }
            return lexer.stringValue(of: token).utf8.elementsEqual(value.utf8)
        }
    }

    /// C0 controls, DEL and C1 controls: written as escapes, never raw.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// Only spaces and tabs, or nothing (§2.9.4 BlockStringValue's "contains only WhiteSpace").
    private static func isBlank(_ line: String) -> Bool {
        line.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    private static func startsWithWhiteSpace(_ line: String) -> Bool {
        line.utf8.first == 0x20 || line.utf8.first == 0x09
    }
}
