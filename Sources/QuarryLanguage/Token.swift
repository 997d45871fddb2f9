/// The lexical tokens of GraphQL (spec §2.1.6 "Lexical Tokens"): a kind plus a byte range.
/// Ignored tokens (white space, line terminators, commas, comments, the BOM) never reach the
/// parser.
enum TokenKind: UInt8, Sendable {
    case endOfFile
    case bang, dollar, ampersand, parenLeft, parenRight, spread, colon, equals, at
    case bracketLeft, bracketRight, braceLeft, pipe, braceRight
    case name, int, float, string, blockString

    /// How a message names this kind of token when it is expected.
    var expectedDescription: String {
        switch self {
        case .endOfFile: "<EOF>"
        case .bang: "\"!\""
        case .dollar: "\"$\""
        case .ampersand: "\"&\""
        case .parenLeft: "\"(\""
        case .parenRight: "\")\""
        case .spread: "\"...\""
        case .colon: "\":\""
        case .equals: "\"=\""
        case .at: "\"@\""
        case .bracketLeft: "\"[\""
        case .bracketRight: "\"]\""
        case .braceLeft: "\"{\""
        case .pipe: "\"|\""
        case .braceRight: "\"}\""
        case .name: "Name"
        case .int: "Int"
        case .float: "Float"
        case .string: "String"
        case .blockString: "BlockString"
        }
    }
}

struct Token {
    var kind: TokenKind
    /// Byte offsets: `start` inclusive, `end` exclusive (quotes included for strings).
    var start: Int
    var end: Int
    /// For strings: the body holds an escape sequence (or, for block strings, anything that
    /// the block string algorithm changes), so the value is not the raw bytes.
    var needsDecoding: Bool = false
}
